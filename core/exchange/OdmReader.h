#pragma once

// Internal to the ODM import: reads the clinical data of an ODM 1.3 file form by form with
// QXmlStreamReader. It knows the element structure only; what the OIDs mean is OdmImport's.

#include "exchange/ImportReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <functional>
#include <vector>

namespace td {

// One ItemData (or typed ItemDataXxx) of a form.
struct OdmValue
{
    qint64 line = 0;
    QString itemOid;
    QString value;
    bool isNull = false; // IsNull="Yes" or no value at all
};

// The study a ClinicalData element names (empty when the attribute is absent).
struct OdmStudy
{
    qint64 line = 0;
    QString studyOid;
    QString metaDataVersionOid;
};

// One FormData with where it sits: subject, event, its items. REDCap's layout puts FormData
// directly in SubjectData: then the event is empty and eventLine is the subject's line.
struct OdmForm
{
    qint64 line = 0;
    QString subjectKey;
    qint64 subjectLine = 0;
    QString eventOid;
    QString eventRepeatKey;
    qint64 eventLine = 0;
    QString formOid;
    // The item that holds the record id in REDCap's files (SubjectData/@redcap:RecordIdField):
    // not an answer.
    QString recordIdField;
    // The UserOID of the form's own AuditRecord (who entered it; TrialDesk's export writes the
    // rater there), empty when the file gives none.
    QString userOid;
    qint64 userLine = 0;
    std::vector<OdmValue> values;
    // Structural refusals within the form (transaction types, misplaced elements).
    std::vector<ImportProblem> problems;
};

class OdmReader
{
    Q_DECLARE_TR_FUNCTIONS(OdmImport)

    static bool checkUtf8(QIODevice& in, ImportReport& report);

public:
    // The encoding the XML declaration names is read (ISO-8859-1, windows-1252, UTF-16, ...,
    // whatever this Qt can decode); one it cannot decode refuses the file. A file in UTF-8 (or
    // naming none) must be UTF-8 throughout: the problem names the first line that is not.
    // Returns false when the file must not be parsed.
    static bool checkEncoding(QIODevice& in, ImportReport& report);

    // Calls onStudy for every ClinicalData (false skips its content) and onForm for every
    // FormData in it, in document order, except those of the participant-level event
    // (SE.PARTICIPANT: not assessments). Malformed XML and structural problems outside forms go
    // to the report (with their line); reading stops at malformed XML. Returns how many
    // ClinicalData elements the file holds.
    static int read(QIODevice& in, const std::function<bool(const OdmStudy&)>& onStudy,
                    const std::function<void(OdmForm&)>& onForm, ImportReport& report);
};

} // namespace td
