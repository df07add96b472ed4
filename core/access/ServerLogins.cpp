#include "access/ServerLogins.h"

#include "access/PasswordHasher.h"
#include "access/Role.h"
#include "access/ServerCredentials.h"
#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "storage/Database.h"
#include "storage/ServerDatabases.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <array>

namespace td {

namespace {
// 32 random bytes, base64: a password nobody knows, not even the one who migrated.
QString randomPassword()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toBase64());
}
} // namespace

Result<QStringList> ServerLogins::usernames(Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT username FROM users ORDER BY username"));
    TD_TRY(q);
    QStringList names;
    while ((*q)->next())
        names << (*q)->value(0).toString();
    return names;
}

Status ServerLogins::refuseTaken(const ConnectionSpec& server, const QStringList& usernames)
{
    auto taken = ServerDatabases::rolesAmong(server, usernames);
    TD_TRY(taken);
    if (taken->isEmpty())
        return {};
    return makeError(
        ErrorCode::Conflict,
        tr("The server of %1 already has roles named %2 (another trial's users, or "
           "the server's own). Every user of a trial on a server signs in as a "
           "role of the same name, so these names must be free there: rename "
           "those users in the trial, or use a server of its own. Nothing was "
           "changed.")
            .arg(server.displayName(),
                 QLatin1Char('"') + taken->join(QStringLiteral("\", \"")) + QLatin1Char('"')),
        QStringLiteral("user"));
}

Status ServerLogins::checkAdministrator(Database& db, const QString& username,
                                        const QString& password)
{
    auto q = db.exec(QStringLiteral("SELECT id, role, active FROM users WHERE username = ?"),
                     {username});
    TD_TRY(q);
    const bool found = (*q)->next();
    const qint64 id = found ? (*q)->value(0).toLongLong() : 0;
    const QString role = found ? (*q)->value(1).toString() : QString();
    const bool active = found && (*q)->value(2).toInt() == 1;
    (*q)->finish();
    auto own = found ? ServerCredentials::of(db, id)
                     : Result<ServerCredentials::Own>(ServerCredentials::Own{});
    TD_TRY(own);
    if (!found || !own->found || !PasswordHasher::verify(own->passwordHash, password))
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The user name or password of \"%1\" is wrong; the trial is moved "
                            "by one of its administrators, with their own password. Nothing "
                            "was changed.")
                             .arg(username),
                         QStringLiteral("user"));
    if (!active || role != Roles::key(Role::Administrator))
        return makeError(ErrorCode::Forbidden,
                         tr("\"%1\" is not an active administrator of the trial; only an "
                            "administrator moves it onto a server. Nothing was changed.")
                             .arg(username),
                         QStringLiteral("user"));
    return {};
}

Result<QStringList> ServerLogins::secure(Database& db,
                                         const std::function<QString(const QString&)>& passwordOf)
{
    Transaction tx(db);
    TD_TRY(tx.status());
    TD_TRY(ServerRoles::createGroups(db));
    TD_TRY(ServerPrivileges::grant(db));
    struct User
    {
        QString name;
        bool active = false;
    };
    std::vector<User> users;
    {
        auto q = db.exec(QStringLiteral("SELECT username, active FROM users ORDER BY username"));
        TD_TRY(q);
        while ((*q)->next())
            users.push_back({(*q)->value(0).toString(), (*q)->value(1).toInt() == 1});
    }
    QStringList unknown;
    for (const User& user : users) {
        QString password = passwordOf(user.name);
        if (password.isEmpty()) {
            password = randomPassword();
            if (user.active)
                unknown << user.name;
        }
        TD_TRY(ServerRoles::addLogin(db, user.name, password));
        if (!user.active)
            TD_TRY(ServerRoles::setCanLogin(db, user.name, false));
    }
    TD_TRY(tx.commit());
    return unknown;
}

} // namespace td
