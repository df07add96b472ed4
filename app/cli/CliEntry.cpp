#include "CliArgs.h"
#include "CliCommands.h"
#include "CliParticipantJson.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "quality/DoubleEntry.h"
#include "sessions/SessionRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"
#include "worklists/Worklist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {
class CliEntry
{
    Q_DECLARE_TR_FUNCTIONS(CliEntry)
};

QString usageText()
{
    return CliEntry::tr(
        "usage (each also takes --db FILE --user NAME [--json]):\n"
        "  trialdesk-cli assess STUDYID --visit CODE --instrument ID [--date D]\n"
        "      [--out-of-window-reason R] ITEM...          (NA for a missing item)\n"
        "  trialdesk-cli assess STUDYID --visit CODE --instrument ID --second-entry ITEM...\n"
        "      keys a double-entered form a second time, without seeing the first entry\n"
        "  trialdesk-cli assess void ASSESSMENT_ID --reason R\n"
        "  trialdesk-cli visit missed STUDYID --visit CODE --reason R [--date D]\n"
        "  trialdesk-cli session log STUDYID --date D --attendance "
        "attended|cancelled|cancelled_clinic|did_not_attend\n"
        "      [--kind regular|booster] [--duration MINUTES] [--therapist NAME]\n"
        "      [--same-date]   (confirms another session on a date that has one)\n"
        "  trialdesk-cli session void SESSION_ID --reason R\n"
        "  trialdesk-cli worklist");
}

const QStringList kValued = {QStringLiteral("--db"),
                             QStringLiteral("--user"),
                             QStringLiteral("--visit"),
                             QStringLiteral("--instrument"),
                             QStringLiteral("--date"),
                             QStringLiteral("--reason"),
                             QStringLiteral("--attendance"),
                             QStringLiteral("--kind"),
                             QStringLiteral("--duration"),
                             QStringLiteral("--therapist"),
                             QStringLiteral("--out-of-window-reason")};

struct Opened
{
    Args args;
    Session session;
};

std::optional<Opened> open(const QStringList& raw, int& code, TrialUse use = TrialUse::Change)
{
    QString error;
    auto args = Args::parse(
        raw, kValued,
        {QStringLiteral("--json"), QStringLiteral("--same-date"), QStringLiteral("--second-entry")},
        error);
    if (!args) {
        code = usageError(error, usageText());
        return std::nullopt;
    }
    auto session = openSession(*args, code, use);
    if (!session)
        return std::nullopt;
    return Opened{std::move(*args), std::move(*session)};
}

Result<QDate> dateOf(const Args& args, const QDate& fallback)
{
    const QString text = args.value(QStringLiteral("--date"));
    if (text.isEmpty() && fallback.isValid())
        return fallback;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return makeError(ErrorCode::Invalid,
                         CliEntry::tr("--date \"%1\" is not a date; write YYYY-MM-DD.").arg(text),
                         QStringLiteral("date"));
    return d;
}

// The participant named by the study id, the protocol's visit of --visit and the --date
// (default today), as the signed-in user may see them.
struct VisitTarget
{
    Participant participant;
    QDate date;
    Protocol protocol;
};

Result<VisitTarget> visitTarget(Database& db, const Actor& actor, const Args& args,
                                const QString& studyId)
{
    VisitTarget t;
    auto p = ParticipantRepository(db).getByStudyId(actor, studyId);
    TD_TRY(p);
    t.participant = *p;
    auto protocol = ProtocolRepository(db).load(actor);
    TD_TRY(protocol);
    t.protocol = std::move(protocol).value();
    auto date = dateOf(args, db.clock().today());
    TD_TRY(date);
    t.date = *date;
    return t;
}

// assess --second-entry: the second keying of a double-entered form. The keyer learns only
// whether the entries agree and which items differ, never the first entry's values.
int secondEntry(const Args& args, Database& db, const Actor& actor, const Participant& p,
                const TimePoint& visit, const QStringList& items)
{
    const QString instrument = args.value(QStringLiteral("--instrument"));
    auto entry = DoubleEntries(db).enterSecond(actor, p.id, visit.id, instrument, items);
    if (!entry.ok())
        return refuse(entry.error());
    QJsonArray differing;
    QStringList shown;
    for (int item : entry->differing) {
        differing.append(item);
        shown << QString::number(item);
    }
    if (args.json())
        printJson(QJsonObject{{QStringLiteral("assessment_id"), entry->assessmentId},
                              {QStringLiteral("study_id"), p.studyId},
                              {QStringLiteral("visit"), visit.code},
                              {QStringLiteral("instrument"), instrument},
                              {QStringLiteral("status"), DoubleEntries::statusKey(entry->status)},
                              {QStringLiteral("differing_items"), differing}});
    else if (entry->differing.isEmpty())
        printOut(CliEntry::tr("Second entry saved: %1 %2 %3; the two entries agree.")
                     .arg(p.studyId, visit.code, instrument));
    else
        printOut(CliEntry::tr("Second entry saved: %1 %2 %3; the entries differ at item(s) %4, "
                              "which wait for adjudication (trialdesk-cli dde).")
                     .arg(p.studyId, visit.code, instrument, shown.join(QStringLiteral(", "))));
    return 0;
}

