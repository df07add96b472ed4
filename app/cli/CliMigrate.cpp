// trialdesk-cli migrate: a trial file onto a server, or a server trial into a file
// (TrialCopy, docs/postgresql.md).

#include "CliArgs.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "access/ServerLogins.h"
#include "exchange/TrialCopy.h"
#include "exchange/TrialEncryption.h"
#include "instruments/TrialDatabase.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/ServerDatabases.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <optional>

namespace td::cli {

namespace {
class CliMigrate
{
    Q_DECLARE_TR_FUNCTIONS(CliMigrate)
};

QString usageText()
{
    return CliMigrate::tr(
        "usage: trialdesk-cli migrate --from FILE --to postgresql://HOST:PORT/DATABASE --user "
        "ADMIN\n"
        "       trialdesk-cli migrate --from postgresql://... --to FILE --user ADMIN "
        "[--unencrypted]\n"
        "  Copies every row of the trial, ids kept, into a new or empty server database, or into "
        "a\n"
        "  new file (never an existing one; encrypted at rest with ADMIN's password unless\n"
        "  --unencrypted). Then checks the copy: rows per table, the audit chain, every "
        "allocation.\n"
        "  An encrypted file opens with --user NAME and the password (TRIALDESK_PASSWORD).\n"
        "  On a server every user gets a login role of the same name: ADMIN with the password\n"
        "  given, the others one nobody knows until an administrator gives them a new one.");
}

// A server database that holds a trial with rows is refused before anything is written (an
// older schema is not upgraded for it).
Status refuseFullTarget(const QString& uri)
{
    Database::Options asIs;
    asIs.mode = OpenMode::AsIs;
    asIs.readOnly = true;
    auto existing = Database::open(uri, asIs);
    if (existing.ok())
        TD_TRY(TrialCopy::requireEmpty(**existing));
    return {};
}

// The server database, opened for the copy (created when missing, as `new` makes it).
Result<std::unique_ptr<Database>> openServerTarget(const QString& uri)
{
    TD_TRY(refuseFullTarget(uri));
    return openTrialDatabase(uri, Database::Options{}); // OpenMode::Create
}

// A new plain file for the copy; nothing that exists is opened.
Result<std::unique_ptr<Database>> openFileTarget(const QString& path)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return makeError(ErrorCode::Conflict,
                         CliMigrate::tr("%1 already exists; a trial is copied only into a new "
                                        "file. Nothing was changed.")
                             .arg(path));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Invalid,
                         CliMigrate::tr("The folder %1 does not exist; the copy goes into an "
                                        "existing folder.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    return openTrialDatabase(path, Database::Options{});
}

void printReport(const TrialCopy::Report& report, qint64 ms)
{
    qint64 rows = 0;
    for (const TrialCopy::TableCount& t : report.tables) {
        printOut(CliMigrate::tr("  %1: %2 rows").arg(t.table).arg(t.rows));
        rows += t.rows;
    }
    printOut(CliMigrate::tr("%1 tables, %2 rows copied in %3 s.")
                 .arg(report.tables.size())
                 .arg(rows)
                 .arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1));
    printOut(report.countsMatch ? CliMigrate::tr("Rows per table: the same in the copy.")
                                : CliMigrate::tr("Rows per table: the copy DIFFERS."));
    printOut(report.chain.intact
                 ? CliMigrate::tr("Audit chain: %1 rows, intact.").arg(report.chain.rowsChecked)
                 : CliMigrate::tr("Audit chain: BROKEN in the copy."));
    printOut(CliMigrate::tr("Allocations: %1 lists, %2 block and %3 minimization allocations "
                            "replayed, %4 mismatches.")
                 .arg(report.allocations.lists)
                 .arg(report.allocations.blockAllocations)
                 .arg(report.allocations.minimizationAllocations)
                 .arg(report.allocations.problems.size()));
}
// Before anything is copied onto a server: the migrating administrator and their password,
// and every user name free as a role there.
Status checkServerMove(Database& source, const QString& to, const TrialCredentials& admin)
{
    TD_TRY(ServerLogins::checkAdministrator(source, admin.user, admin.password));
    TD_TRY(refuseFullTarget(to));
    auto spec = ConnectionSpec::parse(to);
    TD_TRY(spec);
    auto names = ServerLogins::usernames(source);
    TD_TRY(names);
    return ServerLogins::refuseTaken(*spec, *names);
}

// A server database this command made and could not finish goes again. One that was there
// before is put back as it was: the copy, its check and the roles ran in one transaction that
// did not commit, and what making the trial's schema added to it (`before` is what it held) is
// dropped again.
void removeUnfinished(std::unique_ptr<Database> target, const QString& to, bool madeHere,
                      const std::optional<ServerDatabases::Contents>& before)
{
    target.reset();
    auto spec = ConnectionSpec::parse(to);
    if (!spec.ok())
        return;
    if (madeHere) {
        if (Status dropped = ServerDatabases::drop(*spec); !dropped.ok())
            printError(dropped.message());
        else
            printError(
                CliMigrate::tr("The database %1 was removed again.").arg(spec->displayName()));
    } else if (before) {
        if (Status back = ServerDatabases::restore(*spec, *before); !back.ok())
            printError(CliMigrate::tr("The database %1 was there before this command, and what "
                                      "the command made in it could not be removed: %2")
                           .arg(spec->displayName(), back.message()));
        else
            printError(CliMigrate::tr("The database %1 is as it was before this command: what "
                                      "the command made in it was removed again.")
                           .arg(spec->displayName()));
    }
}

// Onto a server: the copy, its check and the roles (groups, grants, a login for every user,
// ServerLogins::secure) in one transaction of the target, so that when any of them fails no
// row and no role is left behind. The users whose password nobody knows yet are returned.
Result<QStringList> copyOntoServer(Database& source, Database& target,
                                   const TrialCredentials& admin)
{
    Transaction whole(target);
    TD_TRY(whole.status());
    QElapsedTimer timer;
    timer.start();
    auto report = TrialCopy::copy(source, target);
    TD_TRY(report);
    printOut(CliMigrate::tr("Copied %1 into %2.").arg(source.path(), target.path()));
    printReport(*report, timer.elapsed());
    if (!report->clean())
        return makeError(ErrorCode::Invalid,
                         CliMigrate::tr("The copy in %1 does not match its source (above), so "
                                        "it was not kept.")
                             .arg(target.path()));
    auto unknown = ServerLogins::secure(target, [&](const QString& name) {
        return name == admin.user ? admin.password : QString();
    });
    TD_TRY(unknown);
    TD_TRY(whole.commit());
    return unknown;
}

void reportLogins(const TrialCredentials& admin, const QStringList& unknown)
{
    printOut(CliMigrate::tr("Every user has a login role on the server now; %1 signs in with the "
                            "password given.")
                 .arg(admin.user));
    if (!unknown.isEmpty())
        printOut(CliMigrate::tr("These users sign in once an administrator gives them a new "
                                "password: %1.")
                     .arg(unknown.join(QStringLiteral(", "))));
}
} // namespace

