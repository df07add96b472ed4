#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"

#include <QCoreApplication>

namespace td {

class Database;

// Imports the clinical data of a CDISC ODM 1.3 file (as OdmExport writes it, see
// exchange/OdmFormat.h) as new assessments: SubjectKey is the participant's study id,
// StudyEventOID the visit (SE.<code>; SE.SESSION with the session number as repeat key),
// FormOID the instrument (F.<id>), ItemOIDs the item positions (IT.<id>.<n>) and the
// administration (IT.ASSESSMENT.DATE, .STATUS, .MISSING_REASON, .RATER). The participant-level
// event (SE.PARTICIPANT) and the metadata and admin data are not imported.
//
// Other systems' files: ClinicalData's StudyOID and MetaDataVersionOID, when named, must be
// this trial's (ST.<acronym>, MDV.1), or its data is refused as another study's. REDCap's
// layout (FormData directly in SubjectData, FormOID Form.<id>, items named by field name, the
// record id field and <form>_complete) is read: such a form is an assessment of no visit or
// session. The encoding the XML declaration names is read (ISO-8859-1, ...). The rater is
// IT.ASSESSMENT.RATER, else the form's first AuditRecord/UserRef, else the importer.
//
// The whole file is validated first: encoding, well-formedness, the study, participants,
// visits, instruments, every item value (with the values the scoring engine allows) and
// duplicates within the file or against the trial. Every problem is reported with its line and
// element/attribute, sorted by line, and then nothing is written; so is a file with nothing to
// import (no ClinicalData, or no forms), with what was expected. A clean file is written in one
// transaction through AssessmentRepository (validation, scoring, alerts, audit), with an audit
// row per assessment and one for the import naming the file.
class OdmImport
{
    Q_DECLARE_TR_FUNCTIONS(OdmImport)

public:
    explicit OdmImport(Database& db) : m_db(db) {}

    // Problems in the file come back in the report (nothing written). An Error means the import
    // could not run at all: no permission (EnterAssessments), an unreadable file, a database
    // failure.
    Result<ImportReport> run(const Actor& actor, const QString& path);

private:
    Database& m_db;
};

} // namespace td
