#include "audit/AuditLog.h"

#include "storage/Database.h"

#include <sodium.h>

namespace td {

namespace {
// Length-prefixed, null-aware serialization, so no two different rows hash the same input:
// "N;" for a null value, else "<UTF-8 byte count>:<UTF-8>;".
void addText(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}
void addField(QByteArray& out, const QVariant& v)
{
    if (v.isNull())
        out += "N;";
    else
        addText(out, AuditLog::valueText(v));
}
void addOptional(QByteArray& out, const QString& s)
{
    if (s.isNull())
        out += "N;";
    else
        addText(out, s);
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
    // One buffer, hashed once (the same bytes as feeding the fields one by one).
    QByteArray in;
    in.reserve(384);
    addText(in, QString::number(id));
    addText(in, atUtc);
    addText(in, username);
    addText(in, role);
    addText(in, e.action);
    addText(in, e.entity);
    addOptional(in, e.entityId);
    addOptional(in, e.field);
    addField(in, e.oldValue);
    addField(in, e.newValue);
    addOptional(in, e.reason);
    addText(in, QString::fromLatin1(prevHash));
    // libsodium's SHA-256: the same digest as QCryptographicHash, faster (a bulk import
    // hashes a row per assessment).
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(in.constData()),
                       static_cast<unsigned long long>(in.size()));
    return digest.toHex();
}

Status AuditLog::record(Database& db, const QString& username, const QString& role,
                        const AuditEntry& entry)
{
    // A value whose text is null (a QVariant holding a null QString) is stored as NULL, so it
    // must be hashed as NULL too, or the row would not verify.
    AuditEntry e = entry;
    for (QVariant* v : {&e.oldValue, &e.newValue})
        if (!v->isNull() && valueText(*v).isNull())
            *v = QVariant();
    if (db.transactionDepth() == 0)
        return makeError(ErrorCode::Database,
                         tr("An audit row must be written inside the change's transaction."));
    Database::AuditTail& tail = db.auditTail();
    if (!tail.valid) {
        auto q = db.exec(
            QStringLiteral("SELECT id, hash, at_utc FROM audit_log ORDER BY id DESC LIMIT 1"));
        TD_TRY(q);
        if ((*q)->next()) {
            tail.id = (*q)->value(0).toLongLong();
            tail.hash = (*q)->value(1).toString().toLatin1();
            tail.at = (*q)->value(2).toString();
        } else {
            tail.id = 0;
            tail.hash = QByteArray(genesisHash);
        }
        (*q)->finish();
        tail.valid = true;
    }
    const qint64 id = tail.id + 1;
    // Times never go backwards in the trail (audit verify checks it): a clock set back, by
    // hand or by time synchronisation, dates the row at its predecessor's time.
    QString at = timestamp(db.clock().nowUtc());
    if (at < tail.at)
        at = tail.at;
    const QByteArray hash = rowHash(id, at, username, role, e, tail.hash);
    auto toDb = [](const QString& s) { return s.isNull() ? QVariant() : QVariant(s); };
    auto ins = db.write(
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
    tail.appended = true;
    tail.writer = username;
    tail.at = at;
    return {};
}

Status AuditLog::record(Database& db, const Actor& actor, const AuditEntry& entry)
{
    return record(db, actor.username, Roles::key(actor.role), entry);
}

Status AuditLog::recordCreated(Database& db, const Actor& actor, const QString& entity, qint64 id,
                               const std::vector<std::pair<QString, QVariant>>& values,
                               const QString& reason)
{
    for (const auto& [field, value] : values) {
        if (value.isNull() || valueText(value).isEmpty())
            continue;
        TD_TRY(record(
            db, actor,
            {QStringLiteral("created"), entity, QString::number(id), field, {}, value, reason}));
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
