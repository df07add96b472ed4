#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/ConnectionSpec.h"
#include "storage/CryptVfs.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatements.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <unordered_map>

namespace td {

class Keyring;
class Migrations;

// What opening a trial file may do to it. Whatever the mode, a file that is not a TrialDesk
// trial (an empty file in the last two modes, someone else's SQLite database, anything else)
// is refused before anything is written, and so is a trial of a newer schema.
enum class OpenMode {
    Create,  // a missing or empty file becomes a new trial (mode 0600); an older trial upgrades
    Upgrade, // an existing trial only; an older schema is upgraded (commands that change it)
    AsIs,    // an existing trial only, never upgraded or converted (commands that only read)
};

// One open trial database on its own named connection. Opening it applies the connection
// pragmas and brings the schema up to date (OpenMode). A file without write permission (on it
// or on its folder) opens read-only: readOnly() and writeProtected() say so, and every write
// transaction is refused with a message that says why.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        std::shared_ptr<Clock> clock;           // defaults to the system clock
        const Migrations* migrations = nullptr; // defaults to the application's schema
        OpenMode mode = OpenMode::Create;
        bool readOnly = false; // open read-only even when the file could be written
        // Encryption at rest (docs/encryption.md). `encrypt`: a file that OpenMode::Create
        // makes is encrypted (ignored for an existing trial). An encrypted file opens with the
        // key slot of `user` and `password`, with `recoveryKey`, or with `key` itself (tests,
        // conversions); a plain file ignores them. A server database whose URI names no user
        // signs in to the server as `user` with `password` (docs/postgresql.md).
        bool encrypt = false;
        QString user;
        QString password;
        QString recoveryKey;
        DataKeyPtr key;
    };

    // `path` is a file, or a server database's URI (ConnectionSpec::isServerUri).
    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    // What opens an encrypted file (a trial or a backup of one): the key slot of `user` and
    // `password`, the recovery key, or the key itself. Options carry the same for open().
    struct Unlock
    {
        QString user;
        QString password;
        QString recoveryKey;
        DataKeyPtr key;
        bool any() const { return key || !recoveryKey.isEmpty() || !user.isEmpty(); }
        void into(Options& options) const;
    };
    // The data key of the encrypted file `path` (the one rule open() follows): refused with
    // AuthenticationFailed when nothing given opens it (`recovered` says the recovery key did).
    static Result<DataKeyPtr> unlock(const QString& path, const Unlock& with,
                                     bool* recovered = nullptr);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Options{});
    }
    // A file or a PostgreSQL database; the dialect follows the kind. On a server,
    // OpenMode::Create also creates a database that is missing (with the server credentials
    // libpq finds), and encryption at rest is the server's, not TrialDesk's.
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec& spec, Options options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file, or for a server database its URI without a password (what the user is shown).
    const QString& path() const { return m_path; }
    // A PostgreSQL database rather than a file: nothing may treat path() as a file then.
    bool isServer() const { return m_server; }
    // What names this database whoever opened it (ConnectionSpec::settingsKey): the key of
    // what the computer remembers of the trial, such as its backup settings.
    QString settingsKey() const;
    // A server database's address without the password (host, port, database, the login's
    // user and the TLS settings); a file's spec is its path.
    const ConnectionSpec& spec() const { return m_spec; }
    const SqlDialect& dialect() const { return *m_dialect; }
    const Clock& clock() const { return *m_clock; }
    std::shared_ptr<Clock> clockPtr() const { return m_clock; }
    // Replaces the clock (the demo generator replays a trial's history on a simulated clock).
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }
    Result<int> schemaVersion() const;
    // The schema version the file had before this open upgraded it (0 for a new file).
    int versionAtOpen() const { return m_versionAtOpen; }
    // Whether this open upgraded the schema (or created it).
    bool upgraded() const { return m_upgraded; }
    // Opened read-only: asked for, or the file cannot be written (writeProtected()).
    bool readOnly() const { return m_readOnly; }
    bool writeProtected() const { return m_writeProtected; }
    // Encrypted at rest (CryptVfs): dataKey() is the trial's key, in guarded memory.
    bool encrypted() const { return m_dataKey != nullptr; }
    const DataKeyPtr& dataKey() const { return m_dataKey; }
    // Opened with the recovery key instead of a password (the caller records it).
    bool openedWithRecoveryKey() const { return m_openedWithRecovery; }
    // The header of an encrypted trial, and a change of its key slots: `change` edits a copy,
    // which replaces the older header copy and is synced before this returns. Refused for a
    // plain or read-only trial.
    Result<CryptHeader> cryptHeader() const;
    Status changeCryptHeader(const std::function<Status(CryptHeader&)>& change);
    // "vfs=trialdesk-crypt&tdkey=TOKEN" for a file written under this trial's key (a backup's
    // VACUUM INTO); empty for a plain trial.
    QString cryptUriParameters() const;
    // Writes a copy of the whole database into the file `target` by VACUUM INTO (a consistent
    // snapshot). With `key`, `target` must already hold an encrypted header for that key and
    // the copy's pages are sealed under it (4096-byte pages, 40 reserved bytes); without, the
    // copy is plain, whatever this trial is, and `target` must be an empty file.
    Status vacuumInto(const QString& target, const DataKeyPtr& key);
    // "The trial file ... is read-only ...": what the window and the command line tell the
    // user when writeProtected(), and the reason a write is refused.
    QString readOnlyNote() const;
    // The error of a write refused because another program holds the file, naming that
    // program where the system tells it.
    Error lockedError() const;

    // Runs one statement with positional bindings. SELECTs return the positioned-before-first
    // query; statements are prepared once per connection and reused, so a result stays valid
    // only until the same SQL text runs again (read it fully, or finish(), before that).
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& bindings = {});
    // Runs an INSERT, UPDATE or DELETE and says how many rows it wrote and the last inserted
    // id. On SQLite it bypasses QSqlQuery (SqliteStatements); the row reads back the same.
    Result<Written> write(const QString& sql, const QVariantList& bindings = {});
    // Runs a SELECT and calls `visit` for each row, read in place (on SQLite through its C
    // API, several times faster than QSqlQuery for a large result such as an export).
    Status read(const QString& sql, const QVariantList& bindings, const RowVisitor& visit);
    // The same through QSqlQuery, whatever the driver (the reference read() is tested against).
    Status readThroughQt(const QString& sql, const QVariantList& bindings, const RowVisitor& visit);
    // The first column of the first row, or NotFound.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {});
    // Runs a statement that is not worth caching (DDL, pragmas).
    Status execDirect(const QString& sql);

    // Transaction bookkeeping for Transaction (nesting uses savepoints).
    int transactionDepth() const { return m_depth; }
    int& transactionDepthRef() { return m_depth; }
    // Per-transaction cache owned by the audit log (last id and hash of the chain).
    struct AuditTail
    {
        bool valid = false;
        qint64 id = 0;
        QByteArray hash;
        // Rows were appended in this transaction, the last by `writer`: its commit signs them.
        bool appended = false;
        QString writer;
        QString at;           // the time of the last row (ISO 8601 UTC with milliseconds)
        bool compact = false; // new rows are written in the compact format (AuditLog)
        // On a server whose logins may not INSERT into the trail: rows go through
        // td_audit_append (docs/postgresql.md).
        bool throughServer = false;
    };
    AuditTail& auditTail() { return m_auditTail; }
    // The signing keys of the users signed in on this database (audit/Keyring.h).
    Keyring& keyring() { return *m_keyring; }

    Error sqlError(const QSqlQuery& query, const QString& sql) const;
    // What the last refused statement's error meant (SqlDialect::classify), for callers that
    // wait and retry or name another program.
    SqlFailure lastFailure() const { return m_lastFailure; }
    // The tables the open write transaction changed (on a server; exec() and write() note
    // them): its commit announces them to the other clients (LiveUpdates).
    QSet<QString>& writtenTables() { return m_writtenTables; }

