#include "CliArgs.h"
#include "CliCommands.h"
#include "CliParticipantJson.h"
#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "participants/CovariateValues.h"
#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "randomization/Randomizer.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace td::cli {

namespace {
class CliParticipants
{
    Q_DECLARE_TR_FUNCTIONS(CliParticipants)
};

QString usageText()
{
    return CliParticipants::tr(
        "usage (each also takes --db FILE --user NAME [--json]):\n"
        "  trialdesk-cli participant screen --site CODE [--date YYYY-MM-DD]\n"
        "      [--covariate CODE=VALUE]... [--answer CRITERION=yes|no]...\n"
        "  trialdesk-cli participant answer STUDYID --answer CRITERION=yes|no...\n"
        "  trialdesk-cli participant ineligible STUDYID --reason R\n"
        "  trialdesk-cli participant covariates STUDYID --covariate CODE=VALUE... [--reason R]\n"
        "  trialdesk-cli participant consent STUDYID [--date D] [--form-version V]\n"
        "  trialdesk-cli participant decline STUDYID [--reason R]\n"
        "  trialdesk-cli participant randomize STUDYID\n"
        "  trialdesk-cli participant assign-therapist STUDYID --therapist NAME [--reason R]\n"
        "  trialdesk-cli participant status STUDYID --to STATUS [--reason R] [--data-unusable]\n"
        "      (in_treatment, completed, discontinued, withdrawn, lost_to_follow_up)\n"
        "  trialdesk-cli participant list\n"
        "  trialdesk-cli participant show STUDYID");
}

Result<QDate> dateOption(const Args& args, const QDate& today)
{
    const QString text = args.value(QStringLiteral("--date"));
    if (text.isEmpty())
        return today;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return makeError(
            ErrorCode::Invalid,
            CliParticipants::tr("--date \"%1\" is not a date; write YYYY-MM-DD.").arg(text),
            QStringLiteral("date"));
    return d;
}

Result<std::map<QString, bool>> answersOf(const Args& args)
{
    std::map<QString, bool> out;
    for (const QString& pair : args.values(QStringLiteral("--answer"))) {
        QString key, value;
        if (!splitPair(pair, key, value) ||
            (value != QStringLiteral("yes") && value != QStringLiteral("no")))
            return makeError(ErrorCode::Invalid,
                             CliParticipants::tr("--answer \"%1\" is not allowed; write "
                                                 "CRITERION=yes or CRITERION=no.")
                                 .arg(pair),
                             QStringLiteral("answer"));
        out[key] = value == QStringLiteral("yes");
    }
    return out;
}

Result<std::map<QString, QString>> covariatesOf(const Args& args)
{
    std::map<QString, QString> out;
    for (const QString& pair : args.values(QStringLiteral("--covariate"))) {
        QString key, value;
        if (!splitPair(pair, key, value))
            return makeError(ErrorCode::Invalid,
                             CliParticipants::tr("--covariate \"%1\" is not allowed; write "
                                                 "CODE=VALUE.")
                                 .arg(pair),
                             QStringLiteral("covariate"));
        out[key] = value;
    }
    return out;
}

const Site* siteByCode(const Protocol& protocol, const QString& code, QString& known)
{
    QStringList codes;
    const Site* found = nullptr;
    for (const Site& s : protocol.sites) {
        codes << s.code;
        if (s.code.compare(code, Qt::CaseInsensitive) == 0)
            found = &s;
    }
    known = codes.join(QStringLiteral(", "));
    return found;
}

// Prints the participant as the role sees it: JSON with --json, else one line.
int print(Database& db, const Actor& actor, const Args& args, const Participant& p,
          const QString& line)
{
    auto protocol = ProtocolRepository(db).load(actor);
    auto users = UserRepository(db).list(actor);
    if (!protocol.ok())
        return refuse(protocol.error());
    if (!users.ok())
        return refuse(users.error());
    if (args.json()) {
        auto answers = Screening(db).answers(actor, p.id);
        printJson(participantDetailJson(p, *protocol, *users,
                                        answers.ok() ? *answers : std::map<QString, bool>{},
                                        Disclosure::of(actor).arms()));
    } else {
        printOut(line);
    }
    return 0;
}
} // namespace

