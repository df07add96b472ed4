#include "CliArgs.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "access/UserRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace td::cli {

namespace {
class CliUsers
{
    Q_DECLARE_TR_FUNCTIONS(CliUsers)
};

QString usageText()
{
    return CliUsers::tr(
        "usage (administrators; passwords from TRIALDESK_PASSWORD, new ones from\n"
        "TRIALDESK_NEW_PASSWORD or a prompt):\n"
        "  trialdesk-cli user add --db FILE --user ADMIN --name NAME --role ROLE\n"
        "      [--display \"Full Name\"] [--site CODE]...   (sites: coordinators, therapists)\n"
        "  trialdesk-cli user deactivate|reactivate --db FILE --user ADMIN --name NAME --reason R\n"
        "  trialdesk-cli user role --db FILE --user ADMIN --name NAME --role ROLE --reason R\n"
        "      [--site CODE]... [--all-sites]   (a coordinator's or therapist's sites; without\n"
        "      them, one who had sites keeps them)\n"
        "  trialdesk-cli user reset-password --db FILE --user ADMIN --name NAME\n"
        "  trialdesk-cli user update --db FILE --user ADMIN --name NAME [--display D] "
        "[--site CODE]... [--all-sites]\n"
        "  trialdesk-cli user list --db FILE --user NAME [--json]\n"
        "  trialdesk-cli user password --db FILE --user NAME   (your own; new from "
        "TRIALDESK_NEW_PASSWORD)\n"
        "roles: coordinator, therapist, assessor, principal_investigator, statistician, dmc, "
        "monitor, administrator");
}

// The new password: TRIALDESK_NEW_PASSWORD, else typed twice at a prompt.
Result<QString> newPassword(const QString& forWhom)
{
    QString password = qEnvironmentVariable("TRIALDESK_NEW_PASSWORD");
    if (!password.isEmpty())
        return password;
    password = readLine(CliUsers::tr("New password for %1: ").arg(forWhom), true);
    const QString again = readLine(CliUsers::tr("Repeat the new password: "), true);
    if (password != again)
        return makeError(ErrorCode::Invalid, CliUsers::tr("The two passwords differ; nothing was "
                                                          "changed."));
    return password;
}

// Site codes into ids, by the trial's protocol; an unknown code names the known ones.
Result<std::vector<qint64>> siteIds(Database& db, const Actor& actor, const QStringList& codes)
{
    std::vector<qint64> ids;
    if (codes.isEmpty())
        return ids;
    auto protocol = ProtocolRepository(db).load(actor);
    TD_TRY(protocol);
    for (const QString& code : codes) {
        const Site* found = nullptr;
        QStringList known;
        for (const Site& s : protocol->sites) {
            known << s.code;
            if (s.code.compare(code, Qt::CaseInsensitive) == 0)
                found = &s;
        }
        if (!found)
            return makeError(ErrorCode::Invalid,
                             CliUsers::tr("Unknown site \"%1\"; the trial's "
                                          "sites are %2.")
                                 .arg(code, known.join(QStringLiteral(", "))),
                             QStringLiteral("site"));
        ids.push_back(found->id);
    }
    return ids;
}

QString siteCodes(Database& db, const Actor& actor, const std::vector<qint64>& ids)
{
    if (ids.empty())
        return QStringLiteral("all");
    QStringList codes;
    auto protocol = ProtocolRepository(db).load(actor);
    for (qint64 id : ids) {
        const Site* s = protocol.ok() ? protocol->site(id) : nullptr;
        codes << (s ? s->code : QString::number(id));
    }
    return codes.join(QLatin1Char(','));
}

QJsonObject toJson(Database& db, const Actor& actor, const User& u)
{
    QJsonArray sites;
    if (!u.sites.empty())
        for (const QString& code :
             siteCodes(db, actor, u.sites).split(QLatin1Char(','), Qt::SkipEmptyParts))
            sites.append(code);
    return {{QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), Roles::key(u.role)},
            {QStringLiteral("sites"),
             u.sites.empty() ? QJsonValue(QStringLiteral("all")) : QJsonValue(sites)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("must_change_password"), u.mustChangePassword}};
}

Result<User> named(UserRepository& users, const Actor& actor, const QString& name)
{
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, CliUsers::tr("--name NAME is required."),
                         QStringLiteral("name"));
    return users.get(actor, name);
}
} // namespace

