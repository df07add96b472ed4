// The same trial on SQLite and on PostgreSQL, side by side in one run (issue #18's Done-when):
// open, save an assessment, the dashboard, the registry filter and the long CSV export, with
// `sqlite3 -csv` and `psql \copy` of the same rows as references; then 4 clients saving
// assessments at once on each backend (target on the server: at least 200 saves per second).
//
// It starts its own throwaway cluster (scripts/pg-test-cluster.sh), makes the demo trial in a
// plain file (that takes minutes at 10,000 participants) and moves it onto the server with
// TrialCopy and ServerLogins (migrate: the groups, grants and a login per user). On the server
// each figure is taken as the role that does it in the program, signed in with that user's own
// login (its grants, row security and the audit tie apply); the references (psql \copy) run as
// the server's superuser. Run by hand, not by ctest:
//
//   trialdesk_server_bench [--participants N (10000)] [--runs N (5)] [--saves N (200)]

#include "BenchSupport.h"
#include "access/Disclosure.h"
#include "access/PasswordHasher.h"
#include "access/ServerLogins.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "demo/DemoTrial.h"
#include "exchange/ExportFormats.h"
#include "exchange/ExportService.h"
#include "exchange/ExportSource.h"
#include "exchange/TrialCopy.h"
#include "participants/ParticipantRepository.h"
#include "participants/ParticipantTableModel.h"
#include "reporting/Dashboard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <cstdio>
#include <thread>

