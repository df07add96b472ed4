#include "storage/PostgresReads.h"

#include <QLocale>
#include <QSqlDriver>
#include <libpq-fe.h>
#include <optional>
#include <vector>

namespace td {

namespace {

// The server's type numbers (pg_type.oid) whose text this path knows.
enum : Oid {
    boolOid = 16,
    byteaOid = 17,
    nameOid = 19,
    int8Oid = 20,
    int2Oid = 21,
    int4Oid = 23,
    textOid = 25,
    oidOid = 26,
    float4Oid = 700,
    float8Oid = 701,
    unknownOid = 705,
    bpcharOid = 1042,
    varcharOid = 1043,
    numericOid = 1700,
};

// How a column's text becomes what Qt's value would read as.
enum class Shape {
    AsIs,
    Real, // shortest exact form, as QVariant(double).toString()
    Boolean,
    Bytes,
};

std::optional<Shape> shapeOf(Oid type)
{
    switch (type) {
    case nameOid:
    case int8Oid:
    case int2Oid:
    case int4Oid:
    case textOid:
    case oidOid:
    case unknownOid:
    case bpcharOid:
    case varcharOid:
        return Shape::AsIs;
    case float4Oid:
    case float8Oid:
    case numericOid: // Qt reads a numeric as a double (QSql::LowPrecisionDouble)
        return Shape::Real;
    case boolOid:
        return Shape::Boolean;
    case byteaOid:
        return Shape::Bytes;
    default:
        return std::nullopt;
    }
}

struct PgResult
{
    PGresult* r = nullptr;
    ~PgResult() { PQclear(r); }
};

class PgRow final : public SqlRow
{
public:
    PgRow(PGresult* r, const std::vector<Shape>& shapes)
        : m_r(r), m_shapes(shapes), m_texts(shapes.size())
    {}
    void at(int row) { m_row = row; }

    bool isNull(int column) const override { return PQgetisnull(m_r, m_row, column) != 0; }
    QByteArrayView text(int column) const override
    {
        if (isNull(column))
            return {};
        const char* raw = PQgetvalue(m_r, m_row, column);
        const qsizetype length = PQgetlength(m_r, m_row, column);
        QByteArray& out = m_texts[static_cast<size_t>(column)];
        switch (m_shapes[static_cast<size_t>(column)]) {
        case Shape::AsIs:
            return QByteArrayView(raw, length);
        case Shape::Real:
            out = QLocale::c()
                      .toString(QByteArray::fromRawData(raw, length).toDouble(), 'g',
                                QLocale::FloatingPointShortest)
                      .toUtf8();
            return out;
        case Shape::Boolean:
            out = raw[0] == 't' ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
            return out;
        case Shape::Bytes: {
            size_t size = 0;
            unsigned char* bytes =
                PQunescapeBytea(reinterpret_cast<const unsigned char*>(raw), &size);
            out = QByteArray(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(size));
            PQfreemem(bytes);
            return out;
        }
        }
        return {};
    }
    double toDouble(int column) const override
    {
        if (isNull(column))
            return 0.0;
        if (m_shapes[static_cast<size_t>(column)] == Shape::Boolean)
            return PQgetvalue(m_r, m_row, column)[0] == 't' ? 1.0 : 0.0;
        return QByteArray::fromRawData(PQgetvalue(m_r, m_row, column),
                                       PQgetlength(m_r, m_row, column))
            .toDouble();
    }

private:
    PGresult* m_r;
    const std::vector<Shape>& m_shapes;
    int m_row = 0;
    mutable std::vector<QByteArray> m_texts;
};

// A binding as libpq's text parameter; false for a kind this path leaves to Qt.
bool asText(const QVariant& v, QByteArray& out, bool& null)
{
    null = v.isNull();
    if (null)
        return true;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        out = v.toString().toLatin1();
        return true;
    case QMetaType::Double:
        out = QByteArray::number(v.toDouble(), 'g', 17);
        return true;
    case QMetaType::QString:
        out = v.toString().toUtf8();
        return true;
    default:
        return false;
    }
}

} // namespace

std::unique_ptr<PostgresReads> PostgresReads::attach(const QSqlDatabase& connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    if (!conn)
        return nullptr;
    return std::unique_ptr<PostgresReads>(new PostgresReads(conn, connection.driver()));
}

void PostgresReads::passOnNotifications()
{
    // The driver's own slot for it (QPSQLDriver::_q_handleNotification, queued as the driver
    // queues it), which reads libpq's pending notifications and emits them.
    if (m_driver && !m_driver->subscribedToNotifications().isEmpty())
        QMetaObject::invokeMethod(m_driver, "_q_handleNotification", Qt::QueuedConnection);
}

QByteArray PostgresReads::numbered(const QString& sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    char quote = 0;
    int n = 0;
    for (char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote closes and opens again: the same text
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    return out;
}

bool PostgresReads::read(const QString& sql, const QVariantList& bindings, const RowVisitor& visit,
                         Status& visited)
{
    if (PQtransactionStatus(m_handle) != PQTRANS_IDLE)
        return false;
    std::vector<QByteArray> texts(static_cast<size_t>(bindings.size()));
    std::vector<const char*> values(static_cast<size_t>(bindings.size()));
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        bool null = false;
        if (!asText(bindings[i], texts[static_cast<size_t>(i)], null))
            return false;
        values[static_cast<size_t>(i)] = null ? nullptr : texts[static_cast<size_t>(i)].constData();
    }
    const QByteArray statement = numbered(sql);
    PgResult result{PQexecParams(m_handle, statement.constData(), static_cast<int>(values.size()),
                                 nullptr, values.data(), nullptr, nullptr, 0)};
    passOnNotifications();
    if (!result.r || PQresultStatus(result.r) != PGRES_TUPLES_OK)
        return false;
    const int columns = PQnfields(result.r);
    std::vector<Shape> shapes;
    shapes.reserve(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        const auto shape = shapeOf(PQftype(result.r, c));
        if (!shape)
            return false;
        shapes.push_back(*shape);
    }
    PgRow row(result.r, shapes);
    const int rows = PQntuples(result.r);
    for (int r = 0; r < rows; ++r) {
        row.at(r);
        visited = visit(row);
        if (!visited.ok())
            break;
    }
    return true;
}

} // namespace td
