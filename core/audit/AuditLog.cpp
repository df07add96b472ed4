#include "audit/AuditLog.h"

#include "storage/Database.h"

#include <QCryptographicHash>

namespace td {

namespace {
// Length-prefixed, null-aware serialization, so no two different rows hash the same input.
void addField(QCryptographicHash& h, const QVariant& v)
{
    if (v.isNull()) {
        h.addData(QByteArrayView("N;"));
        return;
    }
    const QByteArray utf8 = AuditLog::valueText(v).toUtf8();
    h.addData(QByteArray::number(utf8.size()));
    h.addData(QByteArrayView(":"));
    h.addData(utf8);
    h.addData(QByteArrayView(";"));
}
// Consecutive rows of one change share a clock reading; format it once.
QString timestamp(const QDateTime& now)
{
    thread_local QDateTime last;
    thread_local QString text;
    if (now != last || text.isEmpty()) {
        last = now;
        text = now.toString(Qt::ISODateWithMs);
    }
    return text;
}
} // namespace

QString AuditLog::valueText(const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QByteArray AuditLog::rowHash(qint64 id, const QString& atUtc, const QString& username,
                             const QString& role, const AuditEntry& e, const QByteArray& prevHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, id);
    addField(h, atUtc);
    addField(h, username);
    addField(h, role);
    addField(h, e.action);
    addField(h, e.entity);
    addField(h, e.entityId.isNull() ? QVariant() : QVariant(e.entityId));
    addField(h, e.field.isNull() ? QVariant() : QVariant(e.field));
    addField(h, e.oldValue.isNull() ? QVariant() : QVariant(valueText(e.oldValue)));
    addField(h, e.newValue.isNull() ? QVariant() : QVariant(valueText(e.newValue)));
    addField(h, e.reason.isNull() ? QVariant() : QVariant(e.reason));
    addField(h, QString::fromLatin1(prevHash));
    return h.result().toHex();
}

Status AuditLog::record(Database& db, const QString& username, const QString& role,
                        const AuditEntry& e)
{
    if (db.transactionDepth() == 0)
        return makeError(ErrorCode::Database,
                         tr("An audit row must be written inside the change's transaction."));
    Database::AuditTail& tail = db.auditTail();
    if (!tail.valid) {
        auto q = db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        TD_TRY(q);
        if ((*q)->next()) {
            tail.id = (*q)->value(0).toLongLong();
            tail.hash = (*q)->value(1).toString().toLatin1();
        } else {
            tail.id = 0;
            tail.hash = QByteArray(genesisHash);
        }
        (*q)->finish();
        tail.valid = true;
    }
    const qint64 id = tail.id + 1;
    const QString at = timestamp(db.clock().nowUtc());
    const QByteArray hash = rowHash(id, at, username, role, e, tail.hash);
    auto toDb = [](const QString& s) { return s.isNull() ? QVariant() : QVariant(s); };
    auto ins = db.exec(
        QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, action, entity, "
                       "entity_id, field, old_value, new_value, reason, prev_hash, hash) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, at, username, role, e.action, e.entity, toDb(e.entityId), toDb(e.field),
         e.oldValue.isNull() ? QVariant() : QVariant(valueText(e.oldValue)),
         e.newValue.isNull() ? QVariant() : QVariant(valueText(e.newValue)), toDb(e.reason),
         QString::fromLatin1(tail.hash), QString::fromLatin1(hash)});
    if (!ins.ok()) {
        tail.valid = false;
        return ins.error();
    }
    tail.id = id;
    tail.hash = hash;
    return {};
}

Status AuditLog::record(Database& db, const Actor& actor, const AuditEntry& entry)
{
    return record(db, actor.username, Roles::key(actor.role), entry);
}

Status AuditLog::recordCreated(Database& db, const Actor& actor, const QString& entity, qint64 id,
                               const std::vector<std::pair<QString, QVariant>>& values)
{
    for (const auto& [field, value] : values) {
        if (value.isNull() || valueText(value).isEmpty())
            continue;
        TD_TRY(
            record(db, actor,
                   {QStringLiteral("created"), entity, QString::number(id), field, {}, value, {}}));
    }
    return {};
}

Result<int> AuditLog::recordChanges(Database& db, const Actor& actor, const QString& entity,
                                    qint64 id, const std::vector<FieldChange>& changes,
                                    const QString& reason)
{
    int written = 0;
    for (const FieldChange& c : changes) {
        if (valueText(c.oldValue) == valueText(c.newValue) &&
            c.oldValue.isNull() == c.newValue.isNull())
            continue;
        TD_TRY(record(db, actor,
                      {QStringLiteral("changed"), entity, QString::number(id), c.field, c.oldValue,
                       c.newValue, reason}));
        ++written;
    }
    return written;
}

} // namespace td