qint64 numberArg(const Args& args)
{
    bool ok = false;
    const qint64 id = args.positional().value(0).toLongLong(&ok);
    return ok && args.positional().size() == 1 ? id : 0;
}
} // namespace

Result<const TimePoint*> visitOf(const Protocol& protocol, const QString& code)
{
    QStringList known;
    for (const TimePoint& t : protocol.schedule) {
        known << t.code;
        if (t.code == code)
            return &t;
    }
    return makeError(ErrorCode::Invalid,
                     CliEntry::tr("--visit \"%1\" is not a visit of the protocol; its visits are "
                                  "%2.")
                         .arg(code, known.join(QStringLiteral(", "))),
                     QStringLiteral("visit"));
}

int runAssess(const QStringList& raw)
{
    const bool voiding = raw.value(0) == QStringLiteral("void");
    int code = 0;
    auto o = open(voiding ? raw.mid(1) : raw, code);
    if (!o)
        return code;
    Database& db = *o->session.db;
    const Actor& actor = o->session.actor;
    AssessmentRepository repo(db);
    if (voiding) {
        const qint64 id = numberArg(o->args);
        if (id == 0)
            return usageError(CliEntry::tr("Name one assessment by its number."), usageText());
        if (Status s = repo.remove(actor, id, o->args.value(QStringLiteral("--reason"))); !s.ok())
            return refuse(s.error());
        if (o->args.json())
            printJson(QJsonObject{{QStringLiteral("assessment_id"), id},
                                  {QStringLiteral("voided"), true}});
        else
            printOut(CliEntry::tr("Assessment %1 voided; it is kept and audited, and left out of "
                                  "scores and exports.")
                         .arg(id));
        return 0;
    }
    const QStringList words = o->args.positional();
    if (words.size() < 2)
        return usageError(CliEntry::tr("Give the study id and the item values."), usageText());
    auto target = visitTarget(db, actor, o->args, words.first());
    if (!target.ok())
        return refuse(target.error());
    auto visit = visitOf(target->protocol, o->args.value(QStringLiteral("--visit")));
    if (!visit.ok())
        return refuse(visit.error());
    const Participant* p = &target->participant;
    if (o->args.has(QStringLiteral("--second-entry")))
        return secondEntry(o->args, db, actor, *p, **visit, words.mid(1));
    Assessment a;
    a.participantId = p->id;
    a.timePointId = (*visit)->id;
    a.instrumentId = o->args.value(QStringLiteral("--instrument"));
    a.date = target->date;
    a.items = words.mid(1);
    a.outOfWindowReason = o->args.value(QStringLiteral("--out-of-window-reason"));
    auto saved = repo.save(actor, a);
    if (!saved.ok())
        return refuse(saved.error());
    if (o->args.json())
        printJson(QJsonObject{
            {QStringLiteral("assessment_id"), saved->id},
            {QStringLiteral("study_id"), p->studyId},
            {QStringLiteral("visit"), (*visit)->code},
            {QStringLiteral("instrument"), saved->instrumentId},
            {QStringLiteral("date"), saved->date.toString(Qt::ISODate)},
            {QStringLiteral("alerts"), static_cast<qint64>(repo.raisedAlerts().size())}});
    else
        printOut(CliEntry::tr("Assessment %1 saved: %2 %3 %4.")
                     .arg(saved->id)
                     .arg(p->studyId, (*visit)->code, saved->instrumentId));
    return 0;
}

int runVisit(const QStringList& raw)
{
    if (raw.value(0) != QStringLiteral("missed"))
        return usageError(CliEntry::tr("visit needs the subcommand missed."), usageText());
    int code = 0;
    auto o = open(raw.mid(1), code);
    if (!o)
        return code;
    Database& db = *o->session.db;
    const Actor& actor = o->session.actor;
    auto target = visitTarget(db, actor, o->args, o->args.positional().value(0));
    if (!target.ok())
        return refuse(target.error());
    auto visit = visitOf(target->protocol, o->args.value(QStringLiteral("--visit")));
    if (!visit.ok())
        return refuse(visit.error());
    const Participant* p = &target->participant;
    auto records = AssessmentRepository(db).recordMissedVisit(
        actor, p->id, (*visit)->id, target->date, o->args.value(QStringLiteral("--reason")));
    if (!records.ok())
        return refuse(records.error());
    if (o->args.json()) {
        QJsonArray instruments;
        for (const Assessment& a : *records)
            instruments.append(a.instrumentId);
        printJson(QJsonObject{{QStringLiteral("study_id"), p->studyId},
                              {QStringLiteral("visit"), (*visit)->code},
                              {QStringLiteral("missing_reason"), records->front().missingReason},
                              {QStringLiteral("instruments"), instruments}});
    } else {
        printOut(CliEntry::tr("Visit %1 of %2 recorded as missed (%n instrument(s)).", nullptr,
                              static_cast<int>(records->size()))
                     .arg((*visit)->code, p->studyId));
    }
    return 0;
}

