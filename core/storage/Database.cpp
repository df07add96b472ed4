#include "storage/Database.h"

#include "audit/Keyring.h"
#include "storage/DataLockGuard.h"
#include "storage/FileOps.h"
#include "storage/KeySlots.h"
#include "storage/LockHolder.h"
#include "storage/Migrations.h"
#include "storage/PostgresReads.h"
#include "storage/ReadQuery.h"
#include "storage/ServerDatabases.h"
#include "storage/TrialFile.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <sqlite3.h>

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
        // NULL is no text, as on SQLite's direct path (a server's NULL number would read "0").
        if (m_q.isNull(column)) {
            out.clear();
            return out;
        }
        const QVariant v = m_q.value(column);
        out = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        return out;
    }
    double toDouble(int column) const override { return m_q.value(column).toDouble(); }

private:
    QSqlQuery& m_q;
    mutable std::vector<QByteArray> m_texts;
};

sqlite3* handleOf(const QSqlDatabase& connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("trialdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QString path, QString connectionName, std::shared_ptr<Clock> clock,
                   std::unique_ptr<SqlDialect> dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_dialect(std::move(dialect)), m_clock(std::move(clock)),
      m_keyring(std::make_unique<Keyring>())
{}

QString Database::settingsKey() const
{
    return m_spec.settingsKey();
}

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

void Database::Unlock::into(Options& options) const
{
    options.user = user;
    options.password = password;
    options.recoveryKey = recoveryKey;
    options.key = key;
}

Result<DataKeyPtr> Database::unlock(const QString& path, const Unlock& with, bool* recovered)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (recovered)
        *recovered = false;
    auto header = CryptVfs::readHeader(path);
    if (!header.ok())
        return makeError(ErrorCode::Database,
                         tr("The file %1 cannot be read as a trial database: it is damaged or "
                            "not a TrialDesk trial file. It was not changed. Restore it from "
                            "a backup. (%2)")
                             .arg(shown, header.message()));
    if (with.key && header->opens(*with.key))
        return with.key;
    if (!with.recoveryKey.isEmpty()) {
        auto key = KeySlots::openWithRecovery(*header, with.recoveryKey);
        TD_TRY(key);
        if (recovered)
            *recovered = true;
        return *key;
    }
    if (with.user.isEmpty())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The trial file %1 is encrypted: it opens only with the user name "
                            "and password of one of its users.")
                             .arg(shown),
                         QStringLiteral("username"));
    auto key = KeySlots::open(*header, with.user, with.password);
    if (!key.ok())
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("The user name or password does not open the encrypted trial "
                            "file %1. Nothing was opened or changed.")
                             .arg(shown),
                         QStringLiteral("password"));
    return *key;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    if (ConnectionSpec::isServerUri(path)) {
        auto spec = ConnectionSpec::parse(path);
        TD_TRY(spec);
        return openServer(*spec, std::move(options));
    }
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    const bool memory = path == QLatin1String(":memory:");
    // Judge the file by its content before SQLite opens it: a connection never creates a file
    // (mode=rw or mode=ro), and only OpenMode::Create makes one, readable by its owner alone.
    bool created = false;
    // Encrypted at rest (docs/encryption.md): the file's own header says so, and a key slot
    // (or the recovery key) gives the data key. A wrong password opens nothing.
    DataKeyPtr dataKey;
    bool openedWithRecovery = false;
    bool headerWritten = false; // an empty file this open gave an encrypted header
    if (!memory && CryptVfs::isEncrypted(file)) {
        Unlock with{options.user, options.password, options.recoveryKey, options.key};
        auto key = unlock(file, with, &openedWithRecovery);
        TD_TRY(key);
        dataKey = *key;
    } else if (!memory && options.encrypt && options.mode == OpenMode::Create) {
        const auto content = TrialFile::contentOf(file);
        if (content == TrialFile::Content::Missing ||
            (content == TrialFile::Content::Empty &&
             QFileInfo(file + QStringLiteral("-wal")).size() == 0)) {
            dataKey = DataKey::random();
            if (!dataKey)
                return makeError(ErrorCode::Database,
                                 tr("Could not make a key for the encrypted trial (libsodium could "
                                    "not lock memory)."));
            created = content == TrialFile::Content::Missing;
            TD_TRY(CryptVfs::createFile(file, *dataKey));
            headerWritten = !created;
        }
    }
    if (!memory && !dataKey) {
        switch (TrialFile::contentOf(file)) {
        case TrialFile::Content::Missing:
            if (options.mode != OpenMode::Create)
                return makeError(
                    ErrorCode::NotFound,
                    tr("The trial file %1 does not exist. Check the name and the folder.")
                        .arg(shown));
            TD_TRY(FileOps::createPrivate(file));
            created = true;
            break;
        case TrialFile::Content::Folder:
            return makeError(
                ErrorCode::Invalid,
                tr("%1 is a folder, not a trial file. Name the trial file.").arg(shown));
        case TrialFile::Content::Empty:
            // A new trial killed before its first checkpoint: its data is in the -wal file.
            if (QFileInfo(file + QStringLiteral("-wal")).size() > 0)
                break;
            if (options.mode != OpenMode::Create)
                return makeError(ErrorCode::Invalid, emptyFileMessage(shown));
            // It is about to hold a trial: its owner's alone, as a file this open creates.
            QFile::setPermissions(file, FileOps::ownerOnly);
            break;
        case TrialFile::Content::Unreadable:
            return makeError(ErrorCode::Invalid,
                             tr("The trial file %1 cannot be read: this user has no permission to "
                                "read it. It was not changed.")
                                 .arg(shown));
        case TrialFile::Content::NotSqlite:
        case TrialFile::Content::WriteAheadLog:
            return makeError(ErrorCode::Database,
                             tr("The file %1 cannot be read as a trial database: it is damaged or "
                                "not a TrialDesk trial file. It was not changed. Restore it from a "
                                "backup.")
                                 .arg(shown));
        case TrialFile::Content::Sqlite:
            break;
        }
    }
    // A file this open created goes again when the open fails.
    struct RemoveUnlessKept
    {
        QString file;
        QString emptied; // an empty file given a header goes back to empty
        bool keep = false;
        ~RemoveUnlessKept()
        {
            if (keep)
                return;
            if (!emptied.isEmpty())
                QFile::resize(emptied, 0);
            if (file.isEmpty())
                return;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(file + QLatin1String(suffix));
        }
    } createdFile{created ? file : QString(), headerWritten ? file : QString()};
    const bool writeProtected = !memory && !created && !FileOps::writable(file);
    const bool readOnly = options.readOnly || writeProtected;
    if (!options.clock)
        options.clock = std::make_shared<SystemClock>();
    std::unique_ptr<Database> db(
        new Database(path, nextConnectionName(), options.clock, std::make_unique<SqliteDialect>()));
    db->m_spec = ConnectionSpec::file(path);
    db->m_readOnly = readOnly;
    db->m_writeProtected = writeProtected;
    if (dataKey) {
        db->m_dataKey = dataKey;
        db->m_grant = std::make_unique<CryptVfs::Grant>(dataKey);
        db->m_openedWithRecovery = openedWithRecovery;
    }
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(db->m_dialect->driver(), db->m_connectionName);
        if (memory) {
            conn.setDatabaseName(path);
        } else {
            // Where SQLite cannot create the -shm file beside a read-only trial, it reads the
            // file as it is (nobody can be writing it: a writer would need that file too).
            const bool immutable = readOnly &&
                                   !QFileInfo(QFileInfo(file).absolutePath()).isWritable() &&
                                   !QFileInfo::exists(file + QStringLiteral("-wal"));
            conn.setConnectOptions(TrialFile::connectOptions(readOnly));
            QString uri = TrialFile::uri(file, readOnly, immutable);
            if (db->m_grant)
                uri += QLatin1Char('&') + db->m_grant->uriParameters();
            conn.setDatabaseName(uri);
        }
        CryptVfs::clearDamage();
        if (!conn.open()) {
            const QString damage = CryptVfs::lastDamage();
            return makeError(ErrorCode::Database,
                             tr("Could not open the trial database %1: %2")
                                 .arg(shown, damage.isEmpty() ? conn.lastError().text() : damage));
        }
        if (db->m_grant)
            TD_TRY(CryptVfs::prepareConnection(handleOf(conn)));
    }
    TD_TRY(finishOpen(*db, options, shown));
    createdFile.keep = true;
    return db;
}

