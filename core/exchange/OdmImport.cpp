#include "exchange/OdmImport.h"

#include "access/Disclosure.h"
#include "assessments/AssessmentRepository.h"
#include "audit/AuditLog.h"
#include "exchange/OdmFormat.h"
#include "exchange/OdmReader.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"
#include "visits/VisitTimeline.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace td {

namespace {

// The instrument a FormOID names: F.<id> (TrialDesk), Form.<id> (REDCap), or nullptr.
const InstrumentDefinition* instrumentOf(const InstrumentCatalog& catalog, const QString& formOid)
{
    for (QLatin1String prefix : {QLatin1String("F."), QLatin1String("Form.")})
        if (formOid.startsWith(prefix))
            return catalog.find(formOid.mid(prefix.size()));
    return nullptr;
}

// Turns the forms of the file into assessments of this trial, refusing (into the report)
// whatever the trial cannot take.
class FormMapper
{
    Q_DECLARE_TR_FUNCTIONS(OdmImport)

public:
    FormMapper(Database& db, const Actor& actor, const Protocol& protocol,
               const InstrumentCatalog& catalog, ImportReport& report)
        : m_db(db), m_actor(actor), m_catalog(catalog), m_report(report)
    {
        for (const TimePoint& t : protocol.schedule) {
            m_timePoints.insert(odm::visitEvent(t.code), t.id);
            for (const ScheduledInstrument& si : t.instruments)
                if (si.rater == Rater::BlindedClinician)
                    m_blindedSlots.insert({t.id, si.instrumentId});
        }
        auto users = m_db.exec(QStringLiteral("SELECT id, username, role FROM users"));
        if (users.ok())
            while ((*users)->next())
                m_users.insert(
                    odm::user((*users)->value(1).toString()),
                    {(*users)->value(0).toLongLong(), (*users)->value(1).toString(),
                     Roles::fromKey((*users)->value(2).toString()).value_or(Role::Coordinator)});
    }

    // False when the form was refused. `againstTrial`: also refuse a form the trial already has.
    bool map(const OdmForm& f, Assessment& a, bool againstTrial);
    QString visitList() const;

private:
    void refuse(qint64 line, const QString& column, const QString& why)
    {
        ++m_refused;
        m_report.refuse(line, column, why); // the first ImportReport::maxProblems are listed
    }
    qint64 participant(const OdmForm& f);
    bool event(const OdmForm& f, qint64 participantId, Assessment& a, QString& key);
    void items(const OdmForm& f, const InstrumentDefinition& d, Assessment& a);
    void rater(const OdmForm& f, const InstrumentDefinition* d, Assessment& a);

