// trialdesk-cli export / backup / restore. Signing in: CliSignIn.

#include "CliCommands.h"
#include "CliSignIn.h"
#include "audit/BackupManifest.h"
#include "exchange/BackupService.h"
#include "exchange/ExportFormats.h"
#include "exchange/ExportService.h"
#include "instruments/TrialDatabase.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace td::cli {

namespace {

class CliExchange
{
    Q_DECLARE_TR_FUNCTIONS(CliExchange)
};

// The value of every listed option must be present; unknown options are refused.
bool checkArgs(const QStringList& args, const QStringList& valued, const QStringList& flags,
               const QStringList& required)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (valued.contains(args[i]) && i + 1 < args.size()) {
            ++i;
        } else if (!flags.contains(args[i])) {
            printError(CliExchange::tr("Unexpected argument \"%1\"; allowed: %2.")
                           .arg(args[i], (valued + flags).join(QStringLiteral(", "))));
            return false;
        }
    }
    for (const QString& r : required)
        if (option(args, r).isEmpty()) {
            printError(CliExchange::tr("%1 is required.").arg(r));
            return false;
        }
    return true;
}

} // namespace

int runExport(const QStringList& args)
{
    if (!checkArgs(
            args,
            {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--format"),
             QStringLiteral("--out"), QStringLiteral("--language")},
            {QStringLiteral("--blinded"), QStringLiteral("--force"), QStringLiteral("--umask")},
            {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--format"),
             QStringLiteral("--out")})) {
        printError(CliExchange::tr(
                       "usage: trialdesk-cli export --db FILE --user NAME --format %1 --out PATH "
                       "[--blinded] [--force] [--umask] [--language en|nb]\n"
                       "  The export is written to a new file, readable by you only (mode 0600).\n"
                       "  --language  value labels in English (the default) or norsk bokmål\n"
                       "  --force   replace an existing file (never a trial, a backup or a\n"
                       "            database's journal)\n"
                       "  --umask   give the file the permissions of your umask instead, as other\n"
                       "            programs do (usually readable by everyone)")
                       .arg(ExportFormats::keys().join(QLatin1Char('|'))));
        return 2;
    }
    const QString formatKey = option(args, QStringLiteral("--format"));
    const ExportFormat* format = ExportFormats::find(formatKey);
    if (!format) {
        printError(CliExchange::tr("Unknown export format \"%1\"; allowed: %2.")
                       .arg(formatKey, ExportFormats::keys().join(QStringLiteral(", "))));
        return 2;
    }
    // Value labels (sites, arms, visits, instruments, bands, answers) in the chosen language.
    const QString language = option(args, QStringLiteral("--language"));
    if (!language.isEmpty() && language != QStringLiteral("en") &&
        language != QStringLiteral("nb")) {
        printError(CliExchange::tr("Unknown language \"%1\"; allowed: en, nb.").arg(language));
        return 2;
    }
    if (!language.isEmpty())
        QLocale::setDefault(language == QStringLiteral("nb")
                                ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    ExportOptions options;
    options.blinded = args.contains(QStringLiteral("--blinded"));
    options.file.replace = args.contains(QStringLiteral("--force"));
    options.file.followUmask = args.contains(QStringLiteral("--umask"));
    const QString dbPath = option(args, QStringLiteral("--db"));
    const QString out = option(args, QStringLiteral("--out"));
    // The target first: a refused one leaves the trial as it was, without even a sign-in row.
    if (Status s = ExportFile::checkTarget(out, dbPath, options.file); !s.ok()) {
        printError(s.message());
        return 1;
    }
    auto db = openTrial(dbPath, TrialUse::Read, true);
    if (!db.ok()) {
        printError(db.message());
        return 1;
    }
    auto actor = signIn(**db, args);
    if (!actor.ok()) {
        printError(actor.message());
        return 1;
    }
    auto done = ExportService(**db).exportTo(*actor, *format, out, options);
    if (!done.ok()) {
        printError(done.message());
        return 1;
    }
    printOut(CliExchange::tr("Exported %1 rows (%2%3) to %4")
                 .arg(done->rows)
                 .arg(formatKey, done->withArms ? QString() : CliExchange::tr(", without arms"),
                      done->path));
    if (!done->companions.isEmpty())
        printOut(CliExchange::tr("Beside it, to load it with labels: %1")
                     .arg(done->companions.join(QStringLiteral(", "))));
    // An analysis export is plaintext by nature (docs/encryption.md).
    if ((*db)->encrypted())
        printError(CliExchange::tr("Note: %1 is not encrypted, although the trial is: it is "
                                   "plaintext for analysis programs. Keep it where only those "
                                   "who may read the trial's data can read it.")
                       .arg(done->path));
    return 0;
}

int runBackup(const QStringList& args)
{
    if (!checkArgs(args,
                   {QStringLiteral("--db"), QStringLiteral("--out"), QStringLiteral("--user"),
                    QStringLiteral("--keep")},
                   {}, {QStringLiteral("--db"), QStringLiteral("--out")})) {
        printError(CliExchange::tr("usage: trialdesk-cli backup --db FILE --out PATH (a new "
                                   "file, or a folder: then --keep N, default 10)\n"
                                   "  A backup is readable by you only (mode 0600). In a folder it "
                                   "is named\n"
                                   "  TRIAL-YYYYMMDDTHHMMSSZ.sqlite once verified; only such "
                                   "complete backups\n"
                                   "  count towards --keep, and only they are deleted."));
        return 2;
    }
    const QString out = option(args, QStringLiteral("--out"));
    const QString keepText = option(args, QStringLiteral("--keep"));
    bool keepOk = true;
    const int keep = keepText.isEmpty() ? 10 : keepText.toInt(&keepOk);
    if (!keepOk || keep < 1) {
        printError(CliExchange::tr("--keep must be a whole number of at least 1."));
        return 2;
    }
    if (!QFileInfo(out).isDir()) {
        if (Status s = BackupService::checkTarget(out); !s.ok()) {
            printError(s.message());
            return 1;
        }
    }
    // The trial as it is (a backup before an upgrade is a good idea); the backup is audited.
    auto db = openTrial(option(args, QStringLiteral("--db")), TrialUse::Inspect, true);
    if (!db.ok()) {
        printError(db.message());
        return 1;
    }
    auto actor = signIn(**db, args);
    if (!actor.ok()) {
        printError(actor.message());
        return 1;
    }
    QString written = out;
    if (QFileInfo(out).isDir()) {
        auto r = BackupService::backupRotating(**db, *actor, out, keep);
        if (!r.ok()) {
            printError(r.message());
            return 1;
        }
        written = *r;
    } else if (Status s = BackupService::backup(**db, *actor, out); !s.ok()) {
        printError(s.message());
        return 1;
    }
    printOut(CliExchange::tr("Backup written and verified: %1").arg(written));
    return 0;
}

namespace {
// What opens an encrypted backup: the user name and password of this run (those of one of the
// backup's users), or with --recovery-key the trial's recovery key (TRIALDESK_RECOVERY_KEY or
// a prompt). Nothing for a plain backup.
Database::Unlock backupUnlock(const QString& from, const QStringList& args)
{
    Database::Unlock unlock;
    if (!CryptVfs::isEncrypted(from))
        return unlock;
    if (args.contains(QStringLiteral("--recovery-key"))) {
        unlock.recoveryKey = qEnvironmentVariable("TRIALDESK_RECOVERY_KEY");
        if (unlock.recoveryKey.isEmpty())
            unlock.recoveryKey = readLine(CliExchange::tr("Recovery key of the backup: "), true);
        return unlock;
    }
    const TrialCredentials c = trialCredentials();
    unlock.user = c.user;
    unlock.password = c.password;
    return unlock;
}

// The trial at `path`, and its signed-in user, who must be one who may restore.
Result<std::pair<std::unique_ptr<Database>, Actor>> openRestorer(const QString& path,
                                                                 const QStringList& args)
{
    auto db = openTrial(path, TrialUse::Inspect, true);
    TD_TRY(db);
    auto signedIn = signIn(**db, args);
    TD_TRY(signedIn);
    TD_TRY(Access::require(*signedIn, Permission::BackupRestore));
    return std::make_pair(std::move(db).value(), *signedIn);
}

} // namespace

int runRestore(const QStringList& args)
{
    if (!checkArgs(args,
                   {QStringLiteral("--db"), QStringLiteral("--from"), QStringLiteral("--user")},
                   {QStringLiteral("--yes"), QStringLiteral("--recovery-key")},
                   {QStringLiteral("--db"), QStringLiteral("--from")})) {
        printError(CliExchange::tr("usage: trialdesk-cli restore --db FILE --from BACKUP --user "
                                   "NAME [--recovery-key] [--yes]\n"
                                   "  The backup must be a TrialDesk trial of a schema version "
                                   "this program can open,\n"
                                   "  intact, with an audit trail that verifies; the current file "
                                   "is kept aside.\n"
                                   "  An encrypted backup opens with the password NAME had when "
                                   "it was made, or with\n"
                                   "  --recovery-key, the trial's recovery key "
                                   "(TRIALDESK_RECOVERY_KEY or a prompt)."));
        return 2;
    }
    const QString path = option(args, QStringLiteral("--db"));
    const QString from = option(args, QStringLiteral("--from"));
    // A server trial is restored by the server's own tool: the command says which, for the
    // signed-in user who may restore.
    if (ConnectionSpec::isServerUri(path)) {
        auto db = openRestorer(path, args);
        printError(db.ok() ? BackupService::serverRestoreRefusal(*db->first).message
                           : db.message());
        return 1;
    }
    const Database::Unlock unlock = backupUnlock(from, args);
    if (Status s = BackupService::verifyRestorable(from, unlock); !s.ok()) {
        printError(CliExchange::tr("Nothing was restored: %1").arg(s.message()));
        return 1;
    }
    // Permission is checked against the current trial file; it is closed before the restore.
    Actor actor;
    {
        auto db = openRestorer(path, args);
        if (!db.ok()) {
            printError(db.message());
            return 1;
        }
        actor = db->second;
    }
    // What the backup's signed manifest says of it (verifyRestorable checked that it fits).
    {
        Database::Options inspect;
        inspect.mode = OpenMode::AsIs;
        inspect.readOnly = true;
        unlock.into(inspect);
        if (auto backup = Database::open(from, inspect); backup.ok())
            printOut(BackupManifests::describe(**backup, from));
    }
    if (!args.contains(QStringLiteral("--yes"))) {
        const QString answer =
            readLine(CliExchange::tr("Replace %1 with the backup %2? The current file is kept "
                                     "aside. [y/N] ")
                         .arg(path, from),
                     false)
                .trimmed()
                .toLower();
        if (answer != QStringLiteral("y") && answer != QStringLiteral("yes")) {
            printError(CliExchange::tr("Nothing was restored (not confirmed; --yes skips the "
                                       "question)."));
            return 1;
        }
    }
    auto kept = BackupService::restore(path, from, QDateTime::currentDateTimeUtc(), unlock);
    if (!kept.ok()) {
        printError(kept.message());
        return 1;
    }
    Database::Options upgrade;
    upgrade.mode = OpenMode::Upgrade;
    if (auto key = BackupService::unlockBackup(path, unlock); key.ok())
        upgrade.key = *key;
    auto restored = openTrialDatabase(path, upgrade);
    if (!restored.ok() || !BackupService::recordRestore(**restored, actor, from, *kept).ok())
        printError(
            CliExchange::tr("Restored, but the restore could not be audited in %1.").arg(path));
    printOut(CliExchange::tr("Restored %1 from %2; the previous file is kept as %3")
                 .arg(path, from, *kept));
    return 0;
}

} // namespace td::cli
