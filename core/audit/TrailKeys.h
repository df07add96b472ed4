#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <vector>

namespace td {

class Database;

// A public key as the trail recorded it: at user creation, at enrolment, at a password reset.
struct KeyRow
{
    qint64 row = 0;
    QString username;
    QString publicKey;
};

struct TrailUser
{
    QString username;
    QString role;
    qint64 createdRow = 0;
};

// The users and their public keys as the audit trail recorded them (not as the users table
// holds them now): what signatures are checked against.
struct TrailKeys
{
    QHash<qint64, TrailUser> users; // by user id
    QHash<QString, qint64> idOf;    // by name
    std::vector<KeyRow> keyRows;    // in trail order

    // The key `username` had just before trail row `row` (empty when none was recorded).
    QString keyBefore(const QString& username, qint64 row) const;
};

Result<TrailKeys> readTrailKeys(Database& db);

} // namespace td
