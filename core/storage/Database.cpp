#include "storage/Database.h"

#include "audit/Keyring.h"
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace td {

namespace {
// A row of a QSqlQuery, each value converted on demand as QVariant::toString() gives it.
class QueryRow final : public SqlRow
{
public:
    explicit QueryRow(QSqlQuery& q) : m_q(q) {}
    bool isNull(int column) const override { return m_q.isNull(column); }
    QByteArrayView text(int column) const override
    {
        if (static_cast<size_t>(column) >= m_texts.size())
            m_texts.resize(static_cast<size_t>(column) + 1);
        QByteArray& out = m_texts[static_cast<size_t>(column)];
        const QVariant v = m_q.value(column);
        out = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        return out;
    }
    double toDouble(int column) const override { return m_q.value(column).toDouble(); }

private:
    QSqlQuery& m_q;
    mutable std::vector<QByteArray> m_texts;
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("trialdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QString path, QString connectionName, std::shared_ptr<Clock> clock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_dialect(std::make_unique<SqliteDialect>()), m_clock(std::move(clock)),
      m_keyring(std::make_unique<Keyring>())
{}

Database::~Database()
{
    m_prepared.clear();
    m_direct.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    if (!options.create && !QFileInfo::exists(path))
        return makeError(
            ErrorCode::NotFound,
            tr("The trial file %1 does not exist. Check the name and the folder.").arg(file));
    if (!options.clock)
        options.clock = std::make_shared<SystemClock>();
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), options.clock));
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(db->m_dialect->driver(), db->m_connectionName);
        conn.setDatabaseName(path);
        if (!conn.open())
            return makeError(
                ErrorCode::Database,
                tr("Could not open the trial database %1: %2").arg(file, conn.lastError().text()));
    }
    // Read the schema version before anything writes (the journal mode is a write): a file
    // that is damaged, foreign, locked or newer than this program is refused untouched.
    // The driver's busy handler waits while another writer holds the file; retry a moment
    // past that (a lock that outlasts the handler, as SQLite's recovery can), 5 s in all.
    QElapsedTimer waited;
    waited.start();
    auto before = db->schemaVersion();
    while (!before.ok() && waited.elapsed() < 5000 &&
           (before.message().contains(QStringLiteral("locked")) ||
            before.message().contains(QStringLiteral("busy")))) {
        QThread::msleep(20);
        before = db->schemaVersion();
    }
    if (!before.ok()) {
        if (before.message().contains(QStringLiteral("locked")))
            return makeError(ErrorCode::Conflict,
                             tr("The trial file %1 is locked by another program. Close the "
                                "trial there, then open it again.")
                                 .arg(file));
        return makeError(ErrorCode::Database,
                         tr("The file %1 cannot be read as a trial database: it is damaged or "
                            "not a TrialDesk trial file. It was not changed. Restore it from a "
                            "backup. (%2)")
                             .arg(file, before.message()));
    }
    const Migrations& migrations = options.migrations ? *options.migrations : Migrations::schema();
    if (*before > migrations.latestVersion())
        return makeError(ErrorCode::Invalid,
                         tr("The trial file %1 was written by a newer TrialDesk (schema version "
                            "%2; this program knows up to %3). It was not changed; open it with "
                            "the newer program.")
                             .arg(file)
                             .arg(*before)
                             .arg(migrations.latestVersion()));
    db->m_direct = SqliteStatements::attach(db->connection());
    TD_TRY(db->configure());
    db->m_versionAtOpen = *before;
    TD_TRY(migrations.migrate(*db));
    return db;
}

Status Database::configure()
{
    for (const QString& sql : m_dialect->connectionSetup()) {
        // Switching a rollback-journal file to WAL needs a moment without writers, and SQLite
        // does not wait for it by itself (no busy handler there): retry for up to 5 s.
        Status s = execDirect(sql);
        for (int attempt = 0;
             !s.ok() && attempt < 250 && s.message().contains(QStringLiteral("locked"));
             ++attempt) {
            QThread::msleep(20);
            s = execDirect(sql);
        }
        TD_TRY(s);
    }
    return {};
}

Result<int> Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(m_dialect->schemaVersionQuery()) || !q.next())
        return sqlError(q, m_dialect->schemaVersionQuery());
    return q.value(0).toInt();
}

Error Database::sqlError(const QSqlQuery& query, const QString& sql) const
{
    const QSqlError e = query.lastError();
    const QString text = e.isValid() ? e.text() : tr("no result");
    return makeError(ErrorCode::Database,
                     tr("The database refused a statement (%1): %2").arg(sql.left(80), text));
}

Result<QSqlQuery*> Database::exec(const QString& sql, const QVariantList& bindings)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return sqlError(*q, sql);
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery* q = it->second.get();
    q->finish();
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q->bindValue(static_cast<int>(i), bindings[i]);
    if (!q->exec())
        return sqlError(*q, sql);
    return q;
}

Result<Written> Database::write(const QString& sql, const QVariantList& bindings)
{
    if (m_direct)
        return m_direct->write(sql, bindings);
    auto q = exec(sql, bindings);
    TD_TRY(q);
    Written w{(*q)->numRowsAffected(), (*q)->lastInsertId().toLongLong()};
    (*q)->finish();
    return w;
}

Status Database::read(const QString& sql, const QVariantList& bindings, const RowVisitor& visit)
{
    if (m_direct)
        return m_direct->read(sql, bindings, visit);
    return readThroughQt(sql, bindings, visit);
}

Status Database::readThroughQt(const QString& sql, const QVariantList& bindings,
                               const RowVisitor& visit)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, sql);
    for (qsizetype i = 0; i < bindings.size(); ++i)
        q.bindValue(static_cast<int>(i), bindings[i]);
    if (!q.exec())
        return sqlError(q, sql);
    QueryRow row(q);
    while (q.next())
        TD_TRY(visit(row));
    if (q.lastError().isValid())
        return sqlError(q, sql);
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& bindings)
{
    auto q = exec(sql, bindings);
    TD_TRY(q);
    if (!(*q)->next()) {
        (*q)->finish();
        return makeError(ErrorCode::NotFound, tr("No matching record was found."));
    }
    QVariant v = (*q)->value(0);
    (*q)->finish();
    return v;
}

Status Database::execDirect(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, sql);
    return {};
}

} // namespace td