int runMigrate(const QStringList& raw)
{
    QString error;
    const auto args = Args::parse(
        raw, {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--user")},
        {QStringLiteral("--unencrypted")}, error);
    if (!args)
        return usageError(error, usageText());
    if (!args->positional().isEmpty())
        return usageError(
            CliMigrate::tr("Unexpected argument \"%1\".").arg(args->positional().first()),
            usageText());
    const QString from = args->value(QStringLiteral("--from"));
    const QString to = args->value(QStringLiteral("--to"));
    if (from.isEmpty() || to.isEmpty())
        return usageError(CliMigrate::tr("--from and --to are both required."), usageText());
    const bool toServer = ConnectionSpec::isServerUri(to);
    if (ConnectionSpec::isServerUri(from) == toServer)
        return usageError(CliMigrate::tr("One of --from and --to must be a server database "
                                         "(postgresql://...) and the other a file."),
                          usageText());
    const bool encrypt = !toServer && !args->has(QStringLiteral("--unencrypted"));
    if (encrypt && args->value(QStringLiteral("--user")).isEmpty())
        return usageError(CliMigrate::tr("A file copy is encrypted at rest with an "
                                         "administrator's password: give --user ADMIN, or "
                                         "--unencrypted for a plain file."),
                          usageText());
    if (toServer && args->has(QStringLiteral("--unencrypted")))
        return usageError(CliMigrate::tr("--unencrypted is for a file copy; a server's data at "
                                         "rest is the server's to protect."),
                          usageText());

    if (toServer && trialCredentials().user.isEmpty())
        return usageError(CliMigrate::tr("A trial on a server has a login role for every user, "
                                         "made by the move: give --user ADMIN, an administrator "
                                         "of the trial, and their password (TRIALDESK_PASSWORD "
                                         "or a prompt)."),
                          usageText());

    // The source is read as it is: never upgraded, never written.
    auto source = openTrial(from, TrialUse::Read, false);
    if (!source.ok()) {
        printError(source.message());
        return 2;
    }
    const TrialCredentials mover = toServer ? trialCredentials() : TrialCredentials{};
    bool madeHere = false;
    std::optional<ServerDatabases::Contents> before; // a server database that was there
    if (toServer) {
        if (Status checked = checkServerMove(**source, to, mover); !checked.ok()) {
            printError(checked.message());
            return 2;
        }
        auto spec = ConnectionSpec::parse(to);
        auto existed = spec.ok() ? ServerDatabases::exists(*spec) : Result<bool>(spec.error());
        if (!existed.ok()) {
            printError(existed.message());
            return 2;
        }
        madeHere = !*existed;
        if (!madeHere) {
            auto held = ServerDatabases::contents(*spec);
            if (!held.ok()) {
                printError(held.message());
                return 2;
            }
            before = *held;
        }
    }
    auto target = toServer ? openServerTarget(to) : openFileTarget(to);
    if (!target.ok()) {
        printError(target.message());
        if (toServer)
            removeUnfinished(nullptr, to, madeHere, before);
        return 2;
    }
    if (toServer) {
        auto unknown = copyOntoServer(**source, **target, mover);
        if (!unknown.ok()) {
            printError(unknown.message());
            removeUnfinished(std::move(target).value(), to, madeHere, before);
            return 1;
        }
        reportLogins(mover, *unknown);
        return 0;
    }
    const QString targetShown = (*target)->path();
    QElapsedTimer timer;
    timer.start();
    auto report = TrialCopy::copy(**source, **target);
    const qint64 ms = timer.elapsed();
    if (!report.ok()) {
        // A file or database this command made and could not fill is not left behind half done.
        printError(report.message());
        target.value().reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
        return 1;
    }
    printOut(CliMigrate::tr("Copied %1 into %2.").arg((*source)->path(), targetShown));
    printReport(*report, ms);
    if (!report->clean())
        return 1;
    if (encrypt) {
        auto admin = signIn(**target, raw);
        if (!admin.ok()) {
            printError(admin.message());
            printError(CliMigrate::tr("The plain copy is in %1: encrypt it with trialdesk-cli "
                                      "encrypt, or delete it.")
                           .arg(to));
            return 3;
        }
        auto others = TrialEncryption::encrypt(std::move(target).value(), *admin,
                                               trialCredentials().password);
        if (!others.ok()) {
            printError(others.message());
            return 1;
        }
        printOut(CliMigrate::tr("The file is encrypted; %1 opens it with the password given.")
                     .arg(admin->username));
        if (!others->isEmpty())
            printOut(CliMigrate::tr("These users open it once an administrator gives them a new "
                                    "password: %1.")
                         .arg(others->join(QStringLiteral(", "))));
    }
    return 0;
}

} // namespace td::cli