private:
    Database(QString path, QString connectionName, std::shared_ptr<Clock> clock,
             std::unique_ptr<SqlDialect> dialect);
    static Result<std::unique_ptr<Database>> openServer(const ConnectionSpec& spec,
                                                        Options options);
    // After the connection opened: the schema is judged before anything is written, then
    // the connection is set up and the schema brought up to date (OpenMode).
    static Status finishOpen(Database& db, const Options& options, const QString& shown);
    Result<QStringList> tableNames();
    Result<Written> writeReturningId(const QString& sql, const QVariantList& bindings);
    void noteWritten(const QString& sql);
    Status configure(bool setUpFile);
    static QString emptyFileMessage(const QString& file);
    static QString foreignFileMessage(const QString& file);
    static QString emptyServerMessage(const QString& database);
    static QString foreignServerMessage(const QString& database);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    std::shared_ptr<Clock> m_clock;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::unique_ptr<SqliteStatements> m_direct; // SQLite only: write() and read() go direct
    int m_depth = 0;
    int m_versionAtOpen = 0;
    bool m_upgraded = false;
    bool m_readOnly = false;
    bool m_writeProtected = false;
    AuditTail m_auditTail;
    std::unique_ptr<Keyring> m_keyring;
    DataKeyPtr m_dataKey;
    std::unique_ptr<CryptVfs::Grant> m_grant; // outlives the connection (~Database)
    bool m_openedWithRecovery = false;
    bool m_server = false;
    ConnectionSpec m_spec;
    mutable SqlFailure m_lastFailure = SqlFailure::Other;
    std::unordered_map<QString, bool> m_tableHasId;     // server INSERTs: RETURNING id or not
    std::unordered_map<QString, QString> m_writeTarget; // server: the table a statement changes
    QSet<QString> m_writtenTables;
};

} // namespace td
