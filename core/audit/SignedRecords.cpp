#include "audit/SignedRecords.h"

#include "audit/SignedMessage.h"
#include "storage/Database.h"

#include <QCryptographicHash>

namespace td {

namespace {

struct Query
{
    QString sql; // one binding: the record's key
    int columns = 0;
};

struct Source
{
    const char* entity;
    // The record's values: one row for most; the settings add their factors.
    std::vector<Query> queries;
};

const std::vector<Source>& sources()
{
    static const std::vector<Source> all = {
        {"alert",
         {{QStringLiteral("SELECT id, participant_id, assessment_id, kind, detail, created_at, "
                          "acknowledged_at, acknowledged_by, acknowledgement, "
                          "acknowledgement_shared FROM alert WHERE id = ?"),
           10}}},
        {"emergency_unblinding",
         {{QStringLiteral("SELECT id, participant_id, user_id, reason, created_at, reviewed_at, "
                          "reviewed_by FROM emergency_unblinding WHERE id = ?"),
           7}}},
        {"randomization_settings",
         {{QStringLiteral("SELECT id, method, block_lengths, q FROM randomization_settings "
                          "WHERE id = ?"),
           4},
          {QStringLiteral("SELECT factor_id, weight, position FROM randomization_factor WHERE "
                          "CAST(? AS TEXT) IS NOT NULL ORDER BY position, factor_id"),
           3}}},
        {"allocation_list",
         {{QStringLiteral("SELECT id, algorithm, seed_source, settings, entry_count, sha256, "
                          "created_by, created_at FROM allocation_list WHERE id = ?"),
           8}}},
        {"data_lock",
         {{QStringLiteral("SELECT id, action, scope, participant_id, time_point_id, lifts, "
                          "reason, head_id, head_hash, user_id, at_utc FROM data_lock WHERE id = "
                          "?"),
           11}}},
        {"protocol_version",
         {{QStringLiteral("SELECT version, effective_date, reason, changes, created_by, "
                          "created_at FROM protocol_version WHERE version = ?"),
           6}}},
    };
    return all;
}

const Source* find(const QString& entity)
{
    for (const Source& s : sources())
        if (entity == QLatin1String(s.entity))
            return &s;
    return nullptr;
}

} // namespace

const QStringList& SignedRecords::entities()
{
    static const QStringList names = [] {
        QStringList out;
        for (const Source& s : sources())
            out << QString::fromLatin1(s.entity);
        return out;
    }();
    return names;
}

Result<QString> SignedRecords::digest(Database& db, const QString& entity, const QString& recordId)
{
    const Source* source = find(entity);
    if (!source)
        return makeError(ErrorCode::Invalid,
                         tr("Records of kind \"%1\" are not signed electronically.").arg(entity));
    QByteArray content("TrialDesk signed record v1;");
    appendSignedField(content, entity);
    appendSignedField(content, recordId);
    bool first = true;
    for (const Query& query : source->queries) {
        int rows = 0;
        TD_TRY(db.read(query.sql, {recordId}, [&](const SqlRow& r) -> Status {
            ++rows;
            content += "row;";
            for (int i = 0; i < query.columns; ++i) {
                if (r.isNull(i)) {
                    content += "null;";
                    continue;
                }
                appendSignedField(content, QString::fromUtf8(r.text(i)));
            }
            return {};
        }));
        if (first && rows == 0)
            return makeError(ErrorCode::NotFound,
                             tr("%1 does not exist.").arg(describe(entity, recordId)));
        first = false;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString SignedRecords::describe(const QString& entity, const QString& recordId)
{
    if (entity == QLatin1String("alert"))
        return tr("Safety alert %1").arg(recordId);
    if (entity == QLatin1String("emergency_unblinding"))
        return tr("Emergency unblinding %1").arg(recordId);
    if (entity == QLatin1String("randomization_settings"))
        return tr("The randomization settings");
    if (entity == QLatin1String("allocation_list"))
        return tr("Allocation list %1").arg(recordId);
    if (entity == QLatin1String("protocol_version"))
        return tr("Protocol version %1").arg(recordId);
    if (entity == QLatin1String("data_lock"))
        return tr("Database lock record %1").arg(recordId);
    return QStringLiteral("%1 %2").arg(entity, recordId);
}

} // namespace td
