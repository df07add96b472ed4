#include "storage/SqliteStatements.h"

#include <QDateTime>
#include <QSqlDriver>
#include <sqlite3.h>
#include <vector>

namespace td {

namespace {
// Qt's SQLite driver binds a null string, byte array or date as SQL NULL, not as empty text.
bool boundAsNull(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    default:
        return false;
    }
}
} // namespace

std::unique_ptr<SqliteStatements> SqliteStatements::attach(const QSqlDatabase& connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return nullptr;
    return std::unique_ptr<SqliteStatements>(new SqliteStatements(db));
}

SqliteStatements::~SqliteStatements()
{
    for (auto& [sql, stmt] : m_prepared)
        sqlite3_finalize(stmt);
}

Error SqliteStatements::refused(const QString& sql) const
{
    return makeError(ErrorCode::Database,
                     tr("The database refused a statement (%1): %2")
                         .arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

Result<Written> SqliteStatements::write(const QString& sql, const QVariantList& bindings)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare16_v3(m_handle, sql.utf16(), static_cast<int>(sql.size() * 2),
                                 SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return refused(sql);
        }
        it = m_prepared.emplace(sql, stmt).first;
    }
    sqlite3_stmt* stmt = it->second;
    if (sqlite3_bind_parameter_count(stmt) != bindings.size())
        return makeError(ErrorCode::Database, tr("The statement (%1) takes %2 values, not %3.")
                                                  .arg(sql.left(80))
                                                  .arg(sqlite3_bind_parameter_count(stmt))
                                                  .arg(bindings.size()));
    // Text that is not a QString already is converted here and must outlive the step.
    std::vector<QString> converted;
    int rc = SQLITE_OK;
    for (int i = 0; i < bindings.size() && rc == SQLITE_OK; ++i) {
        const QVariant& v = bindings[i];
        const int at = i + 1;
        if (boundAsNull(v)) {
            rc = sqlite3_bind_null(stmt, at);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(stmt, at, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(stmt, at, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const auto* bytes = static_cast<const QByteArray*>(v.constData());
            rc = sqlite3_bind_blob(stmt, at, bytes->constData(), static_cast<int>(bytes->size()),
                                   SQLITE_STATIC);
            break;
        }
        case QMetaType::QString: {
            const auto* text = static_cast<const QString*>(v.constData());
            rc = sqlite3_bind_text16(stmt, at, text->utf16(), static_cast<int>(text->size() * 2),
                                     SQLITE_STATIC);
            break;
        }
        default: { // as text, like Qt's driver (an unsigned 64-bit value too)
            if (converted.capacity() == 0)
                converted.reserve(static_cast<size_t>(bindings.size()));
            converted.push_back(v.typeId() == QMetaType::QDateTime
                                    ? v.toDateTime().toString(Qt::ISODateWithMs)
                                    : v.toString());
            const QString& text = converted.back();
            rc = sqlite3_bind_text16(stmt, at, text.utf16(), static_cast<int>(text.size() * 2),
                                     SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc == SQLITE_OK) {
        do
            rc = sqlite3_step(stmt);
        while (rc == SQLITE_ROW);
    }
    const bool done = rc == SQLITE_DONE;
    Error error = done ? Error{} : refused(sql);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (!done)
        return error;
    return Written{sqlite3_changes64(m_handle), sqlite3_last_insert_rowid(m_handle)};
}

} // namespace td
