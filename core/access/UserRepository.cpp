#include "access/UserRepository.h"

#include "access/ActiveAdministrators.h"
#include "access/PasswordHasher.h"
#include "access/PasswordPolicy.h"
#include "access/Reach.h"
#include "access/ServerCredentials.h"
#include "access/ServerRoles.h"
#include "access/UserKeySlots.h"
#include "audit/AuditLog.h"
#include "audit/Keyring.h"
#include "audit/SigningKey.h"
#include "randomization/AllocationListRepository.h"
#include "storage/Database.h"
#include "storage/KeySlots.h"
#include "storage/SqlRow.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <algorithm>
#include <mutex>

namespace td {

namespace {
// A hash of a random password at the current cost, verified when a name is unknown so that a
// sign-in takes as long whether or not the name exists.
QString dummyHash()
{
    static std::mutex mutex;
    static QString hashes[2];
    const int slot = PasswordHasher::cost() == PasswordHasher::Cost::Minimal ? 1 : 0;
    std::lock_guard lock(mutex);
    if (hashes[slot].isEmpty())
        hashes[slot] = PasswordHasher::hash(
            QStringLiteral("no such user %1").arg(QDateTime::currentMSecsSinceEpoch()));
    return hashes[slot];
}

QString joinedSites(Database& db, const std::vector<qint64>& sites)
{
    return sites.empty() ? QStringLiteral("all") : Reach::siteCodes(db, sites);
}
} // namespace

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
                             .arg(u.username),
                         QStringLiteral("username"));
    TD_TRY(PasswordPolicy::check(u.username, u.password));
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
    u.sites.clear();
    const Actor system{0, u.username, Role::Administrator};
    SecretKeyPtr key;
    auto user = insert(system, u, &key);
    TD_TRY(user);
    // The first administrator signs their own creation: the root the trail's keys grow from.
    m_db.keyring().add(user->username, key);
    if (Status done = tx.commit(); !done.ok()) {
        m_db.keyring().forget(user->username);
        return done.error();
    }
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

Status UserRepository::checkSites(const User& u, const std::vector<qint64>& sites)
{
    if (sites.empty())
        return {};
    if (!takesSites(u.role))
        return makeError(ErrorCode::Invalid,
                         tr("Only coordinators and therapists work at particular sites; a %1 "
                            "sees every site.")
                             .arg(Roles::displayName(u.role)),
                         QStringLiteral("site"));
    for (qint64 site : sites) {
        auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM site WHERE id = ?"), {site});
        TD_TRY(n);
        if (n->toInt() == 0)
            return makeError(
                ErrorCode::Invalid,
                tr("Site %1 does not exist; choose one of the trial's sites.").arg(site),
                QStringLiteral("site"));
    }
    return {};
}

Status UserRepository::writeSites(const Actor& actor, qint64 userId,
                                  const std::vector<qint64>& before,
                                  const std::vector<qint64>& after)
{
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM user_site WHERE user_id = ?"), {userId}));
    for (qint64 site : after)
        TD_TRY(m_db.exec(QStringLiteral("INSERT INTO user_site (user_id, site_id) VALUES (?, ?)"),
                         {userId, site}));
    if (before == after)
        return {};
    auto n = AuditLog::recordChanges(
        m_db, actor, QStringLiteral("user"), userId,
        {{QStringLiteral("sites"), joinedSites(m_db, before), joinedSites(m_db, after)}}, {});
    TD_TRY(n);
    return {};
}