    Database& m_db;
    const Actor& m_actor;
    const InstrumentCatalog& m_catalog;
    ImportReport& m_report;
    QHash<QString, qint64> m_timePoints;         // SE.<code> -> time point id
    QHash<QString, qint64> m_participants;       // study id -> id, 0 when refused
    QSet<qint64> m_refusedEvents;                // lines of StudyEventData already refused
    QHash<QString, qint64> m_seen;               // participant|event|instrument -> line
    QHash<QString, Actor> m_users;               // USR.<name> -> the user (id, name, role)
    QSet<QPair<qint64, QString>> m_blindedSlots; // (visit, instrument) rated blind
    const OdmValue* m_raterValue = nullptr;      // the form's IT.ASSESSMENT.RATER, if any
    qint64 m_refused = 0;
};

QString FormMapper::visitList() const
{
    QStringList oids = m_timePoints.keys();
    oids.sort();
    oids << odm::sessionEvent() << odm::unscheduledEvent();
    return oids.join(QStringLiteral(", "));
}

qint64 FormMapper::participant(const OdmForm& f)
{
    auto it = m_participants.constFind(f.subjectKey);
    if (it != m_participants.constEnd())
        return *it;
    qint64 id = 0;
    if (f.subjectKey.isEmpty()) {
        refuse(f.subjectLine, QStringLiteral("SubjectData/@SubjectKey"),
               tr("SubjectData has no SubjectKey (the participant's study id)."));
    } else {
        auto p = ParticipantRepository(m_db).getByStudyId(m_actor, f.subjectKey);
        if (p.ok())
            id = p->id;
        else
            refuse(f.subjectLine, QStringLiteral("SubjectData/@SubjectKey"),
                   p.error().code == ErrorCode::NotFound
                       ? tr("No participant has study id \"%1\".").arg(f.subjectKey)
                       : p.message());
    }
    m_participants.insert(f.subjectKey, id);
    return id;
}

bool FormMapper::event(const OdmForm& f, qint64 participantId, Assessment& a, QString& key)
{
    const QString column = QStringLiteral("StudyEventData/@StudyEventOID");
    auto refuseEvent = [&](const QString& col, const QString& why) {
        if (!m_refusedEvents.contains(f.eventLine))
            refuse(f.eventLine, col, why);
        m_refusedEvents.insert(f.eventLine);
        return false;
    };
    if (auto tp = m_timePoints.constFind(f.eventOid); tp != m_timePoints.constEnd()) {
        a.timePointId = *tp;
        key = QStringLiteral("v%1").arg(*tp);
        return true;
    }
    if (f.eventOid == odm::unscheduledEvent())
        return true; // repeating: never a duplicate
    if (f.eventOid.isEmpty()) {
        // REDCap's layout (a classic project): a form of no event is an assessment of neither
        // a visit nor a session; the same form on the same date is a duplicate.
        key = QStringLiteral("u");
        return true;
    }
    if (f.eventOid != odm::sessionEvent())
        return refuseEvent(
            column,
            tr("Unknown visit \"%1\"; the trial's events are %2.").arg(f.eventOid, visitList()));
    if (!Disclosure::of(m_actor).arms())
        return refuseEvent(column, tr("Session-by-session measures follow the arm's schedule: "
                                      "they cannot be imported by a user who may not see arms."));
    bool ok = false;
    const int number = f.eventRepeatKey.toInt(&ok);
    if (!ok || number < 1)
        return refuseEvent(QStringLiteral("StudyEventData/@StudyEventRepeatKey"),
                           tr("A session's StudyEventRepeatKey must be its session number; "
                              "\"%1\" is not.")
                               .arg(f.eventRepeatKey));
    if (participantId == 0)
        return false;
    auto q = m_db.exec(QStringLiteral("SELECT id FROM therapy_session WHERE participant_id = ? "
                                      "AND session_number = ? AND removed = 0"),
                       {participantId, number});
    if (!q.ok())
        return refuseEvent(column, q.message());
    std::vector<qint64> ids;
    while ((*q)->next())
        ids.push_back((*q)->value(0).toLongLong());
    if (ids.size() != 1)
        return refuseEvent(
            QStringLiteral("StudyEventData/@StudyEventRepeatKey"),
            ids.empty()
                ? tr("Participant %1 has no session number %2.").arg(f.subjectKey).arg(number)
                : tr("Participant %1 has several sessions numbered %2: "
                     "the measure cannot be placed.")
                      .arg(f.subjectKey)
                      .arg(number));
    a.sessionId = ids.front();
    key = QStringLiteral("s%1").arg(ids.front());
    return true;
}

void FormMapper::items(const OdmForm& f, const InstrumentDefinition& d, Assessment& a)
{
    const int count = static_cast<int>(d.items.size());
    const QString prefix = QStringLiteral("IT.%1.").arg(d.id);
    QStringList values(count, Assessment::missingItem());
    int last = 0;
    bool itemsOk = true;
    const OdmValue* date = nullptr;
    const OdmValue* status = nullptr;
    const OdmValue* redcapComplete = nullptr; // REDCap's <form>_complete: 2 complete, 0/1 not
    QSet<QString> seen;
    m_raterValue = nullptr;
    for (const OdmValue& v : f.values) {
        const QString where = QStringLiteral("ItemData %1").arg(v.itemOid);
        if (seen.contains(v.itemOid)) {
            refuse(v.line, where + QStringLiteral("/@ItemOID"),
                   tr("Item %1 is given twice in the same form.").arg(v.itemOid));
            itemsOk = false;
            continue;
        }
        seen.insert(v.itemOid);
        if (v.itemOid == odm::dateItem()) {
            date = &v;
            continue;
        }
        if (v.itemOid == odm::statusItem()) {
            status = &v;
            continue;
        }
        if (v.itemOid == odm::missingReasonItem()) {
            a.missingReason = v.isNull ? QString() : v.value;
            continue;
        }
        if (v.itemOid == odm::raterItem()) {
            m_raterValue = &v;
            continue;
        }
        if (!f.recordIdField.isEmpty() && v.itemOid == f.recordIdField)
            continue; // REDCap's record id: the SubjectKey again
        if (v.itemOid == d.id + QStringLiteral("_complete")) {
            redcapComplete = &v;
            continue;
        }
        bool ok = false;
        int position = v.itemOid.startsWith(prefix) ? v.itemOid.mid(prefix.size()).toInt(&ok) : 0;
        if (ok && QString::number(position) != v.itemOid.mid(prefix.size()))
            ok = false;
        if (!ok) // REDCap's ItemOID: the field name, the item's id in an imported instrument
            for (int k = 0; k < count && !ok; ++k)
                if (d.items[static_cast<size_t>(k)].id == v.itemOid) {
                    position = k + 1;
                    ok = true;
                }
        if (!ok || position < 1 || position > count) {
            refuse(v.line, where + QStringLiteral("/@ItemOID"),
                   tr("%1 is not an item of %2: its items are %3 to %4, besides %5, %6 and %7.")
                       .arg(v.itemOid, d.shortName, odm::item(d.id, 1), odm::item(d.id, count),
                            odm::dateItem(), odm::statusItem(), odm::missingReasonItem()));
            itemsOk = false;
            continue;
        }
        const QString raw = v.isNull ? Assessment::missingItem() : v.value;
        // The engine's own message names the item and the values it allows.
        QStringList probe(std::max(position, d.requiredItems()), Assessment::missingItem());
        probe[position - 1] = raw;
        if (auto parsed = ScoringEngine::parse(d, probe); !parsed.ok()) {
            refuse(v.line, where + QStringLiteral("/@Value"), parsed.message());
            itemsOk = false;
            continue;
        }
        values[position - 1] = raw.trimmed();
        last = std::max(last, position);
    }
    // Items left out at the end are missing; optional ones past the last given are absent.
    values = values.mid(0, std::max(last, d.requiredItems()));
    a.items = values;
    if (itemsOk)
        if (auto parsed = ScoringEngine::parse(d, a.items); !parsed.ok())
            refuse(f.line, QStringLiteral("FormData"), parsed.message());

    if (!date) {
        refuse(f.line, QStringLiteral("FormData"),
               tr("The form has no assessment date (%1).").arg(odm::dateItem()));
    } else {
        a.date = QDate::fromString(date->value.trimmed(), Qt::ISODate);
        if (!a.date.isValid() || a.date > m_db.clock().today())
            refuse(date->line, QStringLiteral("ItemData %1/@Value").arg(date->itemOid),
                   tr("The assessment date \"%1\" must be a valid date (YYYY-MM-DD) no later "
                      "than today.")
                       .arg(date->value));
    }
    if (!status && redcapComplete) {
        if (redcapComplete->value == QStringLiteral("0") ||
            redcapComplete->value == QStringLiteral("1"))
            a.status = AssessmentStatus::Draft;
        else if (redcapComplete->value != QStringLiteral("2"))
            refuse(redcapComplete->line,
                   QStringLiteral("ItemData %1/@Value").arg(redcapComplete->itemOid),
                   tr("REDCap's form status \"%1\" is not one of 0 (incomplete), 1 "
                      "(unverified), 2 (complete).")
                       .arg(redcapComplete->value));
    }
    if (status && status->value != QStringLiteral("complete")) {
        if (status->value == QStringLiteral("draft"))
            a.status = AssessmentStatus::Draft;
        else
            refuse(status->line, QStringLiteral("ItemData %1/@Value").arg(status->itemOid),
                   tr("The assessment status \"%1\" is not allowed: complete or draft.")
                       .arg(status->value));
    }
    if (itemsOk && a.items.count(Assessment::missingItem()) == a.items.size() &&
        a.missingReason.trimmed().isEmpty())
        refuse(f.line, QStringLiteral("FormData"),
               tr("Every item is missing: the form needs the reason (%1).")
                   .arg(odm::missingReasonItem()));
}

// Who rated the form: the user named by the form's audit record (TrialDesk's export writes
// the rater there), else the importer. Either must hold the rater role the protocol names.
void FormMapper::rater(const OdmForm& f, const InstrumentDefinition* d, Assessment& a)
{
    Actor who = m_actor;
    // The rater item (TrialDesk's export writes it), else the form's audit record.
    const bool item = m_raterValue && !m_raterValue->isNull;
    const QString oid = item ? m_raterValue->value.trimmed() : f.userOid;
    const qint64 line = item ? m_raterValue->line : f.userLine;
    const QString column = item ? QStringLiteral("ItemData %1/@Value").arg(odm::raterItem())
                                : QStringLiteral("AuditRecord/UserRef/@UserOID");
    if (!oid.isEmpty() && oid != odm::blindedUser()) {
        const auto found = m_users.constFind(oid);
        if (found == m_users.constEnd() || !found->can(Permission::EnterAssessments)) {
            refuse(line, column,
                   found == m_users.constEnd()
                       ? tr("Unknown user \"%1\": the rater must be a user of this trial.").arg(oid)
                       : tr("The user %1 may not enter assessments.").arg(found->username));
            return;
        }
        who = *found;
    }
    a.raterId = who.userId;
    if (d && a.timePointId && m_blindedSlots.contains({*a.timePointId, d->id}) &&
        !VisitTimeline::hasNoData(a) && !AssessmentRepository::mayKey(who, Rater::BlindedClinician))
        refuse(line ? line : f.line, column,
               tr("%1 at this visit is rated by a blinded assessor, as the protocol says; %2 "
                  "is not one.")
                   .arg(d->id, who.username));
}

bool FormMapper::map(const OdmForm& f, Assessment& a, bool againstTrial)
{
    const qint64 before = m_refused;
    m_raterValue = nullptr;
    for (const ImportProblem& p : f.problems)
        refuse(p.line, p.column, p.reason);
    a = Assessment();
    a.participantId = participant(f);
    QString eventKey;
    const bool placed = event(f, a.participantId, a, eventKey);
    const InstrumentDefinition* d = instrumentOf(m_catalog, f.formOid);
    if (!d) {
        QStringList known;
        for (const QString& id : m_catalog.ids())
            known << odm::form(id);
        refuse(f.line, QStringLiteral("FormData/@FormOID"),
               tr("Unknown instrument \"%1\"; the trial's instruments are %2.")
                   .arg(f.formOid, known.join(QStringLiteral(", "))));
    } else {
        a.instrumentId = d->id;
        items(f, *d, a);
    }
    if (placed && a.participantId != 0)
        rater(f, d, a);
    if (d && placed && a.participantId != 0 && !eventKey.isEmpty()) {
        QString key = QStringLiteral("%1|%2|%3").arg(a.participantId).arg(eventKey, d->id);
        const bool noEvent = f.eventOid.isEmpty();
        if (noEvent)
            key += QLatin1Char('|') + a.date.toString(Qt::ISODate);
        if (auto first = m_seen.constFind(key); first != m_seen.constEnd()) {
            refuse(f.line, QStringLiteral("FormData/@FormOID"),
                   tr("%1 at %2 for participant %3 is in the file twice (first on line %4).")
                       .arg(d->shortName, noEvent ? a.date.toString(Qt::ISODate) : f.eventOid,
                            f.subjectKey)
                       .arg(*first));
        } else {
            m_seen.insert(key, f.line);
            if (againstTrial) {
                auto n =
                    noEvent
                        ? m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                                     "participant_id = ? AND instrument_id = ? AND "
                                                     "removed = 0 AND time_point_id IS NULL AND "
                                                     "session_id IS NULL AND assessment_date = ?"),
                                      {a.participantId, d->id, a.date.toString(Qt::ISODate)})
                        : m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                                     "participant_id = ? AND instrument_id = ? AND "
                                                     "removed = 0 AND (time_point_id = ? OR "
                                                     "session_id = ?)"),
                                      {a.participantId, d->id,
                                       a.timePointId ? QVariant(*a.timePointId) : QVariant(),
                                       a.sessionId ? QVariant(*a.sessionId) : QVariant()});
                if (!n.ok())
                    refuse(f.line, QStringLiteral("FormData"), n.message());
                else if (n->toLongLong() > 0)
                    refuse(f.line, QStringLiteral("FormData/@FormOID"),
                           tr("Participant %1 already has %2 at %3 in the trial; a correction "
                              "is made in TrialDesk, with a reason.")
                               .arg(f.subjectKey, d->shortName,
                                    noEvent ? a.date.toString(Qt::ISODate) : f.eventOid));
            }
        }
    }
    return m_refused == before;
}

} // namespace