Status Database::finishOpen(Database& db, const Options& options, const QString& shown)
{
    // Read the schema version and the tables before anything writes (the journal mode is a
    // write): a file that is damaged, foreign, locked or newer than this program is refused
    // untouched. The driver's busy handler waits while another writer holds the file; retry a
    // moment past that (a lock that outlasts the handler, as SQLite's recovery can), 5 s in all.
    const Migrations& migrations = options.migrations ? *options.migrations : Migrations::schema();
    const bool readOnly = db.m_readOnly;
    QStringList tables;
    auto inspect = [&]() -> Result<int> {
        auto version = db.schemaVersion();
        TD_TRY(version);
        auto names = db.tableNames();
        TD_TRY(names);
        tables = *names;
        return version;
    };
    QElapsedTimer waited;
    waited.start();
    auto before = inspect();
    while (!before.ok() && waited.elapsed() < 5000 && db.m_lastFailure == SqlFailure::Busy) {
        QThread::msleep(20);
        before = inspect();
    }
    if (!before.ok()) {
        if (db.m_lastFailure == SqlFailure::Busy)
            return db.lockedError();
        const QString damage = db.m_server ? QString() : CryptVfs::lastDamage();
        return makeError(ErrorCode::Database,
                         tr("The file %1 cannot be read as a trial database: it is damaged or not "
                            "a TrialDesk trial file. It was not changed. Restore it from a "
                            "backup. (%2)")
                             .arg(shown, damage.isEmpty() ? before.message() : damage));
    }
    const bool blank = *before == 0 && tables.isEmpty();
    if (blank && options.mode != OpenMode::Create)
        return makeError(ErrorCode::Invalid,
                         db.m_server ? emptyServerMessage(shown) : emptyFileMessage(shown));
    if (*before > migrations.latestVersion())
        return makeError(ErrorCode::Invalid,
                         tr("The trial file %1 was written by a newer TrialDesk (schema version "
                            "%2; this program knows up to %3). It was not changed; open it with "
                            "the newer program.")
                             .arg(shown)
                             .arg(*before)
                             .arg(migrations.latestVersion()));
    // The application's schema (tests bring schemas of their own).
    const bool trialSchema = &migrations == &Migrations::schema();
    if (!blank && trialSchema && (*before == 0 || !TrialFile::hasTrialTables(tables)))
        return makeError(ErrorCode::Invalid,
                         db.m_server ? foreignServerMessage(shown) : foreignFileMessage(shown));
    const bool upgrade = options.mode != OpenMode::AsIs && *before < migrations.latestVersion();
    if (upgrade && readOnly)
        return makeError(
            ErrorCode::Invalid,
            blank ? tr("The file %1 is read-only, so no trial can be created in it.").arg(shown)
                  : tr("The trial file %1 has schema version %2 and must be upgraded to version "
                       "%3 before it can be used, but it is read-only (no write permission on "
                       "the file or its folder). It was not changed.")
                        .arg(shown)
                        .arg(*before)
                        .arg(migrations.latestVersion()));
    // On a server only the tables' owner can upgrade them; a user's own login is told so.
    if (upgrade && !blank && db.m_server)
        TD_TRY(ServerDatabases::requireUpgrader(db, shown, *before, migrations.latestVersion()));
    db.m_direct = SqliteStatements::attach(db.connection());
    TD_TRY(db.configure(!readOnly && options.mode != OpenMode::AsIs));
    // Pages of an encrypted file are decrypted as they are read: a page cache of up to 64 MiB
    // keeps what one query read for the next (docs/encryption.md, "What it costs").
    if (db.m_grant)
        TD_TRY(db.execDirect(QStringLiteral("PRAGMA cache_size = -65536")));
    db.m_versionAtOpen = *before;
    if (upgrade) {
        TD_TRY(migrations.migrate(db));
        db.m_upgraded = true;
    }
    return {};
}