Result<User> UserRepository::insert(const Actor& actor, const NewUser& u, SecretKeyPtr* key)
{
    TD_TRY(validate(u));
    auto exists =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"), {u.username});
    TD_TRY(exists);
    if (exists->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("A user named \"%1\" already exists.").arg(u.username),
                         QStringLiteral("username"));
    std::vector<qint64> sites = u.sites;
    std::sort(sites.begin(), sites.end());
    sites.erase(std::unique(sites.begin(), sites.end()), sites.end());
    User user{0, u.username, u.displayName.isEmpty() ? u.username : u.displayName, u.role};
    TD_TRY(checkSites(user, sites));
    const QString hash = PasswordHasher::hash(u.password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Database, tr("The password could not be hashed."));
    auto signing = SigningKey::generate();
    TD_TRY(signing);
    auto sealed = SigningKey::seal(*signing, u.password);
    TD_TRY(sealed);
    TD_TRY(UserKeySlots::addPassword(m_db, u.username, u.password, false));
    if (u.role == Role::Statistician)
        TD_TRY(UserKeySlots::addAllocation(m_db, u.username, u.password,
                                           m_db.keyring().anyAllocationKey(), false));
    auto ins =
        m_db.write(QStringLiteral("INSERT INTO users (username, display_name, role, "
                                  "password_hash, active, created_at, signing_public_key, "
                                  "signing_key_sealed) VALUES (?, ?, ?, ?, 1, ?, ?, ?)"),
                   {u.username, user.displayName, Roles::key(u.role), hash,
                    m_db.clock().nowUtc().toString(Qt::ISODate), signing->publicKey, *sealed});
    TD_TRY(ins);
    user.id = ins->lastId;
    // On a server, the user's login role (docs/postgresql.md), in this transaction.
    TD_TRY(ServerRoles::addLogin(m_db, u.username, u.password));
    // The public key enters the trail with the user, signed by the administrator's checkpoint:
    // `audit verify` trusts a user's signatures only through this row.
    TD_TRY(AuditLog::recordCreated(m_db, actor, QStringLiteral("user"), user.id,
                                   {{QStringLiteral("username"), u.username},
                                    {QStringLiteral("display_name"), user.displayName},
                                    {QStringLiteral("role"), Roles::key(u.role)},
                                    {QStringLiteral("signing_public_key"), signing->publicKey}}));
    if (key)
        *key = signing->secret;
    TD_TRY(writeSites(actor, user.id, {}, sites));
    user.sites = sites;
    return user;
}

Result<User> UserRepository::load(qint64 userId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, active, "
                                      "must_change_password, deactivated_at FROM users WHERE id "
                                      "= ?"),
                       {userId});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("User %1 does not exist.").arg(userId));
    User u{(*q)->value(0).toLongLong(),
           (*q)->value(1).toString(),
           (*q)->value(2).toString(),
           Roles::fromKey((*q)->value(3).toString()).value_or(Role::Coordinator),
           (*q)->value(4).toBool(),
           {},
           (*q)->value(5).toBool(),
           QDateTime::fromString((*q)->value(6).toString(), Qt::ISODate)};
    (*q)->finish();
    auto s = m_db.exec(
        QStringLiteral("SELECT site_id FROM user_site WHERE user_id = ? ORDER BY site_id"),
        {userId});
    TD_TRY(s);
    while ((*s)->next())
        u.sites.push_back((*s)->value(0).toLongLong());
    return u;
}

Result<std::vector<User>> UserRepository::list(const Actor& actor)
{
    // Everyone needs names (therapists in lists); only administrators see inactive accounts.
    auto q = m_db.exec(QStringLiteral("SELECT id FROM users ORDER BY username"));
    TD_TRY(q);
    std::vector<qint64> ids;
    while ((*q)->next())
        ids.push_back((*q)->value(0).toLongLong());
    std::vector<User> users;
    for (qint64 id : ids) {
        auto u = load(id);
        TD_TRY(u);
        if (u->active || actor.can(Permission::ManageUsers))
            users.push_back(*u);
    }
    return users;
}

Result<User> UserRepository::get(const Actor& actor, const QString& username)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    if (!id.ok() || (!actor.can(Permission::ManageUsers) && username != actor.username))
        return makeError(ErrorCode::NotFound, tr("There is no user named \"%1\".").arg(username),
                         QStringLiteral("username"));
    return load(id->toLongLong());
}

Result<User> UserRepository::update(const Actor& actor, qint64 userId, const QString& displayName,
                                    const std::vector<qint64>& sites)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto user = load(userId);
    TD_TRY(user);
    std::vector<qint64> sorted = sites;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    TD_TRY(checkSites(*user, sorted));
    const QString name = displayName.trimmed().isEmpty() ? user->username : displayName.trimmed();
    if (name != user->displayName) {
        TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"),
                         {name, userId}));
        auto n = AuditLog::recordChanges(
            m_db, actor, QStringLiteral("user"), userId,
            {{QStringLiteral("display_name"), user->displayName, name}}, {});
        TD_TRY(n);
    }
    TD_TRY(writeSites(actor, userId, user->sites, sorted));
    auto updated = load(userId);
    TD_TRY(updated);
    TD_TRY(tx.commit());
    return updated;
}