int runParticipant(const QStringList& allArgs)
{
    const QString sub = allArgs.value(0);
    QString error;
    auto args = Args::parse(allArgs.mid(1),
                            {QStringLiteral("--db"), QStringLiteral("--user"),
                             QStringLiteral("--site"), QStringLiteral("--date"),
                             QStringLiteral("--covariate"), QStringLiteral("--answer"),
                             QStringLiteral("--reason"), QStringLiteral("--form-version"),
                             QStringLiteral("--therapist"), QStringLiteral("--to")},
                            {QStringLiteral("--json"), QStringLiteral("--data-unusable")}, error);
    if (!args)
        return usageError(error, usageText());
    static const QStringList subs = {
        QStringLiteral("screen"),     QStringLiteral("answer"),
        QStringLiteral("ineligible"), QStringLiteral("covariates"),
        QStringLiteral("consent"),    QStringLiteral("decline"),
        QStringLiteral("randomize"),  QStringLiteral("assign-therapist"),
        QStringLiteral("status"),     QStringLiteral("list"),
        QStringLiteral("show")};
    if (!subs.contains(sub))
        return usageError(
            sub.isEmpty() ? CliParticipants::tr("participant needs a subcommand.")
                          : CliParticipants::tr("Unknown participant subcommand \"%1\".").arg(sub),
            usageText());
    const bool needsId = sub != QStringLiteral("screen") && sub != QStringLiteral("list");
    if (needsId && args->positional().size() != 1)
        return usageError(CliParticipants::tr("Name one participant by study id."), usageText());
    int code = 0;
    const bool reads = sub == QStringLiteral("list") || sub == QStringLiteral("show");
    auto session = openSession(*args, code, reads ? TrialUse::Read : TrialUse::Change);
    if (!session)
        return code;
    Database& db = *session->db;
    const Actor& actor = session->actor;
    ParticipantRepository participants(db);
    const QDate today = db.clock().today();

    if (sub == QStringLiteral("list")) {
        auto list = participants.list(actor);
        auto protocol = ProtocolRepository(db).load(actor);
        auto users = UserRepository(db).list(actor);
        if (!list.ok())
            return refuse(list.error());
        if (!protocol.ok())
            return refuse(protocol.error());
        if (!users.ok())
            return refuse(users.error());
        QJsonArray out;
        for (const Participant& p : *list) {
            if (args->json()) {
                out.append(participantJson(p, *protocol, *users, Disclosure::of(actor).arms()));
            } else {
                const Site* site = protocol->site(p.siteId);
                printOut(
                    QStringLiteral("%1\t%2\t%3")
                        .arg(p.studyId, site ? site->code : QString(), StatusRules::key(p.status)));
            }
        }
        if (args->json())
            printJson(out);
        return 0;
    }

    if (sub == QStringLiteral("screen")) {
        auto protocol = ProtocolRepository(db).load(actor);
        if (!protocol.ok())
            return refuse(protocol.error());
        QString known;
        const Site* site = siteByCode(*protocol, args->value(QStringLiteral("--site")), known);
        if (!site)
            return usageError(
                CliParticipants::tr("--site must be one of the trial's sites: %1.").arg(known),
                usageText());
        auto date = dateOption(*args, today);
        auto answers = answersOf(*args);
        auto covariates = covariatesOf(*args);
        if (!date.ok())
            return refuse(date.error());
        if (!answers.ok())
            return refuse(answers.error());
        if (!covariates.ok())
            return refuse(covariates.error());
        auto p = Screening(db).screen(actor, {site->id, *date, *answers, *covariates});
        if (!p.ok())
            return refuse(p.error());
        return print(db, actor, *args, *p,
                     CliParticipants::tr("Screened %1: %2.")
                         .arg(p->studyId, StatusRules::displayName(p->status)));
    }

    auto found = participants.getByStudyId(actor, args->positional().first());
    if (!found.ok())
        return refuse(found.error());
    const qint64 id = found->id;
    const QString reason = args->value(QStringLiteral("--reason"));
    Result<Participant> done = *found;
    if (sub == QStringLiteral("show")) {
        auto answers = Screening(db).answers(actor, id);
        QString line =
            QStringLiteral("%1\t%2").arg(found->studyId, StatusRules::displayName(found->status));
        for (const auto& [k, v] : found->covariates.values)
            line += QStringLiteral("\t%1=%2").arg(k, v);
        return print(db, actor, *args, *found, line);
    } else if (sub == QStringLiteral("answer")) {
        auto answers = answersOf(*args);
        if (!answers.ok())
            return refuse(answers.error());
        done = Screening(db).answer(actor, id, *answers);
    } else if (sub == QStringLiteral("ineligible")) {
        done = participants.markIneligible(actor, id, ExclusionCategory::Other, reason);
    } else if (sub == QStringLiteral("covariates")) {
        auto covariates = covariatesOf(*args);
        if (!covariates.ok())
            return refuse(covariates.error());
        done = CovariateValues(db).set(actor, id, *covariates, reason);
    } else if (sub == QStringLiteral("consent")) {
        auto date = dateOption(*args, today);
        if (!date.ok())
            return refuse(date.error());
        done = participants.recordConsent(actor, id, *date,
                                          args->value(QStringLiteral("--form-version")));
    } else if (sub == QStringLiteral("decline")) {
        done = participants.recordDeclined(actor, id, reason);
    } else if (sub == QStringLiteral("randomize")) {
        auto allocation = Randomizer(db).allocate(actor, id);
        if (!allocation.ok())
            return refuse(allocation.error());
        done = participants.get(actor, id);
    } else if (sub == QStringLiteral("assign-therapist")) {
        auto everyone = UserRepository(db).list(actor);
        qint64 therapistId = 0;
        if (everyone.ok())
            for (const User& u : *everyone)
                if (u.username == args->value(QStringLiteral("--therapist")))
                    therapistId = u.id;
        if (therapistId == 0)
            return refuse(makeError(ErrorCode::Invalid,
                                    CliParticipants::tr("--therapist names no active user: \"%1\".")
                                        .arg(args->value(QStringLiteral("--therapist"))),
                                    QStringLiteral("therapist")));
        done = participants.assignTherapist(actor, id, therapistId, reason);
    } else if (sub == QStringLiteral("status")) {
        const auto to = StatusRules::fromKey(args->value(QStringLiteral("--to")));
        if (!to)
            return usageError(CliParticipants::tr("--to must be a status key: in_treatment, "
                                                  "completed, discontinued, withdrawn, "
                                                  "lost_to_follow_up."),
                              usageText());
        done = participants.changeStatus(actor, id, *to, reason,
                                         !args->has(QStringLiteral("--data-unusable")));
    }
    if (!done.ok())
        return refuse(done.error());
    auto fresh = participants.get(actor, id);
    if (!fresh.ok())
        return refuse(fresh.error());
    QString line =
        QStringLiteral("%1: %2").arg(fresh->studyId, StatusRules::displayName(fresh->status));
    if (sub == QStringLiteral("randomize") && fresh->armId) {
        auto protocol = ProtocolRepository(db).load(actor);
        const Arm* arm = protocol.ok() ? protocol->arm(*fresh->armId) : nullptr;
        if (arm)
            line += QStringLiteral(" (%1)").arg(arm->code);
    }
    return print(db, actor, *args, *fresh, line);
}

} // namespace td::cli
