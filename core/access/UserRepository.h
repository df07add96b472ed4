#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
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
};

struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::Coordinator;
    QString password;
};

// Users, passwords and sign-in. Failed sign-ins are audited and, after a few, slowed down.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int freeFailures = 3; // failures before waiting starts
    static constexpr int maxDelaySeconds = 300;
    static constexpr int minPasswordLength = 4;

    explicit UserRepository(Database& db) : m_db(db) {}

    bool hasUsers();
    // The first administrator of a new trial database (only while there are no users).
    Result<Actor> bootstrapAdministrator(const NewUser& admin);
    Result<User> create(const Actor& actor, const NewUser& user);
    Result<std::vector<User>> list(const Actor& actor);
    Result<Actor> login(const QString& username, const QString& password);
    // Seconds the given user must still wait before another attempt (0 when none).
    int secondsToWait(const QString& username);

private:
    Status validate(const NewUser& user);
    Result<User> insert(const Actor& actor, const NewUser& user);
    Status recordFailure(const QString& username, const QString& why);

    Database& m_db;
};

} // namespace td