namespace {

using td::bench::time;

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

QString argument(const char* name, const QString& fallback)
{
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

QString script()
{
    return QStringLiteral(TD_SOURCE_DIR "/scripts/pg-test-cluster.sh");
}

struct Backend
{
    const char* name;
    QString path;      // the file, or the server database with its superuser (the references)
    QString signInUri; // on a server: the same database, without a user
};

// The trial as `username` sees it: on a server, signed in with the user's own login.
td::Result<std::unique_ptr<td::Database>> openAs(const Backend& backend, const char* username)
{
    td::Database::Options o;
    o.mode = td::OpenMode::AsIs;
    if (backend.signInUri.isEmpty())
        return td::Database::open(backend.path, o);
    o.user = QString::fromLatin1(username);
    o.password = QString::fromLatin1(td::DemoTrial::password);
    return td::Database::open(backend.signInUri, o);
}

// A 21-item BDI-II for participant `participantId`, its values varied by `n`.
td::Assessment bdi(qint64 participantId, int n, const QDate& date)
{
    td::Assessment a;
    a.participantId = participantId;
    a.instrumentId = QStringLiteral("bdi2");
    a.date = date;
    for (int item = 0; item < 21; ++item) {
        const int v = (n + item) % 4;
        const bool lettered = (item == 15 || item == 17) && v != 0;
        a.items << QString::number(v) + (lettered ? QStringLiteral("a") : QString());
    }
    return a;
}

// The single-client figures of one backend.
bool measure(const Backend& backend, int runs, int saves, const QString& dir)
{
    std::printf("\n== %s: %s\n", backend.name,
                backend.signInUri.isEmpty()
                    ? qPrintable(backend.path)
                    : qPrintable(backend.signInUri + QStringLiteral(" (each role's own login)")));
    const td::Actor coordinator{2, QStringLiteral("coordinator"), td::Role::Coordinator};
    time("open ready for use (+registry)", runs, [&] {
        auto db = openAs(backend, "coordinator");
        if (!db.ok())
            return false;
        td::ParticipantTableModel model(**db, coordinator);
        return model.reload().ok();
    });
    auto opened = openAs(backend, "coordinator");
    if (!opened.ok())
        return fail(opened.message()) == 0;
    td::Database& db = **opened;
    auto piOpened = openAs(backend, "pi");
    if (!piOpened.ok())
        return fail(piOpened.message()) == 0;
    const td::Actor pi = td::bench::firstUser(**piOpened, td::Role::PrincipalInvestigator,
                                              "principal_investigator", "pi");
    auto list = td::ParticipantRepository(db).list(coordinator);
    if (!list.ok() || list->empty())
        return fail(QStringLiteral("no participants")) == 0;
    td::AssessmentRepository repo(db);
    int n = 0;
    time("save one assessment", saves, [&] {
        ++n;
        const auto& p = (*list)[static_cast<std::size_t>(n) % list->size()];
        return repo.save(coordinator, bdi(p.id, n, db.clock().today())).ok();
    });
    td::Dashboard dashboard(**piOpened);
    time("dashboard (all figures)", runs, [&] { return dashboard.all(pi).ok(); });
    td::ParticipantTableModel model(db, coordinator);
    time("registry load + filter", runs, [&] {
        if (!model.reload().ok())
            return false;
        model.setFilter({QStringLiteral("OSL"), 0, std::nullopt, 0, 0});
        return model.matchCount() >= 0;
    });

    auto statOpened = openAs(backend, "statistician");
    if (!statOpened.ok())
        return fail(statOpened.message()) == 0;
    auto statistician =
        td::UserRepository(**statOpened)
            .login(QStringLiteral("statistician"), QString::fromLatin1(td::DemoTrial::password));
    if (!statistician.ok())
        return fail(statistician.message()) == 0;
    td::ExportService service(**statOpened);
    const QString out = dir + QStringLiteral("/%1-long.csv").arg(QLatin1String(backend.name));
    qint64 rows = 0;
    std::vector<double> ours;
    for (int i = 0; i < 3; ++i) {
        QFile::remove(out);
        QElapsedTimer t;
        t.start();
        auto made = service.exportTo(*statistician, *td::ExportFormats::find(u"csv-long"), out);
        if (!made.ok())
            return fail(made.message()) == 0;
        ours.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        rows = made->rows;
    }
    // The reference: the database's own CSV writer on the same joined rows.
    const QString sql = td::ExportSource(td::Disclosure::unblinded()).assessments();
    const QString reference = dir + QStringLiteral("/%1-ref.csv").arg(QLatin1String(backend.name));
    std::vector<double> theirs;
    for (int i = 0; i < 3; ++i) {
        QProcess tool;
        QElapsedTimer t;
        if (db.isServer()) {
            t.start();
            tool.start(QStringLiteral("psql"),
                       {QStringLiteral("-X"), QStringLiteral("-q"), backend.path,
                        QStringLiteral("-c"),
                        QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv, HEADER)")
                            .arg(sql, reference)});
        } else {
            tool.setStandardOutputFile(reference);
            t.start();
            tool.start(QStringLiteral("sqlite3"),
                       {QStringLiteral("-readonly"), QStringLiteral("-csv"),
                        QStringLiteral("-header"), backend.path, sql});
        }
        if (!tool.waitForFinished(-1) || tool.exitCode() != 0)
            return fail(QStringLiteral("%1 failed: %2")
                            .arg(tool.program(),
                                 QString::fromLocal8Bit(tool.readAllStandardError()))) == 0;
        theirs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    const double a = td::bench::median(ours);
    const double b = td::bench::median(theirs);
    std::printf("%-34s median %7.1f ms (%lld rows; runs %.0f..%.0f)\n", "long CSV export", a,
                static_cast<long long>(rows), *std::min_element(ours.begin(), ours.end()),
                *std::max_element(ours.begin(), ours.end()));
    std::printf("%-34s median %7.1f ms (runs %.0f..%.0f)   ratio %.2f (target <= 2)\n",
                db.isServer() ? "  psql \\copy, same rows" : "  sqlite3 -csv, same rows", b,
                *std::min_element(theirs.begin(), theirs.end()),
                *std::max_element(theirs.begin(), theirs.end()), b > 0 ? a / b : 0.0);
    return true;
}

// `clients` connections, each on its own thread, saving `perClient` assessments at once.
bool concurrentSaves(const Backend& backend, int clients, int perClient)
{
    std::vector<qint64> participants;
    {
        auto db = openAs(backend, "coordinator");
        if (!db.ok())
            return fail(db.message()) == 0;
        auto list = td::ParticipantRepository(**db).list(
            {2, QStringLiteral("coordinator"), td::Role::Coordinator});
        if (!list.ok() || list->empty())
            return fail(QStringLiteral("no participants")) == 0;
        for (const auto& p : *list)
            participants.push_back(p.id);
    }
    std::atomic<int> failures = 0;
    std::atomic<int> ready = 0;
    std::atomic<bool> go = false;
    QElapsedTimer t;
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            auto db = openAs(backend, "coordinator");
            if (!db.ok()) {
                ++failures;
                ++ready;
                return;
            }
            td::AssessmentRepository repo(**db);
            const td::Actor coordinator{2, QStringLiteral("coordinator"), td::Role::Coordinator};
            ++ready;
            while (!go)
                std::this_thread::yield();
            for (int i = 0; i < perClient; ++i) {
                const int n = c * perClient + i;
                const qint64 id = participants[static_cast<std::size_t>(n) % participants.size()];
                if (!repo.save(coordinator, bdi(id, n, (*db)->clock().today())).ok())
                    ++failures;
            }
        });
    while (ready < clients)
        std::this_thread::yield();
    t.start();
    go = true;
    for (std::thread& th : threads)
        th.join();
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    std::printf("%s: %d clients x %d saves at once: %.2f s, %.0f saves/s%s (%d failed)\n",
                backend.name, clients, perClient, seconds, clients * perClient / seconds,
                std::string_view(backend.name) == "postgresql" ? " (target >= 200)" : "",
                failures.load());
    return failures == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int participants = argument("--participants", QStringLiteral("10000")).toInt();
    const int runs = std::max(1, argument("--runs", QStringLiteral("5")).toInt());
    const int saves = std::max(1, argument("--saves", QStringLiteral("200")).toInt());
    if (participants < 1)
        return fail(QStringLiteral("usage: trialdesk_server_bench [--participants N] [--runs N] "
                                   "[--saves N]"));
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);

    QProcess start;
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    start.start(script(),
                {QStringLiteral("start"), QString::number(QCoreApplication::applicationPid())});
    if (!start.waitForFinished(120000) || start.exitCode() != 0)
        return fail(QStringLiteral("could not start the cluster (%1)").arg(script()));
    const QStringList cluster =
        QString::fromUtf8(start.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    if (cluster.size() != 2)
        return fail(cluster.join(QLatin1Char(' ')));
    struct Stop
    {
        QString folder;
        ~Stop() { QProcess::execute(script(), {QStringLiteral("stop"), folder}); }
    } stop{cluster[0]};

    QTemporaryDir dir;
    const Backend sqlite{"sqlite", dir.filePath(QStringLiteral("bench.sqlite")), {}};
    // cluster[1] is postgresql://postgres@127.0.0.1:PORT (the superuser).
    QString signIn = cluster[1] + QStringLiteral("/bench");
    signIn.replace(QStringLiteral("postgres@"), QString());
    const Backend server{"postgresql", cluster[1] + QStringLiteral("/bench"), signIn};
    {
        QElapsedTimer t;
        t.start();
        auto file = td::Database::open(sqlite.path, td::Database::Options{});
        if (!file.ok())
            return fail(file.message());
        auto made = td::DemoTrial::create(**file, {participants, 7});
        if (!made.ok())
            return fail(made.message());
        std::printf("demo trial: %d participants, %d assessments, %lld item values in %.1f s\n",
                    made->participants, made->assessments, static_cast<long long>(made->itemValues),
                    static_cast<double>(t.elapsed()) / 1000.0);
        t.restart();
        auto target = td::Database::open(server.path, td::Database::Options{});
        if (!target.ok())
            return fail(target.message());
        auto copied = td::TrialCopy::copy(**file, **target);
        if (!copied.ok())
            return fail(copied.message());
        qint64 rows = 0;
        for (const auto& table : copied->tables)
            rows += table.rows;
        // Every demo user's login, with the demo password (as `demo --db postgresql://`).
        auto secured = td::ServerLogins::secure(
            **target, [](const QString&) { return QString::fromLatin1(td::DemoTrial::password); });
        if (!secured.ok())
            return fail(secured.message());
        std::printf("moved onto the server (migrate, with the roles): %lld rows in %.1f s, %s\n",
                    static_cast<long long>(rows), static_cast<double>(t.elapsed()) / 1000.0,
                    copied->clean() ? "verified" : "NOT verified");
    }
    bool ok = true;
    for (const Backend& b : {sqlite, server})
        ok = measure(b, runs, saves, dir.path()) && ok;
    std::printf("\n");
    for (const Backend& b : {sqlite, server})
        ok = concurrentSaves(b, 4, saves) && ok;
    return ok ? 0 : 1;
}
