// trialdesk-cli lock | lock list | unlock: the database lock (docs/data-lock.md), signed with
// --sign like every signed act.

#include "CliArgs.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "participants/ParticipantRepository.h"
#include "quality/DataLocks.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {
class CliLock
{
    Q_DECLARE_TR_FUNCTIONS(CliLock)
};

QString usageText()
{
    return CliLock::tr(
        "usage (each also takes --db FILE --user NAME [--json]):\n"
        "  trialdesk-cli lock [--participant STUDYID [--visit CODE]] --reason TEXT --sign\n"
        "      [--with-open-queries]\n"
        "      locks the whole trial, one participant or one visit for the analysis; with data\n"
        "      queries still open on those data only when --with-open-queries confirms it\n"
        "  trialdesk-cli lock list [--in-force]\n"
        "  trialdesk-cli unlock LOCKID --reason TEXT --sign\n"
        "  --sign: the principal investigator signs electronically; the password is asked\n"
        "  again (or read from TRIALDESK_PASSWORD)");
}

QJsonObject toJson(const DataLockRecord& d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("scope"), DataLocks::scopeKey(d.target.scope)},
                  {QStringLiteral("reason"), d.reason},
                  {QStringLiteral("locked_by"), d.lockedBy},
                  {QStringLiteral("locked_at"), d.lockedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("audit_head_id"), d.headId},
                  {QStringLiteral("audit_head_sha256"), d.headHash},
                  {QStringLiteral("in_force"), d.inForce()}};
    if (!d.studyId.isEmpty())
        o.insert(QStringLiteral("study_id"), d.studyId);
    if (!d.visitCode.isEmpty())
        o.insert(QStringLiteral("visit"), d.visitCode);
    if (!d.inForce()) {
        o.insert(QStringLiteral("unlock_id"), d.unlockId);
        o.insert(QStringLiteral("unlock_reason"), d.unlockReason);
        o.insert(QStringLiteral("unlocked_by"), d.unlockedBy);
        o.insert(QStringLiteral("unlocked_at"), d.unlockedAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

QString describe(const DataLockRecord& d)
{
    QString what = d.target.scope == LockScope::Trial ? CliLock::tr("the whole trial")
                   : d.target.scope == LockScope::Participant
                       ? CliLock::tr("participant %1").arg(d.studyId)
                       : CliLock::tr("visit %1 of %2").arg(d.visitCode, d.studyId);
    QString line = CliLock::tr("Lock %1: %2, by %3 at %4 (audit row %5): %6")
                       .arg(d.id)
                       .arg(what, d.lockedBy, d.lockedAt.toString(Qt::ISODate))
                       .arg(d.headId)
                       .arg(d.reason);
    if (!d.inForce())
        line += QLatin1Char('\n') +
                CliLock::tr("  lifted by %1 at %2: %3")
                    .arg(d.unlockedBy, d.unlockedAt.toString(Qt::ISODate), d.unlockReason);
    return line;
}

std::optional<Args> parse(const QStringList& raw, int& code)
{
    QString error;
    auto args = Args::parse(raw,
                            {QStringLiteral("--db"), QStringLiteral("--user"),
                             QStringLiteral("--participant"), QStringLiteral("--visit"),
                             QStringLiteral("--reason")},
                            {QStringLiteral("--json"), QStringLiteral("--sign"),
                             QStringLiteral("--in-force"), QStringLiteral("--with-open-queries")},
                            error);
    if (!args)
        code = usageError(error, usageText());
    return args;
}
} // namespace

int runLock(const QStringList& raw)
{
    const bool listing = raw.value(0) == QStringLiteral("list");
    int code = 0;
    auto args = parse(listing ? raw.mid(1) : raw, code);
    if (!args)
        return code;
    auto session = openSession(*args, code, listing ? TrialUse::Read : TrialUse::Change);
    if (!session)
        return code;
    Database& db = *session->db;
    const Actor& actor = session->actor;
    DataLocks locks(db);
    if (listing) {
        auto list = locks.list(actor, args->has(QStringLiteral("--in-force")));
        if (!list.ok())
            return refuse(list.error());
        if (args->json()) {
            QJsonArray out;
            for (const DataLockRecord& d : *list)
                out.append(toJson(d));
            printJson(out);
        } else if (list->empty()) {
            printOut(CliLock::tr("No data are locked."));
        } else {
            for (const DataLockRecord& d : *list)
                printOut(describe(d));
        }
        return 0;
    }
    LockTarget target;
    if (const QString studyId = args->value(QStringLiteral("--participant")); !studyId.isEmpty()) {
        auto p = ParticipantRepository(db).getByStudyId(actor, studyId);
        if (!p.ok())
            return refuse(p.error());
        target.scope = LockScope::Participant;
        target.participantId = p->id;
        if (const QString visit = args->value(QStringLiteral("--visit")); !visit.isEmpty()) {
            auto protocol = ProtocolRepository(db).load(actor);
            if (!protocol.ok())
                return refuse(protocol.error());
            QStringList codes;
            for (const TimePoint& t : protocol->schedule) {
                codes << t.code;
                if (t.code == visit)
                    target.timePointId = t.id;
            }
            if (target.timePointId == 0)
                return usageError(CliLock::tr("--visit \"%1\" is not a visit of the protocol; its "
                                              "visits are %2.")
                                      .arg(visit, codes.join(QStringLiteral(", "))),
                                  usageText());
            target.scope = LockScope::Visit;
        }
    } else if (args->has(QStringLiteral("--visit"))) {
        return usageError(CliLock::tr("--visit needs --participant: a visit is locked for one "
                                      "participant."),
                          usageText());
    }
    const QString reason = args->value(QStringLiteral("--reason"));
    if (reason.trimmed().isEmpty())
        return usageError(CliLock::tr("--reason TEXT is required."), usageText());
    auto signWith = signature(
        args->has(QStringLiteral("--sign")), actor,
        ElectronicSignatures::statement(QStringLiteral("data_lock"), SignatureMeaning::Approval));
    if (!signWith.ok())
        return refuse(signWith.error());
    auto made =
        locks.lock(actor, target, reason, *signWith,
                   args->has(QStringLiteral("--with-open-queries")) ? OpenQueries::LockAnyway
                                                                    : OpenQueries::Refuse);
    if (!made.ok())
        return refuse(made.error());
    if (args->json())
        printJson(toJson(*made));
    else
        printOut(describe(*made));
    return 0;
}

int runUnlock(const QStringList& raw)
{
    int code = 0;
    auto args = parse(raw, code);
    if (!args)
        return code;
    bool ok = false;
    const qint64 id = args->positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(CliLock::tr("Name the lock to lift by its number (trialdesk-cli lock "
                                      "list shows them)."),
                          usageText());
    const QString reason = args->value(QStringLiteral("--reason"));
    if (reason.trimmed().isEmpty())
        return usageError(CliLock::tr("--reason TEXT is required."), usageText());
    auto session = openSession(*args, code, TrialUse::Change);
    if (!session)
        return code;
    const Actor& actor = session->actor;
    auto signWith = signature(args->has(QStringLiteral("--sign")), actor,
                              ElectronicSignatures::statement(QStringLiteral("data_lock"),
                                                              SignatureMeaning::Responsibility));
    if (!signWith.ok())
        return refuse(signWith.error());
    auto done = DataLocks(*session->db).unlock(actor, id, reason, *signWith);
    if (!done.ok())
        return refuse(done.error());
    if (args->json())
        printJson(toJson(*done));
    else
        printOut(describe(*done));
    return 0;
}

} // namespace td::cli
