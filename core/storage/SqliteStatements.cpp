#include "storage/SqliteStatements.h"

#include "storage/DataLockGuard.h"

#include <QDateTime>
#include <QLocale>
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
    if (DataLockGuard::isRefusal(QString::fromUtf8(sqlite3_errmsg(m_handle))))
        return DataLockGuard::refusal();
    return makeError(ErrorCode::Database,
                     tr("The database refused a statement (%1): %2")
                         .arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

Result<sqlite3_stmt*> SqliteStatements::prepare(const QString& sql, const QVariantList& bindings,
                                                bool& owned)
{
    auto compile = [&](sqlite3_stmt** stmt, unsigned flags) {
        if (sqlite3_prepare16_v3(m_handle, sql.constData(), static_cast<int>(sql.size() * 2), flags,
                                 stmt, nullptr) == SQLITE_OK)
            return true;
        sqlite3_finalize(*stmt);
        return false;
    };
    owned = false;
    sqlite3_stmt* stmt = nullptr;
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        if (!compile(&stmt, SQLITE_PREPARE_PERSISTENT))
            return refused(sql);
        m_prepared.emplace(sql, stmt);
    } else if (sqlite3_stmt_busy(it->second)) {
        // The same statement is being read further up the stack: use a fresh one.
        if (!compile(&stmt, 0))
            return refused(sql);
        owned = true;
    } else {
        stmt = it->second;
    }
    auto release = [&] {
        if (owned)
            sqlite3_finalize(stmt);
        else
            sqlite3_clear_bindings(stmt);
    };
    if (sqlite3_bind_parameter_count(stmt) != bindings.size()) {
        const int wanted = sqlite3_bind_parameter_count(stmt);
        release();
        return makeError(ErrorCode::Database, tr("The statement (%1) takes %2 values, not %3.")
                                                  .arg(sql.left(80))
                                                  .arg(wanted)
                                                  .arg(bindings.size()));
    }
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
        // The bindings outlive the statement's use: their bytes are bound in place (constData,
        // never utf16(), which may reallocate a string to terminate it).
        case QMetaType::QByteArray: {
            const auto* bytes = static_cast<const QByteArray*>(v.constData());
            rc = sqlite3_bind_blob(stmt, at, bytes->constData(), static_cast<int>(bytes->size()),
                                   SQLITE_STATIC);
            break;
        }
        case QMetaType::QString: {
            const auto* text = static_cast<const QString*>(v.constData());
            rc = sqlite3_bind_text16(stmt, at, text->constData(),
                                     static_cast<int>(text->size() * 2), SQLITE_STATIC);
            break;
        }
        default: { // as text, like Qt's driver (an unsigned 64-bit value too); SQLite copies it
            const QString text = v.typeId() == QMetaType::QDateTime
                                     ? v.toDateTime().toString(Qt::ISODateWithMs)
                                     : v.toString();
            rc = sqlite3_bind_text16(stmt, at, text.constData(), static_cast<int>(text.size() * 2),
                                     SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc != SQLITE_OK) {
        Error error = refused(sql);
        release();
        return error;
    }
    return stmt;
}

Result<Written> SqliteStatements::write(const QString& sql, const QVariantList& bindings)
{
    bool owned = false;
    auto prepared = prepare(sql, bindings, owned);
    TD_TRY(prepared);
    sqlite3_stmt* stmt = *prepared;
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(stmt);
    const bool done = rc == SQLITE_DONE;
    Error error = done ? Error{} : refused(sql);
    const Written written{sqlite3_changes64(m_handle), sqlite3_last_insert_rowid(m_handle)};
    if (owned) {
        sqlite3_finalize(stmt);
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    if (!done)
        return error;
    return written;
}

namespace {
// A row of a statement being stepped; real numbers are formatted as QVariant(double) would be.
class SqliteRow final : public SqlRow
{
public:
    explicit SqliteRow(sqlite3_stmt* stmt) : m_stmt(stmt) {}

    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }
    QByteArrayView text(int column) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL:
            return {};
        // Numbers are formatted here, not by sqlite3_column_text: SQLite would convert the
        // value in place (its type is then undefined) and write 2.0 where Qt writes 2.
        case SQLITE_INTEGER:
            return scratch(column).setNum(sqlite3_column_int64(m_stmt, column));
        case SQLITE_FLOAT:
            return scratch(column).setNum(sqlite3_column_double(m_stmt, column), 'g',
                                          QLocale::FloatingPointShortest);
        case SQLITE_BLOB:
            return QByteArrayView(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                  sqlite3_column_bytes(m_stmt, column));
        default: {
            const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
            return QByteArrayView(bytes, sqlite3_column_bytes(m_stmt, column));
        }
        }
    }
    double toDouble(int column) const override
    {
        return sqlite3_column_type(m_stmt, column) == SQLITE_TEXT
                   ? text(column).toDouble()
                   : sqlite3_column_double(m_stmt, column);
    }

private:
    QByteArray& scratch(int column) const
    {
        if (static_cast<size_t>(column) >= m_numbers.size())
            m_numbers.resize(static_cast<size_t>(column) + 1);
        return m_numbers[static_cast<size_t>(column)];
    }

    sqlite3_stmt* m_stmt;
    mutable std::vector<QByteArray> m_numbers;
};
} // namespace

Status SqliteStatements::read(const QString& sql, const QVariantList& bindings,
                              const RowVisitor& visit)
{
    bool owned = false;
    auto prepared = prepare(sql, bindings, owned);
    TD_TRY(prepared);
    sqlite3_stmt* stmt = *prepared;
    SqliteRow row(stmt);
    Status status;
    int rc = SQLITE_ROW;
    while (status.ok() && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        status = visit(row);
    if (status.ok() && rc != SQLITE_DONE)
        status = refused(sql);
    if (owned) {
        sqlite3_finalize(stmt);
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    return status;
}

} // namespace td
