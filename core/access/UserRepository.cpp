#include "access/UserRepository.h"

#include "access/PasswordHasher.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <algorithm>

namespace td {

bool UserRepository::hasUsers()
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    return n.ok() && n->toInt() > 0;
}

Status UserRepository::validate(const NewUser& u)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_.-]{1,31}$"));
    if (!namePattern.match(u.username).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("User name \"%1\" is not allowed: use 2-32 lower-case letters, digits, "
                            "'.', '_' or '-', starting with a letter.")
                             .arg(u.username));
    if (u.password.size() < minPasswordLength)
        return makeError(ErrorCode::Invalid,
                         tr("The password is too short: at least %1 characters are required.")
                             .arg(minPasswordLength));
    return {};
}

Result<Actor> UserRepository::bootstrapAdministrator(const NewUser& admin)
{
    Transaction tx(m_db);
    TD_TRY(tx.status());
    if (hasUsers())
        return makeError(ErrorCode::Conflict,
                         tr("This trial database already has users; sign in as an administrator "
                            "to add more."));
    NewUser u = admin;
    u.role = Role::Administrator;
    const Actor system{0, u.username, Role::Administrator};
    auto user = insert(system, u);
    TD_TRY(user);
    TD_TRY(tx.commit());
    return Actor{user->id, user->username, user->role};
}

Result<User> UserRepository::create(const Actor& actor, const NewUser& user)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto created = insert(actor, user);
    TD_TRY(created);
    TD_TRY(tx.commit());
    return created;
}

Result<User> UserRepository::insert(const Actor& actor, const NewUser& u)
{
    TD_TRY(validate(u));
    auto exists =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"), {u.username});
    TD_TRY(exists);
    if (exists->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("A user named \"%1\" already exists.").arg(u.username));
    const QString hash = PasswordHasher::hash(u.password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Database, tr("The password could not be hashed."));
    const QString displayName = u.displayName.isEmpty() ? u.username : u.displayName;
    auto ins = m_db.exec(QStringLiteral("INSERT INTO users (username, display_name, role, "
                                        "password_hash, active, created_at) VALUES (?, ?, ?, ?, "
                                        "1, ?)"),
                         {u.username, displayName, Roles::key(u.role), hash,
                          m_db.clock().nowUtc().toString(Qt::ISODate)});
    TD_TRY(ins);
    const qint64 id = (*ins)->lastInsertId().toLongLong();
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("user"), id,
                                   {{QStringLiteral("username"), u.username},
                                    {QStringLiteral("display_name"), displayName},
                                    {QStringLiteral("role"), Roles::key(u.role)}}));
    return User{id, u.username, displayName, u.role, true};
}

Result<std::vector<User>> UserRepository::list(const Actor& actor)
{
    // Everyone needs names (therapists in lists); only administrators see inactive accounts.
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, username, display_name, role, active FROM users ORDER BY username"));
    TD_TRY(q);
    std::vector<User> users;
    while ((*q)->next()) {
        User u{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString(),
               Roles::fromKey((*q)->value(3).toString()).value_or(Role::Coordinator),
               (*q)->value(4).toBool()};
        if (u.active || actor.can(Permission::ManageUsers))
            users.push_back(u);
    }
    return users;
}

int UserRepository::secondsToWait(const QString& username)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT failures, last_failure_at FROM login_throttle WHERE username = ?"),
        {username});
    if (!q.ok() || !(*q)->next())
        return 0;
    const int failures = (*q)->value(0).toInt();
    const QDateTime last = QDateTime::fromString((*q)->value(1).toString(), Qt::ISODate);
    (*q)->finish();
    if (failures < freeFailures)
        return 0;
    // 1, 2, 4, 8 ... seconds after the free attempts, capped.
    const int delay = std::min(maxDelaySeconds, 1 << std::min(failures - freeFailures, 16));
    const qint64 waited = last.secsTo(m_db.clock().nowUtc());
    return static_cast<int>(std::max<qint64>(0, delay - waited));
}

Status UserRepository::recordFailure(const QString& username, const QString& why)
{
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODate);
    auto upd = m_db.exec(QStringLiteral("UPDATE login_throttle SET failures = failures + 1, "
                                        "last_failure_at = ? WHERE username = ?"),
                         {now, username});
    TD_TRY(upd);
    if ((*upd)->numRowsAffected() == 0)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO login_throttle (username, failures, "
                                        "last_failure_at) VALUES (?, 1, ?)"),
                         {username, now}));
    TD_TRY(AuditLog::record(
        m_db, username, QStringLiteral("unknown"),
        {QStringLiteral("login_failed"), QStringLiteral("user"), {}, {}, {}, {}, why}));
    return tx.commit();
}

Result<Actor> UserRepository::login(const QString& username, const QString& password)
{
    if (const int wait = secondsToWait(username); wait > 0)
        return makeError(ErrorCode::Throttled,
                         tr("Too many failed sign-in attempts for \"%1\". Try again in %n "
                            "second(s).",
                            nullptr, wait)
                             .arg(username));
    auto q = m_db.exec(
        QStringLiteral("SELECT id, role, password_hash, active FROM users WHERE username = ?"),
        {username});
    TD_TRY(q);
    const bool found = (*q)->next();
    const qint64 id = found ? (*q)->value(0).toLongLong() : 0;
    const auto role = found ? Roles::fromKey((*q)->value(1).toString()) : std::nullopt;
    const QString hash = found ? (*q)->value(2).toString() : QString();
    const bool active = found && (*q)->value(3).toBool();
    (*q)->finish();
    // The same message for an unknown user and a wrong password, so names cannot be probed.
    const Error refused =
        makeError(ErrorCode::AuthenticationFailed, tr("The user name or password is wrong."));
    if (!found || !role || !PasswordHasher::verify(hash, password)) {
        TD_TRY(recordFailure(username, found ? QStringLiteral("wrong password")
                                             : QStringLiteral("unknown user")));
        return refused;
    }
    if (!active) {
        TD_TRY(recordFailure(username, QStringLiteral("account deactivated")));
        return makeError(ErrorCode::Forbidden,
                         tr("The account \"%1\" is deactivated.").arg(username));
    }
    const Actor actor{id, username, *role};
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM login_throttle WHERE username = ?"), {username}));
    TD_TRY(AuditLog::record(
        m_db, actor,
        {QStringLiteral("login"), QStringLiteral("user"), QString::number(id), {}, {}, {}, {}}));
    TD_TRY(tx.commit());
    return actor;
}

} // namespace td