Result<User> UserRepository::setActive(const Actor& actor, qint64 userId, bool active,
                                       const QString& reason)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         active ? tr("Give a reason for reactivating the account.")
                                : tr("Give a reason for deactivating the account."),
                         QStringLiteral("reason"));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto user = load(userId);
    TD_TRY(user);
    if (user->active == active)
        return makeError(
            ErrorCode::Conflict,
            active ? tr("The account \"%1\" is already active.").arg(user->username)
                   : tr("The account \"%1\" is already deactivated.").arg(user->username));
    if (!active && userId == actor.userId)
        return makeError(ErrorCode::Forbidden,
                         tr("You cannot deactivate your own account; ask another administrator."));
    if (!active && user->role == Role::Administrator) {
        auto admins = activeAdministrators(m_db);
        TD_TRY(admins);
        if (*admins <= 1)
            return makeError(ErrorCode::Forbidden,
                             tr("\"%1\" is the last active administrator and cannot be "
                                "deactivated.")
                                 .arg(user->username));
    }
    const QString now = m_db.clock().nowUtc().toString(Qt::ISODate);
    TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET active = ?, deactivated_at = ? WHERE id = ?"),
                     {active ? 1 : 0, active ? QVariant() : QVariant(now), userId}));
    auto n = AuditLog::recordChanges(
        m_db, actor, QStringLiteral("user"), userId,
        {{QStringLiteral("active"), user->active ? 1 : 0, active ? 1 : 0}}, reason.trimmed());
    TD_TRY(n);
    TD_TRY(ServerRoles::setCanLogin(m_db, user->username, active));
    auto updated = load(userId);
    TD_TRY(updated);
    TD_TRY(tx.commit());
    // A deactivated user's password no longer opens an encrypted trial. A reactivated one gets
    // a slot again from a password reset (or at their next sign-in on a file opened by another).
    if (!active)
        UserKeySlots::remove(m_db, user->username);
    return updated;
}

Result<User> UserRepository::deactivate(const Actor& actor, qint64 userId, const QString& reason)
{
    return setActive(actor, userId, false, reason);
}

Result<User> UserRepository::reactivate(const Actor& actor, qint64 userId, const QString& reason)
{
    return setActive(actor, userId, true, reason);
}

Status UserRepository::resetPassword(const Actor& actor, qint64 userId,
                                     const QString& temporaryPassword)
{
    TD_TRY(Access::require(actor, Permission::ManageUsers));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    auto user = load(userId);
    TD_TRY(user);
    TD_TRY(PasswordPolicy::check(user->username, temporaryPassword));
    const QString hash = PasswordHasher::hash(temporaryPassword);
    if (hash.isEmpty())
        return makeError(ErrorCode::Database, tr("The password could not be hashed."));
    TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = "
                                    "1 WHERE id = ?"),
                     {hash, userId}));
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM login_throttle WHERE username = ?"),
                     {user->username}));
    // The old key is sealed under a password nobody can give any more: a new key replaces it,
    // recorded in the trail under the administrator's signature.
    TD_TRY(replaceSigningKey(actor, *user, temporaryPassword, QStringLiteral("password reset")));
    TD_TRY(AuditLog::record(m_db, actor,
                            {QStringLiteral("password_reset"),
                             QStringLiteral("user"),
                             QString::number(userId),
                             {},
                             {},
                             {},
                             {}}));
    TD_TRY(UserKeySlots::addPassword(m_db, user->username, temporaryPassword, true));
    TD_TRY(ServerRoles::setPassword(m_db, user->username, temporaryPassword));
    // The allocation slot of the old password cannot be rewrapped without it; a statistician
    // holding the key here writes one for the new password (else it is written at a sign-in
    // beside one).
    if (user->role == Role::Statistician)
        TD_TRY(UserKeySlots::addAllocation(m_db, user->username, temporaryPassword,
                                           m_db.keyring().anyAllocationKey(), true));
    TD_TRY(tx.commit());
    UserKeySlots::keepOnlyPassword(m_db, user->username, temporaryPassword);
    return {};
}

