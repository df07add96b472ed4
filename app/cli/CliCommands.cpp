#include "CliCommands.h"

#include "CliArgs.h"
#include "CliSignIn.h"
#include "access/Disclosure.h"
#include "access/PasswordHasher.h"
#include "access/ServerLogins.h"
#include "audit/AuditReplay.h"
#include "audit/BackupManifest.h"
#include "audit/TrailVerifier.h"
#include "demo/DemoTrial.h"
#include "exchange/ExportFormats.h"
#include "exchange/FileCompaction.h"
#include "instruments/TrialDatabase.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "storage/ServerDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

namespace td::cli {

namespace {
// The command line's translation context.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// info and audit verify: the trial as it is, read-only unless someone signs in.
Result<std::unique_ptr<Database>> openExisting(const QStringList& args)
{
    return openTrial(option(args, QStringLiteral("--db")), TrialUse::Inspect, userNamed(args));
}
} // namespace

QString option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}

void printError(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
}

void printOut(const QString& text)
{
    QTextStream(stdout) << text << Qt::endl;
}

int usage(int exitCode)
{
    const QString text =
        Cli::tr(
            "usage: trialdesk-cli COMMAND [options]\n"
            "  new --db FILE (--protocol FILE | --template mop|dit) --admin NAME [--unencrypted]\n"
            "                                                 create a trial from a protocol\n"
            "  protocol check|template|export|amend ...       see: trialdesk-cli protocol\n"
            "  demo --db FILE [--participants N] [--seed S] [--unencrypted]\n"
            "                                                 create the demo trial\n"
            "      new trials and the demo are encrypted at rest: every command opens them with\n"
            "      --user NAME and the password (TRIALDESK_PASSWORD or a prompt); --unencrypted\n"
            "      makes a plain file (teaching, tests)\n"
            "  info --db FILE [--user NAME]                   print what the trial holds\n"
            "  audit verify --db FILE [--user NAME] [--anchors FOLDER]\n"
            "                                                 check the audit trail's hash chain,\n"
            "                                                 signatures and backup anchors, and\n"
            "                                                 that it explains every clinical "
            "value\n"
            "  compact --db FILE --user NAME                  rewrite the file with each table in\n"
            "                                                 consecutive pages\n"
            "  score INSTRUMENT ITEM...                       score one questionnaire (NA = "
            "missing)\n"
            "  change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R]\n"
            "      [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]\n"
            "  scores verify --db FILE [--user NAME]          recompute every stored score\n"
            "  randomization simulate|replay|setup ...        see: trialdesk-cli randomization "
            "help\n"
            "  user add|update|deactivate|reactivate|reset-password|list|password ...\n"
            "                                                 see: trialdesk-cli user\n"
            "  participant screen|answer|covariates|consent|randomize|assign-therapist|status|\n"
            "      list|show ...                              see: trialdesk-cli participant\n"
            "  assess STUDYID --visit CODE --instrument ID ITEM...   assess void ID --reason R\n"
            "  visit missed STUDYID --visit CODE --reason R\n"
            "  session log STUDYID --date D --attendance A   session void ID --reason R\n"
            "  worklist --db FILE --user NAME [--json]\n"
            "  lock [--participant STUDYID [--visit CODE]] --reason R --sign   lock list\n"
            "  unlock LOCKID --reason R --sign               the database lock (trialdesk-cli "
            "lock)\n"
            "  query raise|list|show|respond|close|reopen ...  data queries (trialdesk-cli "
            "query)\n"
            "  missing-forms [--overdue]                     forms expected and not received\n"
            "  dde discrepancies|awaiting|agreement|resolve ...  double data entry (trialdesk-cli "
            "dde)\n"
            "  verify-source STUDYID --visit CODE --instrument ID   verify-source --summary\n"
            "Workflow commands take --db FILE --user NAME and print JSON with --json.\n"
            "  report consort|dashboard --db FILE --user NAME\n"
            "  export --db FILE --user NAME --format %1\n"
            "      --out PATH [--blinded] [--force] [--umask]\n"
            "  import assessments|redcap-dictionary|redcap-records|odm --db FILE --user NAME FILE\n"
            "  backup --db FILE --out PATH [--keep N]        restore --db FILE --from BACKUP "
            "[--yes]\n"
            "      an encrypted trial's backup is encrypted; restore takes a password of the "
            "backup\n"
            "      (--user NAME) or its recovery key (--recovery-key)\n"
            "  encrypt --db FILE --user ADMIN                encrypt a plain trial in place\n"
            "  decrypt --db FILE --user ADMIN --out PLAIN    write a plain copy of an encrypted "
            "trial\n"
            "  migrate --from FILE --to postgresql://... --user ADMIN   move a trial onto a "
            "server\n"
            "      (every user gets a login role); back with\n"
            "      --from postgresql://... --to FILE --user ADMIN [--unencrypted]\n"
            "Passwords come from TRIALDESK_PASSWORD or a prompt, never from an argument.\n"
            "Only new and demo create a trial file; every other command refuses a missing, empty "
            "or\n"
            "foreign file. Commands that only read never upgrade a trial. Trial files, backups "
            "and\n"
            "exports are readable by their owner only (mode 0600).")
            .arg(ExportFormats::keys().join(QLatin1Char('|')));
    if (exitCode == 0)
        printOut(text);
    else
        printError(text);
    return exitCode;
}

