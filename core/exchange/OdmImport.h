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
// administration (IT.ASSESSMENT.DATE, .STATUS, .MISSING_REASON). The participant-level event
// (SE.PARTICIPANT) and the metadata and admin data are not imported.
//
// The whole file is validated first: encoding (UTF-8 only), well-formedness, participants,
// visits, instruments, every item value (with the values the scoring engine allows) and
// duplicates within the file or against the trial. Every problem is reported with its line and
// element/attribute, and then nothing is written. A clean file is written in one transaction
// through AssessmentRepository (validation, scoring, alerts, audit), with an audit row per
// assessment and one for the import naming the file.
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