Result<Actor> UserRepository::changePassword(const Actor& actor, const QString& current,
                                             const QString& replacement)
{
    if (Status ok = verify(actor, current); !ok.ok()) {
        Error e = ok.error();
        e.field = QStringLiteral("current_password");
        return e;
    }
    if (replacement == current)
        return makeError(ErrorCode::Invalid,
                         tr("The new password must differ from the current one."),
                         QStringLiteral("password"));
    TD_TRY(PasswordPolicy::check(actor.username, replacement));
    const QString hash = PasswordHasher::hash(replacement);
    if (hash.isEmpty())
        return makeError(ErrorCode::Database, tr("The password could not be hashed."));
    auto stored = storedKey(actor.userId);
    TD_TRY(stored);
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = "
                                    "0 WHERE id = ?"),
                     {hash, actor.userId}));
    // The same signing key, sealed again under the new password.
    if (stored->sealed.isEmpty()) {
        auto user = load(actor.userId);
        TD_TRY(user);
        TD_TRY(replaceSigningKey(actor, *user, replacement, QStringLiteral("enrolled")));
    } else {
        auto secret = SigningKey::unseal(stored->sealed, stored->publicKey, current);
        TD_TRY(secret);
        auto resealed = SigningKey::seal({stored->publicKey, *secret}, replacement);
        TD_TRY(resealed);
        TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET signing_key_sealed = ? WHERE id = ?"),
                         {*resealed, actor.userId}));
    }
    TD_TRY(AuditLog::record(m_db, actor,
                            {QStringLiteral("password_changed"),
                             QStringLiteral("user"),
                             QString::number(actor.userId),
                             {},
                             {},
                             {},
                             {}}));
    TD_TRY(UserKeySlots::addPassword(m_db, actor.username, replacement, true));
    TD_TRY(ServerRoles::setPassword(m_db, actor.username, replacement));
    // The allocation key, rewrapped under the new password (the old slot goes after the commit).
    DataKeyPtr allocationKey;
    if (m_db.encrypted() && actor.role == Role::Statistician) {
        allocationKey = m_db.keyring().allocationKey(actor.username);
        if (auto header = m_db.cryptHeader();
            !allocationKey && header.ok() && KeySlots::countAllocation(*header, actor.username))
            if (auto opened = KeySlots::openAllocation(*header, actor.username, current);
                opened.ok())
                allocationKey = *opened;
        TD_TRY(UserKeySlots::addAllocation(m_db, actor.username, replacement, allocationKey, true));
    }
    TD_TRY(tx.commit());
    UserKeySlots::keepOnlyPassword(m_db, actor.username, replacement);
    if (allocationKey)
        (void)m_db.changeCryptHeader([&](CryptHeader& h) {
            KeySlots::keepOnlyAllocation(h, actor.username, replacement);
            return Status{};
        });
    Actor changed = actor;
    changed.mustChangePassword = false;
    return changed;
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
    const int wait = secondsToWait(username);
    TD_TRY(AuditLog::record(
        m_db, username, QStringLiteral("unknown"),
        {QStringLiteral("login_failed"),
         QStringLiteral("user"),
         {},
         {},
         {},
         wait > 0 ? QVariant(QStringLiteral("throttled %1 s").arg(wait)) : QVariant(),
         why}));
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
    TD_TRY(ServerRoles::checkSignIn(m_db, username));
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    const bool found = id.ok();
    auto user = found ? load(id->toLongLong()) : Result<User>(User{});
    TD_TRY(user);
    // On a server a login reads its own row's hash only (ServerCredentials).
    auto own = found ? ServerCredentials::of(m_db, user->id)
                     : Result<ServerCredentials::Own>(ServerCredentials::Own{});
    TD_TRY(own);
    const QString hash = found ? own->passwordHash : QString(dummyHash());
    // One Argon2id verification whatever the name, and the same message for an unknown user
    // and a wrong password, so names can be probed neither by text nor by time.
    const bool matches = PasswordHasher::verify(hash, password);
    // A read-only trial file records nothing, a sign-in neither: the file cannot change.
    const bool records = !m_db.readOnly();
    if (!found || !matches) {
        if (records)
            TD_TRY(recordFailure(username, found ? QStringLiteral("wrong password")
                                                 : QStringLiteral("unknown user")));
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The user name or password is wrong."));
    }
    if (!user->active) {
        if (records)
            TD_TRY(recordFailure(username, QStringLiteral("account deactivated")));
        return makeError(ErrorCode::Forbidden,
                         tr("The account \"%1\" is deactivated.").arg(username));
    }
    Actor actor{user->id, username, user->role, user->sites, user->mustChangePassword};
    if (actor.role == Role::Monitor) {
        auto seeArms = m_db.scalar(QStringLiteral("SELECT monitors_see_arms FROM trial"));
        TD_TRY(seeArms);
        actor.monitorsSeeArms = seeArms->toBool();
    }
    if (!records)
        return actor;
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(openSigningKey(actor, *user, password));
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM login_throttle WHERE username = ?"), {username}));
    TD_TRY(AuditLog::record(m_db, actor,
                            {QStringLiteral("login"),
                             QStringLiteral("user"),
                             QString::number(user->id),
                             {},
                             {},
                             {},
                             {}}));
    TD_TRY(tx.commit());
    UserKeySlots::settlePassword(m_db, username, password);
    UserKeySlots::settleAllocation(m_db, actor, password);
    // A list from before the allocation key (schema version 15) is sealed now.
    if (Status sealed = AllocationListRepository(m_db).sealPlainList(actor, password); !sealed.ok())
        qWarning("The allocation list could not be sealed: %s", qPrintable(sealed.message()));
    return actor;
}