namespace {
// The demo on a server: groups, grants and every demo user's login with the demo password,
// once the server is found to have none of the demo's user names as roles.
Status secureServerDemo(Database& db, const QString& uri)
{
    auto names = ServerLogins::usernames(db);
    TD_TRY(names);
    auto spec = ConnectionSpec::parse(uri);
    TD_TRY(spec);
    TD_TRY(ServerLogins::refuseTaken(*spec, *names));
    auto secured = ServerLogins::secure(
        db, [](const QString&) { return QString::fromLatin1(DemoTrial::password); });
    TD_TRY(secured);
    return {};
}
} // namespace

int runDemo(const QStringList& raw)
{
    // Every argument is checked before anything is created.
    const QString usageLine = Cli::tr(
        "usage: trialdesk-cli demo --db FILE [--participants N] [--seed S] [--unencrypted]");
    QString error;
    const auto args = Args::parse(
        raw, {QStringLiteral("--db"), QStringLiteral("--participants"), QStringLiteral("--seed")},
        {QStringLiteral("--encrypted"), QStringLiteral("--unencrypted")}, error);
    if (!args)
        return usageError(error, usageLine);
    if (!args->positional().isEmpty())
        return usageError(Cli::tr("Unexpected argument \"%1\".").arg(args->positional().first()),
                          usageLine);
    const QString path = args->value(QStringLiteral("--db"));
    if (path.isEmpty())
        return usageError(Cli::tr("--db FILE is required."), usageLine);
    if (args->has(QStringLiteral("--encrypted")) && args->has(QStringLiteral("--unencrypted")))
        return usageError(Cli::tr("Give --encrypted (the default) or --unencrypted, not both."),
                          usageLine);
    bool ok = true;
    DemoOptions options;
    if (const QString n = args->value(QStringLiteral("--participants")); !n.isEmpty())
        options.participants = n.toInt(&ok);
    if (!ok || options.participants < 1 || options.participants > 100000)
        return usageError(Cli::tr("--participants must be a whole number from 1 to 100000."),
                          usageLine);
    if (const QString s = args->value(QStringLiteral("--seed")); !s.isEmpty())
        options.seed = s.toULongLong(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed must be a non-negative whole number."), usageLine);
    // A server database (docs/postgresql.md) is judged when it opens: missing or empty only.
    const bool server = ConnectionSpec::isServerUri(path);
    const QFileInfo target(path);
    if (!server && (target.exists() || target.isSymLink())) {
        printError(Cli::tr("%1 already exists; the demo is created in a new file.").arg(path));
        return 2;
    }
    if (!server && !target.absoluteDir().exists()) {
        printError(Cli::tr("The folder %1 does not exist; the demo is created in an existing "
                           "folder.")
                       .arg(QDir::toNativeSeparators(target.absolutePath())));
        return 2;
    }
    // Demo passwords are public ("trialdesk-demo"), so their hashes need no real cost.
    PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    QElapsedTimer timer;
    timer.start();
    // On a server the demo's database goes again if the demo cannot be finished there.
    bool madeHere = false;
    if (server) {
        auto spec = ConnectionSpec::parse(path);
        auto existed = spec.ok() ? ServerDatabases::exists(*spec) : Result<bool>(spec.error());
        if (!existed.ok()) {
            printError(existed.message());
            return 2;
        }
        madeHere = !*existed;
    }
    Database::Options open; // OpenMode::Create: a new file, its owner's alone
    // Encrypted unless asked otherwise (docs/encryption.md); not a server database, which the
    // server protects (docs/postgresql.md), unless --encrypted insists (and is refused).
    open.encrypt =
        args->has(QStringLiteral("--encrypted")) ||
        (!args->has(QStringLiteral("--unencrypted")) && !ConnectionSpec::isServerUri(path));
    auto db = Database::open(path, open);
    if (!db.ok()) {
        printError(db.message());
        return 1;
    }
    if ((*db)->versionAtOpen() > 0) {
        printError(Cli::tr("%1 already holds a trial; the demo is created in a new or empty "
                           "database.")
                       .arg((*db)->path()));
        return 2;
    }
    auto summary = DemoTrial::create(**db, options);
    // On a server every demo user signs in as a login role of their own, with the demo password.
    Status secured = summary.ok() && server ? secureServerDemo(**db, path) : Status{};
    if (!summary.ok() || !secured.ok()) {
        printError(summary.ok() ? secured.message() : summary.message());
        if (server && madeHere) {
            db.value().reset();
            if (Status dropped = ServerDatabases::drop(*ConnectionSpec::parse(path)); !dropped.ok())
                printError(dropped.message());
        }
        return 1;
    }
    printOut(Cli::tr("Demo trial created in %1 s: %2 participants (%3 randomized), %4 sessions, %5 "
                     "assessments, %6 item values.")
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(summary->participants)
                 .arg(summary->randomized)
                 .arg(summary->sessions)
                 .arg(summary->assessments)
                 .arg(summary->itemValues));
    printOut(open.encrypt ? Cli::tr("The file is encrypted: commands open it with --user NAME "
                                    "(admin, pi, coordinator, statistician, ...) and the password "
                                    "\"%1\" (TRIALDESK_PASSWORD).")
                                .arg(QString::fromLatin1(DemoTrial::password))
             : server ? Cli::tr("Every demo user (admin, pi, coordinator, "
                                "statistician, ...) signs in to the server as "
                                "their own login role, with --user NAME and the "
                                "password \"%1\" (TRIALDESK_PASSWORD).")
                            .arg(QString::fromLatin1(DemoTrial::password))
                      : Cli::tr("The file is not encrypted (--unencrypted)."));
    return 0;
}

int runInfo(const QStringList& args)
{
    auto db = openExisting(args);
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    if (Status s = signInIfNamed(**db, args); !s.ok()) {
        printError(s.message());
        return 3;
    }
    Database& d = **db;
    auto count = [&d](const QString& sql) {
        auto v = d.scalar(sql);
        return v.ok() ? v->toLongLong() : -1;
    };
    auto title = d.scalar(QStringLiteral("SELECT acronym || ': ' || title FROM trial LIMIT 1"));
    QString out;
    QTextStream s(&out);
    s << Cli::tr("trial: %1").arg(title.ok() ? title->toString() : Cli::tr("(none)")) << '\n';
    s << Cli::tr("schema version: %1").arg(d.schemaVersion().ok() ? *d.schemaVersion() : -1)
      << '\n';
    const std::pair<const char*, const char*> rows[] = {
        {QT_TRANSLATE_NOOP("Cli", "users"), "SELECT COUNT(*) FROM users"},
        {QT_TRANSLATE_NOOP("Cli", "sites"), "SELECT COUNT(*) FROM site"},
        {QT_TRANSLATE_NOOP("Cli", "arms"), "SELECT COUNT(*) FROM arm"},
        {QT_TRANSLATE_NOOP("Cli", "participants"), "SELECT COUNT(*) FROM participant"},
        {QT_TRANSLATE_NOOP("Cli", "randomized"),
         "SELECT COUNT(*) FROM participant WHERE arm_id IS NOT NULL"},
        {QT_TRANSLATE_NOOP("Cli", "sessions"), "SELECT COUNT(*) FROM therapy_session"},
        {QT_TRANSLATE_NOOP("Cli", "assessments"), "SELECT COUNT(*) FROM assessment"},
        {QT_TRANSLATE_NOOP("Cli", "audit rows"), "SELECT COUNT(*) FROM audit_log"},
    };
    for (const auto& [label, sql] : rows)
        s << Cli::tr(label) << ": " << count(QString::fromLatin1(sql)) << '\n';
    // How the file lies on disk, and whether compacting it would pay.
    if (auto layout = FileCompaction::measure(d); layout.ok()) {
        s << Cli::tr("file: %1 MB, %2% of the data pages out of order, %3 MB free")
                 .arg((layout->pages * layout->pageSize) >> 20)
                 .arg(qRound(layout->scattered() * 100))
                 .arg((layout->freePages * layout->pageSize) >> 20)
          << '\n';
        if (layout->worthCompacting())
            s << Cli::tr("  compacting would make screens read the file faster on a cold cache: "
                         "trialdesk-cli compact --db %1 --user NAME")
                     .arg(d.path())
              << '\n';
    }
    // Counts per status only: the command line signs nobody in, so it reveals no arm.
    auto q = d.exec(
        QStringLiteral("SELECT status, COUNT(*) FROM participant GROUP BY status ORDER BY status"));
    if (q.ok())
        while ((*q)->next())
            s << "  " << (*q)->value(0).toString() << ": " << (*q)->value(1).toLongLong() << '\n';
    QTextStream(stdout) << out;
    return 0;
}

int runAuditVerify(const QStringList& args)
{
    auto db = openExisting(args);
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    Actor signedIn;
    if (Status s = signInIfNamed(**db, args, &signedIn); !s.ok()) {
        printError(s.message());
        return 3;
    }
    // Anchors: the head this computer remembers, and every backup manifest in --anchors.
    std::vector<TrailAnchor> anchors;
    std::vector<AnchorFinding> manifestProblems;
    if (auto key = TrailAnchors::trialKey(**db); key.ok())
        if (auto seen = TrailAnchors::remembered(*key))
            anchors.push_back(*seen);
    if (const QString folder = option(args, QStringLiteral("--anchors")); !folder.isEmpty()) {
        auto found = BackupManifests::anchorsIn(**db, folder, manifestProblems);
        if (!found.ok()) {
            printError(found.message());
            return 2;
        }
        anchors.insert(anchors.end(), found->begin(), found->end());
    }
    // The replay's differing values: without a sign-in they stay hidden, as for a blinded reader.
    const Disclosure disclosure =
        signedIn.userId != 0 ? Disclosure::of(signedIn) : Disclosure::blinded();
    auto verified = TrailVerifier::verify(**db, disclosure, anchors);
    if (!verified.ok()) {
        printError(verified.message());
        return 2;
    }
    TrailReport report = *verified;
    report.anchors.insert(report.anchors.end(), manifestProblems.begin(), manifestProblems.end());
    for (const QString& line : report.lines())
        (report.clean() ? printOut : printError)(line);
    return report.clean() ? 0 : 1;
}

int runCompact(const QStringList& args)
{
    auto db = openTrial(option(args, QStringLiteral("--db")), TrialUse::Change, true);
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    auto actor = signIn(**db, args);
    if (!actor.ok()) {
        printError(actor.message());
        return 3;
    }
    auto done = FileCompaction::compact(**db, *actor);
    if (!done.ok()) {
        printError(done.message());
        return 1;
    }
    auto mb = [](const FileLayout& l) { return (l.pages * l.pageSize) >> 20; };
    printOut(Cli::tr("Compacted %1: %2 MB with %3% of the data pages out of order before, %4 MB "
                     "with %5% after.")
                 .arg(QFileInfo((*db)->path()).fileName())
                 .arg(mb(done->before))
                 .arg(qRound(done->before.scattered() * 100))
                 .arg(mb(done->after))
                 .arg(qRound(done->after.scattered() * 100)));
    return 0;
}

} // namespace td::cli
