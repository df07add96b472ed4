#include "audit/AuditCheckpoint.h"

#include "audit/Keyring.h"
#include "audit/SignedMessage.h"
#include "storage/Database.h"

#include <algorithm>

namespace td {

QByteArray AuditCheckpoint::message(qint64 headId, const QString& headHash, const QString& atUtc,
                                    const QString& username)
{
    QByteArray m("TrialDesk audit checkpoint v1;");
    appendSignedField(m, QString::number(headId));
    appendSignedField(m, headHash);
    appendSignedField(m, atUtc);
    appendSignedField(m, username);
    return m;
}

Status AuditCheckpoint::seal(Database& db)
{
    Database::AuditTail& tail = db.auditTail();
    if (!tail.appended)
        return {};
    const SecretKeyPtr key = db.keyring().find(tail.writer);
    if (!key)
        return {};
    if (!tail.valid) {
        auto q = db.exec(
            QStringLiteral("SELECT id, hash, at_utc FROM audit_log ORDER BY id DESC LIMIT 1"));
        TD_TRY(q);
        if (!(*q)->next())
            return {};
        tail.id = (*q)->value(0).toLongLong();
        tail.hash = (*q)->value(1).toString().toLatin1();
        tail.at = (*q)->value(2).toString();
        (*q)->finish();
        tail.valid = true;
    }
    // Never before the rows it signs, nor before the previous checkpoint.
    QString at = db.clock().nowUtc().toString(Qt::ISODateWithMs);
    auto previous =
        db.scalar(QStringLiteral("SELECT at_utc FROM audit_checkpoint ORDER BY id DESC LIMIT 1"));
    if (!previous.ok() && previous.error().code != ErrorCode::NotFound)
        return previous.error();
    at = std::max({at, tail.at, previous.ok() ? previous->toString() : QString()});
    const QString hash = QString::fromLatin1(tail.hash);
    const QString signature = SigningKey::sign(*key, message(tail.id, hash, at, tail.writer));
    TD_TRY(db.write(QStringLiteral("INSERT INTO audit_checkpoint (head_id, head_hash, at_utc, "
                                   "username, signature) VALUES (?, ?, ?, ?, ?)"),
                    {tail.id, hash, at, tail.writer, signature}));
    tail.appended = false;
    return {};
}

} // namespace td
