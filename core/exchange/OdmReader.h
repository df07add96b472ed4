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

// One FormData with where it sits: subject, event, its items.
struct OdmForm
{
    qint64 line = 0;
    QString subjectKey;
    qint64 subjectLine = 0;
    QString eventOid;
    QString eventRepeatKey;
    qint64 eventLine = 0;
    QString formOid;
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

public:
    // Bytes that are not UTF-8 (or a declared encoding other than UTF-8) refuse the file; the
    // problem names the line. Returns false when the file must not be parsed.
    static bool checkUtf8(QIODevice& in, ImportReport& report);

    // Calls onForm for every FormData in document order, except those of the participant-level
    // event (SE.PARTICIPANT: not assessments). Malformed XML and structural problems
    // outside forms go to the report (with their line); reading stops at malformed XML.
    static void read(QIODevice& in, const std::function<void(OdmForm&)>& onForm,
                     ImportReport& report);
};

} // namespace td
