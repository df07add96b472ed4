#include "audit/CheckpointVerifier.h"

#include "audit/AuditCheckpoint.h"
#include "audit/AuditTrail.h"
#include "audit/SigningKey.h"
#include "audit/TrailKeys.h"
#include "storage/Database.h"

#include <QHash>
#include <deque>

namespace td {

namespace {
QString text(const SqlRow& r, int column)
{
    return QString::fromUtf8(r.text(column));
}
qint64 number(const SqlRow& r, int column)
{
    return text(r, column).toLongLong();
}

} // namespace

Result<CheckpointVerification> CheckpointVerifier::verify(Database& db)
{
    CheckpointVerification v;
    auto version = db.schemaVersion();
    TD_TRY(version);
    if (*version < firstSignedSchema) {
        v.applicable = false;
        return v;
    }
    auto keys = readTrailKeys(db);
    TD_TRY(keys);
    auto last = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    TD_TRY(last);
    v.lastRow = last->toLongLong();

    QHash<QString, QString> trusted; // username -> public key
    std::deque<KeyRow> pending;      // recorded, not yet certified
    size_t nextKey = 0;
    qint64 firstHead = 0;
    QString previousAt;
    auto broken = [&v](qint64 checkpoint, const QString& problem) {
        v.intact = false;
        v.brokenCheckpoint = checkpoint;
        v.problem = problem;
        return Status{};
    };
    TD_TRY(db.read(
        QStringLiteral("SELECT c.id, c.head_id, c.head_hash, c.at_utc, c.username, c.signature, "
                       "a.hash, a.at_utc FROM audit_checkpoint c LEFT JOIN audit_log a ON a.id = "
                       "c.head_id ORDER BY c.id"),
        {}, [&](const SqlRow& r) -> Status {
            if (!v.intact)
                return {};
            const qint64 id = number(r, 0);
            const qint64 head = number(r, 1);
            const QString headHash = text(r, 2);
            const QString at = text(r, 3);
            const QString signer = text(r, 4);
            const QString signature = text(r, 5);
            while (nextKey < keys->keyRows.size() && keys->keyRows[nextKey].row <= head)
                pending.push_back(keys->keyRows[nextKey++]);
            if (head < v.signedThrough)
                return broken(id, tr("checkpoint %1 signs row %2, before row %3 that an earlier "
                                     "checkpoint signed")
                                      .arg(id)
                                      .arg(head)
                                      .arg(v.signedThrough));
            if (r.isNull(6))
                return broken(id, tr("checkpoint %1 signs row %2, which is no longer in the trail")
                                      .arg(id)
                                      .arg(head));
            if (text(r, 6) != headHash)
                return broken(id, tr("checkpoint %1 signed row %2 with another hash: the trail up "
                                     "to that row was changed")
                                      .arg(id)
                                      .arg(head));
            if (at < previousAt || at < text(r, 7))
                return broken(id, tr("checkpoint %1 is dated %2, before the rows or checkpoints "
                                     "it follows: time goes backwards")
                                      .arg(id)
                                      .arg(at));
            const qint64 userId = keys->idOf.value(signer, 0);
            const TrailUser user = keys->users.value(userId);
            if (userId == 0 || user.createdRow > head)
                return broken(id, tr("checkpoint %1 is signed by \"%2\", who is not a user the "
                                     "trail created")
                                      .arg(id)
                                      .arg(signer));
            // Its own newest uncertified key: only users from before signing started (and the
            // first administrator) may certify their own.
            auto own = std::find_if(pending.rbegin(), pending.rend(),
                                    [&](const KeyRow& k) { return k.username == signer; });
            const bool selfCertified = !trusted.contains(signer) && own != pending.rend() &&
                                       user.createdRow <= (firstHead ? firstHead : head);
            const QString key = selfCertified ? own->publicKey : trusted.value(signer);
            if (key.isEmpty())
                return broken(id, tr("checkpoint %1 is signed by \"%2\", whose signing key no "
                                     "administrator certified")
                                      .arg(id)
                                      .arg(signer));
            if (!SigningKey::verify(key, AuditCheckpoint::message(head, headHash, at, signer),
                                    signature))
                return broken(id, tr("the signature of checkpoint %1 (by \"%2\") does not verify")
                                      .arg(id)
                                      .arg(signer));
            if (selfCertified) {
                trusted.insert(signer, key);
                v.selfEnrolled << signer;
                std::erase_if(pending, [&](const KeyRow& k) { return k.username == signer; });
            }
            if (user.role == QLatin1String("administrator")) {
                for (const KeyRow& k : pending)
                    trusted.insert(k.username, k.publicKey);
                pending.clear();
            } else if (!pending.empty()) {
                return broken(id, tr("the signing key of \"%1\" (row %2) was recorded without an "
                                     "administrator's signature")
                                      .arg(pending.front().username)
                                      .arg(pending.front().row));
            }
            if (firstHead == 0)
                firstHead = head;
            previousAt = at;
            v.signedThrough = head;
            v.signedHash = headHash;
            ++v.checkpoints;
            return {};
        }));
    if (!v.intact)
        return v;
    v.unsignedRows = v.lastRow - v.signedThrough;
    if (v.unsignedRows > 0)
        TD_TRY(
            db.read(
                QStringLiteral("SELECT id, action, username FROM audit_log WHERE id > ? "
                               "ORDER BY id LIMIT 5"),
                {v.signedThrough}, [&](const SqlRow& r) -> Status {
                    v.unsignedSummary
                        << tr("row %1: %2 by \"%3\"").arg(number(r, 0)).arg(text(r, 1), text(r, 2));
                    return {};
                }));
    return v;
}

} // namespace td
