#include "audit/TrailKeys.h"

#include "audit/AuditTrail.h"

namespace td {

Result<TrailKeys> readTrailKeys(Database& db)
{
    TrailKeys t;
    std::vector<std::pair<qint64, std::pair<qint64, QString>>> keys; // row, user id, key
    AuditSelection users;
    users.entities = {QStringLiteral("user")};
    TD_TRY(AuditTrail::forEach(db, users, [&](const AuditFieldView& e) -> Status {
        if (e.newValue.isNull())
            return {};
        const bool name = e.field == "username";
        const bool role = e.field == "role";
        if (!name && !role && e.field != "signing_public_key")
            return {};
        const qint64 user = e.entityId.toLongLong();
        const QString value = QString::fromUtf8(e.newValue);
        if (name) {
            TrailUser& u = t.users[user];
            u.username = value;
            u.createdRow = e.rowId;
            t.idOf.insert(value, user);
        } else if (role) {
            t.users[user].role = value;
        } else {
            keys.push_back({e.rowId, {user, value}});
        }
        return {};
    }));
    for (const auto& [row, key] : keys)
        t.keyRows.push_back({row, t.users.value(key.first).username, key.second});
    return t;
}

QString TrailKeys::keyBefore(const QString& username, qint64 row) const
{
    QString key;
    for (const KeyRow& k : keyRows) {
        if (k.row >= row)
            break;
        if (k.username == username)
            key = k.publicKey;
    }
    return key;
}

} // namespace td