Status UserRepository::signOut(const Actor& actor)
{
    // A read-only trial records nothing; the key goes all the same.
    if (m_db.readOnly()) {
        m_db.keyring().forget(actor.username);
        return {};
    }
    Status recorded = [&]() -> Status {
        Transaction tx(m_db);
        TD_TRY(tx.status());
        TD_TRY(AuditLog::record(m_db, actor,
                                {QStringLiteral("logout"),
                                 QStringLiteral("user"),
                                 QString::number(actor.userId),
                                 {},
                                 {},
                                 {},
                                 {}}));
        return tx.commit();
    }();
    // Signed out is signed out: the key goes even when the row could not be written.
    if (m_db.transactionDepth() == 0)
        m_db.keyring().forget(actor.username);
    return recorded;
}

Result<UserRepository::StoredKey> UserRepository::storedKey(qint64 userId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT signing_public_key FROM users WHERE id = ?"), {userId});
    TD_TRY(q);
    if (!(*q)->next())
        return makeError(ErrorCode::NotFound, tr("User %1 does not exist.").arg(userId));
    StoredKey k{(*q)->value(0).toString(), {}};
    (*q)->finish();
    auto own = ServerCredentials::of(m_db, userId);
    TD_TRY(own);
    k.sealed = own->signingKeySealed;
    return k;
}

Status UserRepository::replaceSigningKey(const Actor& actor, const User& user,
                                         const QString& password, const QString& why)
{
    auto old = storedKey(user.id);
    TD_TRY(old);
    auto signing = SigningKey::generate();
    TD_TRY(signing);
    auto sealed = SigningKey::seal(*signing, password);
    TD_TRY(sealed);
    TD_TRY(m_db.exec(QStringLiteral("UPDATE users SET signing_public_key = ?, signing_key_sealed "
                                    "= ? WHERE id = ?"),
                     {signing->publicKey, *sealed, user.id}));
    auto n = AuditLog::recordChanges(
        m_db, actor, QStringLiteral("user"), user.id,
        {{QStringLiteral("signing_public_key"),
          old->publicKey.isEmpty() ? QVariant() : old->publicKey, signing->publicKey}},
        why);
    TD_TRY(n);
    m_db.keyring().forget(user.username);
    if (actor.userId == user.id)
        m_db.keyring().add(user.username, signing->secret);
    return {};
}

Status UserRepository::openSigningKey(const Actor& actor, const User& user, const QString& password)
{
    auto stored = storedKey(user.id);
    TD_TRY(stored);
    // A user from before signed checkpoints enrols at their first sign-in.
    if (stored->sealed.isEmpty())
        return replaceSigningKey(actor, user, password, QStringLiteral("enrolled at sign-in"));
    auto secret = SigningKey::unseal(stored->sealed, stored->publicKey, password);
    if (!secret.ok())
        return makeError(ErrorCode::Database,
                         tr("The signing key of \"%1\" could not be opened (%2). An administrator "
                            "can reset the password, which gives a new key.")
                             .arg(user.username, secret.message()));
    m_db.keyring().add(user.username, *secret);
    return {};
}

Status UserRepository::unlockSigningKey(const QString& username, const QString& password)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username});
    TD_TRY(id);
    auto user = load(id->toLongLong());
    TD_TRY(user);
    auto own = ServerCredentials::of(m_db, user->id);
    TD_TRY(own);
    if (!own->found || !PasswordHasher::verify(own->passwordHash, password))
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The user name or password is wrong."));
    Transaction tx(m_db);
    TD_TRY(tx.status());
    TD_TRY(openSigningKey(Actor{user->id, user->username, user->role}, *user, password));
    return tx.commit();
}

Status UserRepository::verify(const Actor& actor, const QString& password)
{
    if (const int wait = secondsToWait(actor.username); wait > 0)
        return makeError(
            ErrorCode::Throttled,
            tr("Too many failed attempts for \"%1\". Try again in %n second(s).", nullptr, wait)
                .arg(actor.username));
    auto own = ServerCredentials::of(m_db, actor.userId, true);
    const bool matches =
        own.ok() && own->found && PasswordHasher::verify(own->passwordHash, password);
    if (!matches) {
        if (!m_db.readOnly())
            TD_TRY(recordFailure(actor.username, QStringLiteral("wrong password")));
        return makeError(ErrorCode::AuthenticationFailed, tr("The password is wrong."),
                         QStringLiteral("password"));
    }
    if (m_db.readOnly())
        return {};
    TD_TRY(m_db.exec(QStringLiteral("DELETE FROM login_throttle WHERE username = ?"),
                     {actor.username}));
    return {};
}

} // namespace td
