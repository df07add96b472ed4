#pragma once

#include "access/Actor.h"
#include "audit/SigningKey.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>
#include <vector>

namespace td {

class Database;

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Coordinator;
    bool active = true;
    std::vector<qint64> sites{}; // coordinators and therapists; empty: every site
    bool mustChangePassword = false;
    QDateTime deactivatedAt{};
};

struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::Coordinator;
    QString password;
    std::vector<qint64> sites{}; // coordinators and therapists only; empty: every site
};

// Users, passwords and sign-in. Users are never deleted: a deactivated user cannot sign in and
// keeps their name on what they did. Every change is audited. Failed sign-ins are audited and,
// after a few, slowed down (at most maxDelaySeconds, so nobody can lock another person out for
// long by guessing on purpose).
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int freeFailures = 3; // failures before waiting starts
    static constexpr int maxDelaySeconds = 300;

    explicit UserRepository(Database& db) : m_db(db) {}

    // Coordinators and therapists may work at particular sites; every other role sees every
    // site and is never bound to one.
    static bool takesSites(Role role)
    {
        return role == Role::Coordinator || role == Role::Therapist;
    }

    bool hasUsers();
    // The first administrator of a new trial database (only while there are no users).
    Result<Actor> bootstrapAdministrator(const NewUser& admin);
    Result<User> create(const Actor& actor, const NewUser& user);
    Result<std::vector<User>> list(const Actor& actor);
    Result<User> get(const Actor& actor, const QString& username);

    // Administrators: change a user's display name and sites; deactivate and reactivate;
    // reset a password to a temporary one that the user must replace at the next sign-in.
    Result<User> update(const Actor& actor, qint64 userId, const QString& displayName,
                        const std::vector<qint64>& sites);
    Result<User> deactivate(const Actor& actor, qint64 userId, const QString& reason);
    Result<User> reactivate(const Actor& actor, qint64 userId, const QString& reason);
    Status resetPassword(const Actor& actor, qint64 userId, const QString& temporaryPassword);
    // Administrators: gives a user another role, with a reason (audited, old and new role).
    // `sites`: where a coordinator or therapist works (empty: every site); when not given, a
    // user who already took sites keeps theirs, and anyone else must be given them. Refused:
    // one's own role, the last active administrator's, sites for a role without them. The key
    // slots follow (UserKeySlots), and on a server the login moves to the new role's group in
    // the same transaction (ServerUserRoles). In UserRoleChange.cpp.
    Result<User> changeRole(const Actor& actor, qint64 userId, Role newRole, const QString& reason,
                            const std::optional<std::vector<qint64>>& sites = std::nullopt);
    // Any user, for themselves: needs the current password.
    Result<Actor> changePassword(const Actor& actor, const QString& current,
                                 const QString& replacement);

    // Always runs one Argon2id verification, against a dummy hash for unknown names, so the
    // time taken does not tell which names exist.
    Result<Actor> login(const QString& username, const QString& password);
    // Audits the end of a signed-in session (sign out, switch user, closing the window) and
    // wipes the user's signing key from memory.
    Status signOut(const Actor& actor);
    // Puts a user's signing key on the database's keyring without a sign-in row: for code that
    // acts for several users it has the passwords of (the demo generator, tests).
    Status unlockSigningKey(const QString& username, const QString& password);
    // Checks the password of an already signed-in user again (the inactivity lock), with the
    // same throttling and auditing as a sign-in.
    Status verify(const Actor& actor, const QString& password);
    // Seconds the given user must still wait before another attempt (0 when none).
    int secondsToWait(const QString& username);

private:
    Status validate(const NewUser& user);
    struct StoredKey
    {
        QString publicKey;
        QString sealed; // empty: a user from before signing keys, until their next sign-in
    };
    Result<User> insert(const Actor& actor, const NewUser& user, SecretKeyPtr* key = nullptr);
    Result<StoredKey> storedKey(qint64 userId);
    // A new signing key for `user`, sealed under `password`, its public half audited.
    Status replaceSigningKey(const Actor& actor, const User& user, const QString& password,
                             const QString& why);
    // Puts the user's key on the keyring (enrolling one for a user from before signing keys).
    Status openSigningKey(const Actor& actor, const User& user, const QString& password);
    Result<User> load(qint64 userId);
    Status checkSites(const User& user, const std::vector<qint64>& sites);
    Status writeSites(const Actor& actor, qint64 userId, const std::vector<qint64>& before,
                      const std::vector<qint64>& after);
    Status recordFailure(const QString& username, const QString& why);
    Result<User> setActive(const Actor& actor, qint64 userId, bool active, const QString& reason);

    Database& m_db;
};

} // namespace td