Result<ImportReport> OdmImport::run(const Actor& actor, const QString& path)
{
    TD_TRY(Access::require(actor, Permission::EnterAssessments));
    ImportReport report;
    report.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read the import file %1: %2").arg(path, file.errorString()));
    if (!OdmReader::checkEncoding(file, report))
        return report;
    auto protocol = ProtocolRepository(m_db).load(actor);
    TD_TRY(protocol);
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);

    // The file's ClinicalData must be this trial's: StudyOID and MetaDataVersionOID, when the
    // file names them, are the ones the export writes.
    const QString studyOid = odm::study(protocol->trial.acronym);
    const QString versionOid = odm::metaDataVersion();
    const auto ourStudy = [&](const OdmStudy& s) {
        const bool study = s.studyOid.isEmpty() || s.studyOid == studyOid;
        const bool version = s.metaDataVersionOid.isEmpty() || s.metaDataVersionOid == versionOid;
        if (!study || !version)
            report.refuse(s.line,
                          study ? QStringLiteral("ClinicalData/@MetaDataVersionOID")
                                : QStringLiteral("ClinicalData/@StudyOID"),
                          tr("The clinical data is of study \"%1\", metadata version \"%2\"; "
                             "this trial is study \"%3\", metadata version \"%4\". Data of "
                             "another study is not imported.")
                              .arg(s.studyOid, s.metaDataVersionOid, studyOid, versionOid));
        return study && version;
    };

    // Pass 1: validate everything, write nothing.
    {
        FormMapper check(m_db, actor, *protocol, *catalog, report);
        file.seek(0);
        const int clinicalData = OdmReader::read(
            file, ourStudy,
            [&](OdmForm& f) {
                ++report.records;
                Assessment a;
                check.map(f, a, true);
            },
            report);
        // Nothing to import is a refusal that says what was expected, never "0 of 0".
        QStringList forms;
        for (const QString& id : catalog->ids())
            forms << odm::form(id);
        if (clinicalData == 0 && report.ok())
            report.refuse(0, QStringLiteral("ClinicalData"),
                          tr("The file holds no ClinicalData (metadata only?): there is nothing "
                             "to import. Expected ClinicalData with StudyOID \"%1\" and "
                             "MetaDataVersionOID \"%2\", holding SubjectData (a participant's "
                             "study id) with the forms of assessments.")
                              .arg(studyOid, versionOid));
        else if (report.records == 0 && report.ok())
            report.refuse(0, QStringLiteral("FormData"),
                          tr("The file's ClinicalData holds no forms of assessments: there is "
                             "nothing to import. Expected FormData of the trial's instruments "
                             "(%1) in StudyEventData of its events (%2), or directly in "
                             "SubjectData as REDCap writes them.")
                              .arg(forms.join(QStringLiteral(", ")), check.visitList()));
    }
    report.sortProblems();
    if (!report.ok())
        return report;

    // Pass 2: the same forms again, written in one transaction.
    Transaction tx(m_db);
    TD_TRY(tx.status());
    AssessmentRepository repository(m_db);
    FormMapper write(m_db, actor, *protocol, *catalog, report);
    Status failed;
    qint64 written = 0;
    file.seek(0);
    OdmReader::read(
        file, ourStudy,
        [&](OdmForm& f) {
            Assessment a;
            if (!failed.ok() || !report.ok() || !write.map(f, a, false))
                return;
            auto saved = repository.save(actor, a, AssessmentRepository::Entry::Imported);
            if (!saved.ok()) {
                if (saved.error().code == ErrorCode::Database)
                    failed = saved.error();
                else
                    report.refuse(f.line, QStringLiteral("FormData"), saved.message());
                return;
            }
            AuditEntry source;
            source.action = QStringLiteral("imported");
            source.entity = QStringLiteral("assessment");
            source.entityId = QString::number(saved->id);
            source.field = QStringLiteral("source");
            source.newValue = tr("ODM file %1, line %2").arg(report.file).arg(f.line);
            if (Status s = AuditLog::record(m_db, actor, source); !s.ok())
                failed = s;
            ++written;
        },
        report);
    if (!failed.ok())
        return failed.error();
    if (!report.ok())
        return report; // the transaction rolls back: nothing was written

    AuditEntry entry;
    entry.action = QStringLiteral("imported");
    entry.entity = QStringLiteral("import");
    entry.field = QStringLiteral("file");
    entry.newValue = QStringLiteral("odm; %1 assessments; %2").arg(written).arg(report.file);
    TD_TRY(AuditLog::record(m_db, actor, entry));
    TD_TRY(tx.commit());
    report.imported = written;
    return report;
}

} // namespace td