int runUser(const QStringList& allArgs)
{
    const QString sub = allArgs.value(0);
    QString error;
    auto args =
        Args::parse(allArgs.mid(1),
                    {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--name"),
                     QStringLiteral("--role"), QStringLiteral("--display"),
                     QStringLiteral("--site"), QStringLiteral("--reason")},
                    {QStringLiteral("--json"), QStringLiteral("--all-sites")}, error);
    if (!args)
        return usageError(error, usageText());
    static const QStringList subs = {QStringLiteral("add"),        QStringLiteral("deactivate"),
                                     QStringLiteral("reactivate"), QStringLiteral("reset-password"),
                                     QStringLiteral("update"),     QStringLiteral("list"),
                                     QStringLiteral("password"),   QStringLiteral("role")};
    if (!subs.contains(sub))
        return usageError(sub.isEmpty() ? CliUsers::tr("user needs a subcommand.")
                                        : CliUsers::tr("Unknown user subcommand \"%1\".").arg(sub),
                          usageText());
    int code = 0;
    auto session =
        openSession(*args, code, sub == QStringLiteral("list") ? TrialUse::Read : TrialUse::Change);
    if (!session)
        return code;
    Database& db = *session->db;
    const Actor& actor = session->actor;
    UserRepository users(db);

    if (sub == QStringLiteral("list")) {
        auto all = users.list(actor);
        if (!all.ok())
            return refuse(all.error());
        QJsonArray out;
        for (const User& u : *all) {
            if (args->json())
                out.append(toJson(db, actor, u));
            else
                printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(u.username, u.displayName, Roles::key(u.role),
                                  siteCodes(db, actor, u.sites),
                                  u.active ? CliUsers::tr("active") : CliUsers::tr("deactivated")));
        }
        if (args->json())
            printJson(out);
        return 0;
    }
    if (sub == QStringLiteral("password")) {
        auto replacement = newPassword(actor.username);
        if (!replacement.ok())
            return refuse(replacement.error());
        auto changed =
            users.changePassword(actor, qEnvironmentVariable("TRIALDESK_PASSWORD"), *replacement);
        if (!changed.ok())
            return refuse(changed.error());
        printOut(CliUsers::tr("Password changed for %1.").arg(actor.username));
        return 0;
    }
    if (sub == QStringLiteral("add")) {
        const auto role = Roles::fromKey(args->value(QStringLiteral("--role")));
        if (!role)
            return usageError(CliUsers::tr("--role must be one of coordinator, therapist, "
                                           "assessor, principal_investigator, statistician, "
                                           "administrator."),
                              usageText());
        auto sites = siteIds(db, actor, args->values(QStringLiteral("--site")));
        if (!sites.ok())
            return refuse(sites.error());
        const QString name = args->value(QStringLiteral("--name"));
        if (name.isEmpty())
            return usageError(CliUsers::tr("--name NAME is required."), usageText());
        auto password = newPassword(name);
        if (!password.ok())
            return refuse(password.error());
        auto made = users.create(
            actor, {name, args->value(QStringLiteral("--display")), *role, *password, *sites});
        if (!made.ok())
            return refuse(made.error());
        if (args->json())
            printJson(toJson(db, actor, *made));
        else
            printOut(CliUsers::tr("User %1 added as %2 (sites: %3).")
                         .arg(made->username, Roles::displayName(made->role),
                              siteCodes(db, actor, made->sites)));
        return 0;
    }
    auto user = named(users, actor, args->value(QStringLiteral("--name")));
    if (!user.ok())
        return refuse(user.error());
    if (sub == QStringLiteral("reset-password")) {
        auto password = newPassword(user->username);
        if (!password.ok())
            return refuse(password.error());
        if (Status s = users.resetPassword(actor, user->id, *password); !s.ok())
            return refuse(s.error());
        if (args->json()) {
            auto reset = users.get(actor, user->username);
            if (!reset.ok())
                return refuse(reset.error());
            printJson(toJson(db, actor, *reset));
            return 0;
        }
        printOut(CliUsers::tr("Password of %1 reset; they must choose a new one at their next "
                              "sign-in.")
                     .arg(user->username));
        return 0;
    }
    Result<User> changed = *user;
    if (sub == QStringLiteral("role")) {
        const auto role = Roles::fromKey(args->value(QStringLiteral("--role")));
        if (!role)
            return usageError(CliUsers::tr("--role must be one of coordinator, therapist, "
                                           "assessor, principal_investigator, statistician, "
                                           "dmc, monitor, administrator."),
                              usageText());
        std::optional<std::vector<qint64>> sites;
        if (args->has(QStringLiteral("--all-sites")))
            sites = std::vector<qint64>{};
        else if (args->has(QStringLiteral("--site"))) {
            auto ids = siteIds(db, actor, args->values(QStringLiteral("--site")));
            if (!ids.ok())
                return refuse(ids.error());
            sites = *ids;
        }
        changed = users.changeRole(actor, user->id, *role, args->value(QStringLiteral("--reason")),
                                   sites);
        if (!changed.ok())
            return refuse(changed.error());
        if (args->json())
            printJson(toJson(db, actor, *changed));
        else
            printOut(CliUsers::tr("User %1 is now %2 (was %3; sites: %4).")
                         .arg(changed->username, Roles::displayName(changed->role),
                              Roles::displayName(user->role),
                              siteCodes(db, actor, changed->sites)));
        return 0;
    }
    if (sub == QStringLiteral("update")) {
        std::vector<qint64> sites = user->sites;
        if (args->has(QStringLiteral("--all-sites")))
            sites.clear();
        else if (args->has(QStringLiteral("--site"))) {
            auto ids = siteIds(db, actor, args->values(QStringLiteral("--site")));
            if (!ids.ok())
                return refuse(ids.error());
            sites = *ids;
        }
        const QString display = args->has(QStringLiteral("--display"))
                                    ? args->value(QStringLiteral("--display"))
                                    : user->displayName;
        changed = users.update(actor, user->id, display, sites);
    } else {
        const QString reason = args->value(QStringLiteral("--reason"));
        changed = sub == QStringLiteral("deactivate") ? users.deactivate(actor, user->id, reason)
                                                      : users.reactivate(actor, user->id, reason);
    }
    if (!changed.ok())
        return refuse(changed.error());
    if (args->json())
        printJson(toJson(db, actor, *changed));
    else
        printOut(CliUsers::tr("User %1: %2, sites %3.")
                     .arg(changed->username,
                          changed->active ? CliUsers::tr("active") : CliUsers::tr("deactivated"),
                          siteCodes(db, actor, changed->sites)));
    return 0;
}

} // namespace td::cli