int runSession(const QStringList& raw)
{
    const QString sub = raw.value(0);
    if (sub != QStringLiteral("log") && sub != QStringLiteral("void"))
        return usageError(CliEntry::tr("session needs the subcommand log or void."), usageText());
    int code = 0;
    auto o = open(raw.mid(1), code);
    if (!o)
        return code;
    Database& db = *o->session.db;
    const Actor& actor = o->session.actor;
    SessionRepository sessions(db);
    if (sub == QStringLiteral("void")) {
        const qint64 id = numberArg(o->args);
        if (id == 0)
            return usageError(CliEntry::tr("Name one session by its number."), usageText());
        if (Status s = sessions.remove(actor, id, o->args.value(QStringLiteral("--reason")));
            !s.ok())
            return refuse(s.error());
        if (o->args.json())
            printJson(
                QJsonObject{{QStringLiteral("session_id"), id}, {QStringLiteral("voided"), true}});
        else
            printOut(CliEntry::tr("Session %1 voided; it is kept and audited.").arg(id));
        return 0;
    }
    auto p = ParticipantRepository(db).getByStudyId(actor, o->args.positional().value(0));
    if (!p.ok())
        return refuse(p.error());
    auto date = dateOf(o->args, QDate());
    if (!date.ok())
        return refuse(date.error());
    TherapySession s;
    s.participantId = p->id;
    s.date = *date;
    QString attendance = o->args.value(QStringLiteral("--attendance"));
    if (attendance == QStringLiteral("cancelled"))
        attendance = QStringLiteral("cancelled_patient");
    const auto a = attendanceFromKey(attendance);
    if (!a)
        return usageError(CliEntry::tr("--attendance must be attended, cancelled, "
                                       "cancelled_clinic or did_not_attend."),
                          usageText());
    s.attendance = *a;
    const QString kind = o->args.value(QStringLiteral("--kind"));
    if (kind == QStringLiteral("booster"))
        s.kind = SessionKind::Booster;
    else if (!kind.isEmpty() && kind != QStringLiteral("regular"))
        return usageError(CliEntry::tr("--kind must be regular or booster."), usageText());
    if (s.attendance == Attendance::Attended) {
        const QString minutes = o->args.value(QStringLiteral("--duration"));
        s.durationMinutes = minutes.isEmpty() ? 50 : minutes.toInt();
    }
    if (const QString name = o->args.value(QStringLiteral("--therapist")); !name.isEmpty()) {
        auto id = db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {name});
        s.therapistId = id.ok() ? id->toLongLong() : -1;
    }
    s.sameDateConfirmed = o->args.has(QStringLiteral("--same-date"));
    auto saved = sessions.record(actor, s);
    if (!saved.ok() && saved.error().field == QStringLiteral("same_date")) {
        Error error = saved.error();
        error.message += QLatin1Char(' ') +
                         CliEntry::tr("Add --same-date to record it as another session that day.");
        return refuse(error);
    }
    if (!saved.ok())
        return refuse(saved.error());
    if (o->args.json())
        printJson(QJsonObject{{QStringLiteral("session_id"), saved->id},
                              {QStringLiteral("study_id"), p->studyId},
                              {QStringLiteral("session_number"), saved->number},
                              {QStringLiteral("date"), saved->date.toString(Qt::ISODate)},
                              {QStringLiteral("attendance"), attendanceKey(saved->attendance)}});
    else
        printOut(CliEntry::tr("Session %1 of %2 recorded (%3).")
                     .arg(saved->number)
                     .arg(p->studyId, attendanceKey(saved->attendance)));
    return 0;
}

int runWorklist(const QStringList& raw)
{
    int code = 0;
    auto o = open(raw, code, TrialUse::Read);
    if (!o)
        return code;
    Database& db = *o->session.db;
    const Actor& actor = o->session.actor;
    const QDate today = db.clock().today();
    auto items = Worklist(db).forActor(actor, today);
    if (!items.ok())
        return refuse(items.error());
    auto protocol = ProtocolRepository(db).load(actor);
    if (!protocol.ok())
        return refuse(protocol.error());
    QJsonArray out;
    for (const WorkItem& w : *items) {
        if (o->args.json()) {
            out.append(workItemJson(w, *protocol, today));
            continue;
        }
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(w.isOverdue(today) ? CliEntry::tr("OVERDUE") : CliEntry::tr("due"),
                          Worklist::describe(w.kind), w.studyId,
                          w.due.isValid() ? w.due.toString(Qt::ISODate) : QString(),
                          w.timePointId ? QStringLiteral("%1 %2").arg(
                                              w.detail, w.instruments.join(QLatin1Char(',')))
                          : w.kind == TaskKind::ExtendStratum ? Worklist::extendDetail(w)
                                                              : w.detail));
    }
    if (o->args.json())
        printJson(out);
    return 0;
}

} // namespace td::cli
