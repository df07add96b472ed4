// Prints the speed of the long-CSV assessment import: it builds a trial (one site, 25 weekly
// visits with PHQ-9 and GAD-7, enough participants for the rows), writes a long CSV with the
// export's header and N valid rows (default 1,000,000; a realistic course: improvement with
// noise, a few missing items and suicidality answers), then times AssessmentImport::run
// (validation, scoring, audit rows and the one commit), wall clock and CPU.
// usage: trialdesk_import_bench [--rows N] [--dir FOLDER] [--keep]
// FOLDER (default: a temporary one) receives bench.sqlite and bench.csv; --keep leaves them.

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "exchange/AssessmentImport.h"
#include "exchange/CsvWriter.h"
#include "exchange/ExportLayout.h"
#include "instruments/InstrumentCatalog.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <sys/resource.h>

namespace {

constexpr int kVisits = 25;
const QStringList kInstruments = {QStringLiteral("phq9"), QStringLiteral("gad7")};

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString arg(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

template <typename T> T must(td::Result<T> r, const char* what)
{
    if (!r.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, r.message().toLocal8Bit().constData());
        std::exit(1);
    }
    return std::move(r).value();
}

void must(const td::Status& s, const char* what)
{
    if (!s.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, s.message().toLocal8Bit().constData());
        std::exit(1);
    }
}

// The trial: users, one site, kVisits weekly visits with PHQ-9 and GAD-7, `people` screened
// participants (one transaction: the set-up is not what is measured).
td::Actor createTrial(td::Database& db, int people, QStringList& studyIds)
{
    td::UserRepository users(db);
    const td::Actor admin = must(
        users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Admin"),
                                      td::Role::Administrator, QStringLiteral("Passord-bench-1")}),
        "administrator");
    const td::User c =
        must(users.create(admin, {QStringLiteral("coordinator"), QStringLiteral("Coordinator"),
                                  td::Role::Coordinator, QStringLiteral("Passord-bench-1")}),
             "coordinator");
    const td::Actor coordinator{c.id, c.username, c.role};
    td::ProtocolRepository protocol(db);
    td::Trial trial;
    trial.title = QStringLiteral("Import benchmark");
    trial.acronym = QStringLiteral("IMP");
    trial.targetSampleSize = people;
    trial.recruitmentStart = db.clock().today().addYears(-3);
    trial.recruitmentEnd = db.clock().today().addYears(1);
    must(protocol.saveTrial(admin, trial), "trial");
    const qint64 site =
        must(protocol.addSite(admin, {0, QStringLiteral("OSL"), QStringLiteral("Oslo")}), "site")
            .id;
    for (int v = 0; v < kVisits; ++v)
        must(protocol.addTimePoint(
                 admin, {0,
                         v == 0 ? QStringLiteral("baseline") : QStringLiteral("w%1").arg(v),
                         QStringLiteral("Week %1").arg(v),
                         v,
                         3,
                         {{kInstruments[0], td::Rater::SelfReport},
                          {kInstruments[1], td::Rater::SelfReport}}}),
             "visit");
    td::Transaction tx(db);
    must(tx.status(), "transaction");
    td::ParticipantRepository repo(db);
    const QDate screened = db.clock().today().addDays(-400);
    for (int i = 0; i < people; ++i)
        studyIds << must(repo.screen(coordinator, site, screened), "screen").studyId;
    must(tx.commit(), "commit");
    return coordinator;
}

// One answer in 0..3 around `level` (the mean item score), or NA now and then.
QString answer(std::mt19937& rng, double level)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    if (u(rng) < 0.01)
        return QString(); // an item left empty: NA
    const double x = level + (u(rng) - 0.5) * 1.2;
    return QString::number(std::clamp(static_cast<int>(x + 0.5), 0, 3));
}

