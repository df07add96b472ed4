#include "CliCommands.h"

#include "CliSignIn.h"
#include "access/Disclosure.h"
#include "access/PasswordHasher.h"
#include "audit/AuditReplay.h"
#include "audit/AuditVerifier.h"
#include "demo/DemoTrial.h"
#include "exchange/FileCompaction.h"
#include "instruments/TrialDatabase.h"
#include "storage/Database.h"

#include <QCoreApplication>
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

Result<std::unique_ptr<Database>> openExisting(const QStringList& args)
{
    const QString path = option(args, QStringLiteral("--db"));
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid, Cli::tr("--db FILE is required."));
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, Cli::tr("No database at %1.").arg(path));
    return openTrialDatabase(path);
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
    const QString text = Cli::tr(
        "usage: trialdesk-cli COMMAND [options]\n"
        "  new --db FILE (--protocol FILE | --template mop|dit) --admin NAME\n"
        "                                                 create a trial from a protocol\n"
        "  protocol check|template|export|amend ...       see: trialdesk-cli protocol\n"
        "  demo --db FILE [--participants N] [--seed S]   create the demo trial\n"
        "  info --db FILE [--user NAME]                   print what the trial holds\n"
        "  audit verify --db FILE [--user NAME]           check the audit trail's hash chain and\n"
        "                                                 that it explains every clinical value\n"
        "  compact --db FILE --user NAME                  rewrite the file with each table in\n"
        "                                                 consecutive pages\n"
        "  score INSTRUMENT ITEM...                       score one questionnaire (NA = missing)\n"
        "  change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R]\n"
        "      [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]\n"
        "  scores verify --db FILE [--user NAME]          recompute every stored score\n"
        "  randomization simulate|replay|setup ...        see: trialdesk-cli randomization help\n"
        "  user add|update|deactivate|reactivate|reset-password|list|password ...\n"
        "                                                 see: trialdesk-cli user\n"
        "  participant screen|answer|covariates|consent|randomize|assign-therapist|status|\n"
        "      list|show ...                              see: trialdesk-cli participant\n"
        "  assess STUDYID --visit CODE --instrument ID ITEM...   assess void ID --reason R\n"
        "  visit missed STUDYID --visit CODE --reason R\n"
        "  session log STUDYID --date D --attendance A   session void ID --reason R\n"
        "  worklist --db FILE --user NAME [--json]\n"
        "Workflow commands take --db FILE --user NAME and print JSON with --json.\n"
        "  report consort|dashboard --db FILE --user NAME\n"
        "  export --db FILE --user NAME --format "
        "csv-long|csv-wide|sessions|codebook|sav|dta|odm|allocation\n"
        "      --out PATH\n"
        "  import assessments|redcap-dictionary|odm --db FILE --user NAME FILE\n"
        "  backup --db FILE --out PATH [--keep N]        restore --db FILE --from BACKUP [--yes]\n"
        "Passwords come from TRIALDESK_PASSWORD or a prompt, never from an argument.");
    if (exitCode == 0)
        printOut(text);
    else
        printError(text);
    return exitCode;
}

int runDemo(const QStringList& args)
{
    const QString path = option(args, QStringLiteral("--db"));
    if (path.isEmpty()) {
        printError(Cli::tr("--db FILE is required."));
        return 2;
    }
    bool ok = true;
    DemoOptions options;
    if (const QString n = option(args, QStringLiteral("--participants")); !n.isEmpty())
        options.participants = n.toInt(&ok);
    if (!ok) {
        printError(Cli::tr("--participants must be a whole number from 1 to 100000."));
        return 2;
    }
    if (const QString s = option(args, QStringLiteral("--seed")); !s.isEmpty())
        options.seed = s.toULongLong(&ok);
    if (!ok) {
        printError(Cli::tr("--seed must be a non-negative whole number."));
        return 2;
    }
    if (QFileInfo::exists(path)) {
        printError(Cli::tr("%1 already exists; the demo is created in a new file.").arg(path));
        return 2;
    }
    // Demo passwords are public ("trialdesk-demo"), so their hashes need no real cost.
    PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db.ok()) {
        printError(db.message());
        return 1;
    }
    auto summary = DemoTrial::create(**db, options);
    if (!summary.ok()) {
        printError(summary.message());
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
    auto v = AuditVerifier::verify(**db);
    if (!v.ok()) {
        printError(v.message());
        return 2;
    }
    if (!v->intact)
        printError(
            Cli::tr("audit trail BROKEN at row %1: %2").arg(v->firstBrokenId).arg(v->problem));
    else
        printOut(Cli::tr("audit trail intact: %1 rows verified").arg(v->rowsChecked));
    // The replay: does the trail explain every value of the clinical tables? Without a
    // sign-in, the values of a difference stay hidden, as for a blinded reader.
    const Disclosure disclosure =
        signedIn.userId != 0 ? Disclosure::of(signedIn) : Disclosure::blinded();
    auto replay = AuditReplay::run(**db, disclosure);
    if (!replay.ok()) {
        // A trail too damaged to read is a broken trail, not a failure to check it.
        printError(replay.message());
        return v->intact ? 2 : 1;
    }
    for (const ReplayFinding& f : replay->findings)
        printError(AuditReplay::describe(f));
    if (!replay->clean()) {
        printError(Cli::tr("audit replay: %n difference(s) between the clinical tables and the "
                           "audit trail",
                           nullptr, static_cast<int>(replay->findings.size())));
        return 1;
    }
    printOut(Cli::tr("audit replay: the trail explains every clinical value (%1 records, %2 "
                     "values)")
                 .arg(replay->records)
                 .arg(replay->values));
    return v->intact ? 0 : 1;
}

int runCompact(const QStringList& args)
{
    auto db = openExisting(args);
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