Result<QStringList> Database::tableNames()
{
    QSqlQuery q(connection());
    if (!q.exec(m_dialect->tablesQuery()))
        return sqlError(q, m_dialect->tablesQuery());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<CryptHeader> Database::cryptHeader() const
{
    if (!m_dataKey)
        return makeError(ErrorCode::Invalid, tr("The trial file is not encrypted."));
    return CryptVfs::readOpenHeader(handleOf(connection()));
}

QString Database::cryptUriParameters() const
{
    return m_grant ? m_grant->uriParameters() : QString();
}

Status Database::vacuumInto(const QString& target, const DataKeyPtr& key)
{
    sqlite3* handle = handleOf(connection());
    if (!handle)
        return makeError(ErrorCode::Invalid, tr("This database cannot make a copy of itself."));
    QString uri = TrialFile::uri(target, false);
    std::unique_ptr<CryptVfs::Grant> grant;
    if (key) {
        grant = std::make_unique<CryptVfs::Grant>(key);
        uri += QLatin1Char('&') + grant->uriParameters();
        // A plain trial's copy gets the encrypting VFS's page layout (VACUUM INTO takes the
        // page size and the reserved bytes asked of the main database). The page size first:
        // PRAGMA page_size asks for no reserved bytes.
        TD_TRY(execDirect(QStringLiteral("PRAGMA page_size = %1").arg(CryptVfs::pageSize)));
        int reserve = CryptVfs::reserveBytes;
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    } else {
        // SQLite's own VFS: through the encrypting one, a file without a key is refused.
        const sqlite3_vfs* plain = sqlite3_vfs_find(nullptr);
        if (!plain)
            return makeError(ErrorCode::Invalid, tr("SQLite has no default file system."));
        uri += QStringLiteral("&vfs=") + QString::fromUtf8(plain->zName);
    }
    return execDirect(m_dialect->backupInto(uri));
}

Status Database::changeCryptHeader(const std::function<Status(CryptHeader&)>& change)
{
    if (!m_dataKey)
        return makeError(ErrorCode::Invalid, tr("The trial file is not encrypted."));
    if (m_readOnly)
        return makeError(ErrorCode::Forbidden, readOnlyNote());
    auto header = cryptHeader();
    TD_TRY(header);
    CryptHeader changed = *header;
    TD_TRY(change(changed));
    return CryptVfs::writeOpenHeader(handleOf(connection()), changed);
}

QString Database::emptyFileMessage(const QString& file)
{
    return tr("The file %1 is empty, so it is not a TrialDesk trial. It was not changed. A trial "
              "is created only by \"new\" or \"demo\" (in the window: File > New trial), in a "
              "new file.")
        .arg(file);
}

QString Database::foreignFileMessage(const QString& file)
{
    return tr("The file %1 is an SQLite database but not a TrialDesk trial (it lacks a trial's "
              "tables, such as audit_log). It was not changed: TrialDesk opens only its own "
              "trial files.")
        .arg(file);
}

QString Database::emptyServerMessage(const QString& database)
{
    return tr("The database %1 holds no trial. Nothing was changed. A trial is created on a "
              "server only by \"new\" (trialdesk-cli new --db %1 ...).")
        .arg(database);
}

QString Database::foreignServerMessage(const QString& database)
{
    return tr("The database %1 holds tables but not a TrialDesk trial (it lacks a trial's "
              "tables, such as audit_log). It was not changed: TrialDesk uses only a database of "
              "its own.")
        .arg(database);
}

QString Database::readOnlyNote() const
{
    if (m_server)
        return tr("The database %1 is open for reading only: changes are refused.").arg(m_path);
    const QString file = QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    return m_writeProtected
               ? tr("The trial file %1 is read-only (no write permission on the file or its "
                    "folder): it is open for reading only, and changes are refused.")
                     .arg(file)
               : tr("The trial file %1 is open for reading only: changes are refused.").arg(file);
}

Error Database::lockedError() const
{
    if (m_server)
        return makeError(ErrorCode::Conflict,
                         tr("The database %1 is busy with another client's change. Try again in "
                            "a moment.")
                             .arg(m_path));
    const QString file = QFileInfo(m_path).absoluteFilePath();
    const QString holder = lockHolder(file);
    const QString shown = QDir::toNativeSeparators(file);
    return makeError(ErrorCode::Conflict,
                     holder.isEmpty()
                         ? tr("The trial file %1 is locked by another program. Close the trial "
                              "there, or wait until it is done, then try again.")
                               .arg(shown)
                         : tr("The trial file %1 is locked by %2. Close the trial there, or wait "
                              "until it is done, then try again.")
                               .arg(shown, holder));
}

Status Database::configure(bool setUpFile)
{
    QStringList statements = m_dialect->connectionSetup();
    if (setUpFile)
        statements += m_dialect->fileSetup();
    for (const QString& sql : statements) {
        // Switching a rollback-journal file to WAL needs a moment without writers, and SQLite
        // does not wait for it by itself (no busy handler there): retry for up to 5 s.
        Status s = execDirect(sql);
        for (int attempt = 0; !s.ok() && attempt < 250 && m_lastFailure == SqlFailure::Busy;
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
    m_lastFailure = e.isValid() ? m_dialect->classify(e) : SqlFailure::Other;
    const QString text = e.isValid() ? e.text() : tr("no result");
    if (DataLockGuard::isRefusal(text))
        return DataLockGuard::refusal();
    // A page of an encrypted trial that failed authentication: say which.
    const QString damage = m_dataKey ? CryptVfs::lastDamage() : QString();
    if (m_lastFailure == SqlFailure::Busy && m_server)
        return lockedError();
    return makeError(ErrorCode::Database, tr("The database refused a statement (%1): %2")
                                              .arg(sql.left(80), damage.isEmpty() ? text : damage));
}

Result<QSqlQuery*> Database::exec(const QString& sql, const QVariantList& bindings)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        setUpForReading(*q, *this);
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
    if (m_server && m_depth > 0)
        noteWritten(sql);
    return q;
}

void Database::noteWritten(const QString& sql)
{
    // Which table a statement changes, worked out once per statement text.
    static const QRegularExpression change(
        QStringLiteral("^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    auto known = m_writeTarget.find(sql);
    if (known == m_writeTarget.end()) {
        const auto match = change.match(sql);
        known =
            m_writeTarget.emplace(sql, match.hasMatch() ? match.captured(1).toLower() : QString())
                .first;
    }
    if (!known->second.isEmpty())
        m_writtenTables.insert(known->second);
}

Result<Written> Database::write(const QString& sql, const QVariantList& bindings)
{
    if (m_direct)
        return m_direct->write(sql, bindings);
    if (m_server)
        return writeReturningId(sql, bindings);
    auto q = exec(sql, bindings);
    TD_TRY(q);
    Written w{(*q)->numRowsAffected(), (*q)->lastInsertId().toLongLong()};
    (*q)->finish();
    return w;
}

Result<Written> Database::writeReturningId(const QString& sql, const QVariantList& bindings)
{
    // The server's driver has no rowid to report: an INSERT into a table with an id column
    // gives the new id as its result row (SqlDialect::returningId).
    static const QRegularExpression insertInto(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto match = insertInto.match(sql);
    bool returning = false;
    if (match.hasMatch() && !sql.contains(QStringLiteral("RETURNING"), Qt::CaseInsensitive)) {
        const QString table = match.captured(1).toLower();
        auto known = m_tableHasId.find(table);
        if (known == m_tableHasId.end()) {
            // Every table's answer in one question (the catalogue is slow to ask one by one):
            // asked again only for a table it did not know, such as one an upgrade made since.
            auto withId = exec(QStringLiteral("SELECT table_name FROM information_schema.columns "
                                              "WHERE table_schema = current_schema() AND "
                                              "column_name = 'id'"));
            TD_TRY(withId);
            while ((*withId)->next())
                m_tableHasId[(*withId)->value(0).toString()] = true;
            (*withId)->finish();
            known = m_tableHasId.emplace(table, false).first;
        }
        returning = known->second;
    }
    auto q = exec(returning ? m_dialect->returningId(sql) : sql, bindings);
    TD_TRY(q);
    Written w{(*q)->numRowsAffected(), 0};
    if (returning && (*q)->next())
        w.lastId = (*q)->value(0).toLongLong();
    (*q)->finish();
    return w;
}

Status Database::read(const QString& sql, const QVariantList& bindings, const RowVisitor& visit)
{
    if (m_direct)
        return m_direct->read(sql, bindings, visit);
    // Outside a transaction the server's read goes to libpq (PostgresReads): a statement it
    // does not take, or that fails, has changed nothing and runs again through Qt, which
    // reports a failure as every other statement's.
    if (m_server && m_depth == 0) {
        if (auto pg = PostgresReads::attach(connection())) {
            Status visited;
            if (pg->read(sql, bindings, visit, visited))
                return visited;
        }
    }
    return readThroughQt(sql, bindings, visit);
}

Status Database::readThroughQt(const QString& sql, const QVariantList& bindings,
                               const RowVisitor& visit)
{
    QSqlQuery q = readQuery(*this);
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
