#include "exchange/TrialEncryption.h"

#include "access/Role.h"
#include "access/UserRepository.h"
#include "audit/AuditLog.h"
#include "exchange/BackupService.h"
#include "storage/CryptVfs.h"
#include "storage/Database.h"
#include "storage/FileOps.h"
#include "storage/KeySlots.h"
#include "storage/Transaction.h"
#include "storage/TrialFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace td {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// An empty file of the owner's alone beside `near`, under a name no listing matches.
Result<QString> reserveBeside(const QString& near, const QString& infix)
{
    const QFileInfo info(near);
    QTemporaryFile reserve(
        info.absoluteDir().filePath(QStringLiteral(".%1.%2-XXXXXX").arg(info.fileName(), infix)));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return makeError(ErrorCode::Invalid, TrialEncryption::tr("Cannot create a file in %1: %2")
                                                 .arg(QDir::toNativeSeparators(info.absolutePath()),
                                                      reserve.errorString()));
    return reserve.fileName();
}

// Removes a temporary file and whatever SQLite kept beside it, unless kept.
struct Scratch
{
    QString file;
    bool keep = false;
    ~Scratch()
    {
        if (keep || file.isEmpty())
            return;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(file + QLatin1String(suffix));
    }
};

// The tables of a trial with their row counts, "name=count" in name order.
Result<QStringList> rowCounts(Database& db)
{
    QStringList tables;
    TD_TRY(db.read(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%' ORDER BY name"),
                   {}, [&](const SqlRow& row) -> Status {
                       tables << QString::fromUtf8(row.text(0));
                       return {};
                   }));
    QStringList out;
    for (const QString& table : tables) {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table));
        TD_TRY(n);
        out << QStringLiteral("%1=%2").arg(table).arg(n->toLongLong());
    }
    return out;
}

Status audit(Database& db, const Actor& actor, const QString& action, const QString& file)
{
    Transaction tx(db);
    TD_TRY(tx.status());
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("database");
    entry.field = QStringLiteral("file");
    entry.newValue = file;
    TD_TRY(AuditLog::record(db, actor, entry));
    return tx.commit();
}

} // namespace

Result<QStringList> TrialEncryption::encrypt(std::unique_ptr<Database> plain, const Actor& admin,
                                             const QString& password)
{
    Database& db = *plain;
    TD_TRY(Access::require(admin, Permission::ManageUsers));
    const QString path = QFileInfo(db.path()).absoluteFilePath();
    if (db.encrypted())
        return makeError(ErrorCode::Conflict,
                         tr("%1 is encrypted already; nothing was changed.").arg(shown(path)));
    if (db.readOnly())
        return makeError(ErrorCode::Conflict,
                         tr("%1 cannot be encrypted now; nothing was changed. %2")
                             .arg(shown(path), db.readOnlyNote()));
    auto failed = [&](const QString& why) {
        return makeError(
            ErrorCode::Database,
            tr("%1 was not encrypted, and it was not changed: %2").arg(shown(path), why));
    };
    const DataKeyPtr key = DataKey::random();
    if (!key)
        return failed(tr("libsodium could not lock memory for the key."));
    auto made = CryptHeader::make(*key);
    TD_TRY(made);
    CryptHeader header = *made;
    TD_TRY(KeySlots::addPassword(header, *key, admin.username, password));

    auto reserved = reserveBeside(path, QStringLiteral("encrypting"));
    TD_TRY(reserved);
    Scratch scratch{*reserved};
    if (Status s = CryptVfs::createFile(scratch.file, header); !s.ok())
        return failed(s.message());
    auto changesBefore = db.scalar(QStringLiteral("PRAGMA data_version"));
    TD_TRY(changesBefore);
    if (Status s = db.vacuumInto(scratch.file, key); !s.ok())
        return failed(s.message());
    if (Status s = BackupService::verify(scratch.file, key); !s.ok())
        return failed(s.message());
    auto plainRows = rowCounts(db);
    TD_TRY(plainRows);
    QStringList others;
    {
        Database::Options options;
        options.mode = OpenMode::AsIs;
        options.key = key;
        auto copy = Database::open(scratch.file, options);
        if (!copy.ok())
            return failed(copy.message());
        auto copyRows = rowCounts(**copy);
        TD_TRY(copyRows);
        if (*copyRows != *plainRows)
            return failed(tr("the encrypted copy does not hold the same rows."));
        UserRepository users(**copy);
        auto signedIn = users.login(admin.username, password);
        if (!signedIn.ok())
            return failed(signedIn.message());
        TD_TRY(audit(**copy, *signedIn, QStringLiteral("encrypted"), path));
        TD_TRY((*copy)->read(QStringLiteral("SELECT username FROM users WHERE active = 1 AND "
                                            "username <> ? ORDER BY username"),
                             {admin.username}, [&](const SqlRow& row) -> Status {
                                 others << QString::fromUtf8(row.text(0));
                                 return {};
                             }));
    }
    // Nobody else may have written the plain trial meanwhile: their rows would be lost.
    auto changesAfter = db.scalar(QStringLiteral("PRAGMA data_version"));
    TD_TRY(changesAfter);
    if (*changesAfter != *changesBefore)
        return failed(tr("the trial changed while it was being encrypted (it is open elsewhere). "
                         "Close it everywhere and try again."));
    // The plain file closes first (its log is written back and removed), then the encrypted
    // one takes its name in one step.
    plain.reset();
    for (const char* suffix : {"-wal", "-shm"})
        if (QFileInfo(path + QLatin1String(suffix)).size() > 0)
            return failed(tr("the trial is still open elsewhere (%1 remains).")
                              .arg(shown(path + QLatin1String(suffix))));
    FileOps::sync(scratch.file);
    TD_TRY(FileOps::place(scratch.file, path, true));
    scratch.keep = true;
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return others;
}

Status TrialEncryption::decryptCopy(Database& db, const Actor& admin, const QString& out)
{
    TD_TRY(Access::require(admin, Permission::ManageUsers));
    if (!db.encrypted())
        return makeError(
            ErrorCode::Invalid,
            tr("%1 is not encrypted; copy it, or make a backup, instead.").arg(shown(db.path())));
    if (db.readOnly())
        return makeError(ErrorCode::Conflict,
                         tr("A plain copy is recorded in the trial's audit trail, which cannot be "
                            "written now, so none was made. %1")
                             .arg(db.readOnlyNote()));
    const QFileInfo info(out);
    if (info.exists() || info.isSymLink())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; a plain copy never overwrites a file. Name a new "
                            "file.")
                             .arg(shown(out)));
    if (!info.absoluteDir().exists())
        return makeError(
            ErrorCode::NotFound,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    auto reserved = reserveBeside(out, QStringLiteral("decrypting"));
    TD_TRY(reserved);
    Scratch scratch{*reserved};
    if (Status s = db.vacuumInto(scratch.file, {}); !s.ok())
        return makeError(ErrorCode::Database,
                         tr("The plain copy to %1 failed: %2").arg(shown(out), s.message()));
    if (Status s = BackupService::verify(scratch.file); !s.ok())
        return makeError(ErrorCode::Invalid,
                         tr("The plain copy to %1 failed its check, so it was not kept: %2")
                             .arg(shown(out), s.message()));
    FileOps::sync(scratch.file);
    TD_TRY(FileOps::place(scratch.file, info.absoluteFilePath(), false));
    scratch.keep = true;
    return audit(db, admin, QStringLiteral("decrypted_copy"), info.absoluteFilePath());
}

} // namespace td