qint64 writeCsv(td::Database& db, const QString& path, const QStringList& studyIds, qint64 rows)
{
    td::ExportContext ctx{db,
                          must(td::ProtocolRepository(db).load(
                                   td::Actor{1, QStringLiteral("admin"), td::Role::Administrator}),
                               "protocol"),
                          must(td::InstrumentCatalog::load(db), "catalog"),
                          td::Disclosure::unblinded()};
    const auto vars = td::ExportLayout::longVariables(ctx);
    QStringList header;
    for (const td::ExportVariable& v : vars)
        header << v.name;
    const qsizetype firstItem = header.indexOf(QStringLiteral("item_1"));
    const auto column = [&](const char* name) { return header.indexOf(QLatin1String(name)); };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    td::CsvWriter csv(file);
    csv.row(header);
    std::mt19937 rng(20261121);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const QDate start = db.clock().today().addDays(-7 * kVisits - 10);
    QStringList fields(header.size());
    qint64 written = 0;
    for (qsizetype p = 0; p < studyIds.size() && written < rows; ++p) {
        const double baseline = 1.6 + u(rng) * 1.2; // mean item score at baseline
        const double improvement = u(rng) * 0.05;   // per week
        for (int v = 0; v < kVisits && written < rows; ++v) {
            for (const QString& instrument : kInstruments) {
                if (written == rows)
                    break;
                std::fill(fields.begin(), fields.end(), QString());
                fields[column("study_id")] = studyIds[p];
                fields[column("site")] = QStringLiteral("OSL");
                fields[column("visit")] =
                    v == 0 ? QStringLiteral("baseline") : QStringLiteral("w%1").arg(v);
                fields[column("instrument")] = instrument;
                fields[column("date")] = start.addDays(7 * v).toString(Qt::ISODate);
                fields[column("rater")] = QStringLiteral("coordinator");
                fields[column("status")] = QStringLiteral("complete");
                const int items = instrument == QStringLiteral("phq9") ? 10 : 7;
                const double level = std::max(0.0, baseline - improvement * v);
                for (int k = 0; k < items; ++k)
                    fields[firstItem + k] = answer(rng, level);
                if (instrument == QStringLiteral("phq9"))
                    // Suicidality (item 9) is rare; item 10 is asked of everyone here.
                    fields[firstItem + 8] =
                        u(rng) < 0.02 ? QStringLiteral("1") : QStringLiteral("0");
                csv.row(fields);
                ++written;
            }
        }
    }
    return csv.flush() ? written : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 rows = arg(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toLongLong();
    if (rows < 1)
        return fail(QStringLiteral("usage: trialdesk_import_bench [--rows N] [--dir FOLDER] "
                                   "[--keep]"));
    QTemporaryDir tmp;
    const QString dir = arg(args, QStringLiteral("--dir"), tmp.path());
    tmp.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    QDir().mkpath(dir);
    const QString dbPath = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    const QString csvPath = QDir(dir).filePath(QStringLiteral("bench.csv"));
    for (const QString& f :
         {dbPath, dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm"), csvPath})
        QFile::remove(f);
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);

    QElapsedTimer setup;
    setup.start();
    auto db = td::Database::open(dbPath);
    if (!db.ok())
        return fail(db.message());
    const int perPerson = kVisits * static_cast<int>(kInstruments.size());
    const int people = static_cast<int>((rows + perPerson - 1) / perPerson);
    QStringList studyIds;
    const td::Actor coordinator = createTrial(**db, people, studyIds);
    const qint64 written = writeCsv(**db, csvPath, studyIds, rows);
    if (written != rows)
        return fail(QStringLiteral("cannot write %1").arg(csvPath));
    std::printf("set-up: %d participants, %lld rows, %.1f MB of CSV, %.1f s\n", people,
                static_cast<long long>(written),
                static_cast<double>(QFileInfo(csvPath).size()) / 1e6,
                static_cast<double>(setup.elapsed()) / 1000.0);
    std::fflush(stdout);

    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuSeconds();
    auto report = td::AssessmentImport(**db).run(coordinator, csvPath);
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    if (!report.ok())
        return fail(report.message());
    if (!report->ok()) {
        for (size_t i = 0; i < std::min<size_t>(report->problems.size(), 10); ++i)
            std::fprintf(stderr, "%lld: %s: %s\n", static_cast<long long>(report->problems[i].line),
                         qPrintable(report->problems[i].column),
                         qPrintable(report->problems[i].reason));
        return fail(
            QStringLiteral("the import was refused (%1 problems)").arg(report->problems.size()));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("import: %lld assessments in %.1f s wall, %.1f s CPU (%.0f rows/s; %.1f us per "
                "row); database %.0f MB (WAL %.0f MB); peak memory %ld MB\n",
                static_cast<long long>(report->imported), seconds, cpu,
                static_cast<double>(report->imported) / seconds,
                seconds * 1e6 / static_cast<double>(report->imported),
                static_cast<double>(QFileInfo(dbPath).size()) / 1e6,
                static_cast<double>(QFileInfo(dbPath + QStringLiteral("-wal")).size()) / 1e6,
                usage.ru_maxrss / 1024);
    return 0;
}
