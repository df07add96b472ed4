// Prints what the audit trail costs a trial file (issue 16, item 6) on a demo trial, e.g. the
// 10,000-participant one made by `trialdesk-cli demo --db /tmp/x.sqlite --participants 10000
// --unencrypted`:
//   the file's size and its audit rows (per-value and compact) and entries; how scattered the
//   clinical tables' pages are; the PI dashboard on a cold file cache (open, then every
//   figure), run after run, beside `sqlite3` reading the clinical tables through on a cold
//   cache; and, with --compact, the same after `trialdesk-cli compact`.
// usage: trialdesk_trail_bench --db FILE [--runs N] [--compact]
// The file is copied to a temporary folder on the same disk first and only the copy is opened
// (opening upgrades an older file's schema). A cold cache needs root: the file cache is dropped
// (`sync; echo 3 > /proc/sys/vm/drop_caches`) before each cold run; without root the runs are
// warm and say so. Targets: the 10,000-participant demo under 300 MB, the dashboard on a cold
// cache under 500 ms.

#include "BenchSupport.h"
#include "audit/AuditRowFormat.h"
#include "exchange/FileCompaction.h"
#include "reporting/Dashboard.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

namespace {

bool dropFileCache()
{
    sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

qint64 fileBytes(const QString& path)
{
    qint64 bytes = QFileInfo(path).size();
    for (const char* suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QString::fromLatin1(suffix)))
            bytes += QFileInfo(path + QString::fromLatin1(suffix)).size();
    return bytes;
}

double mb(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

struct Range
{
    std::vector<double> values;
    void print(const char* label) const
    {
        if (values.empty())
            return;
        QStringList each;
        for (double v : values)
            each << QString::number(v, 'f', 0);
        std::printf("%-40s %s ms  (range %.0f-%.0f, median %.0f)\n", label,
                    qPrintable(each.join(QStringLiteral(", "))),
                    *std::min_element(values.begin(), values.end()),
                    *std::max_element(values.begin(), values.end()), td::bench::median(values));
    }
};

qint64 count(td::Database& db, const QString& sql)
{
    auto v = db.scalar(sql);
    return v.ok() ? v->toLongLong() : -1;
}

// The file's figures, then `runs` cold dashboards and cold sqlite3 reads. False on failure.
bool measure(const QString& path, int runs, const char* title)
{
    std::printf("\n== %s\n", title);
    std::printf("file: %.1f MB\n", mb(fileBytes(path)));
    {
        auto opened = td::Database::open(path);
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
            return false;
        }
        td::Database& db = **opened;
        const qint64 rows = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const qint64 compact =
            count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes IS NOT NULL"));
        const qint64 entries = count(db, QStringLiteral("SELECT COUNT(*) FROM (%1)")
                                             .arg(td::AuditRowFormat::entriesSql(db.dialect())));
        std::printf("audit rows: %lld (%lld per value, %lld compact), %lld audited values\n",
                    static_cast<long long>(rows), static_cast<long long>(rows - compact),
                    static_cast<long long>(compact), static_cast<long long>(entries));
        auto layout = td::FileCompaction::measure(db);
        if (layout.ok())
            std::printf("pages: %lld of %lld bytes, %lld free; data pages (all but the audit "
                        "trail): %lld, %.0f%% out of order%s\n",
                        static_cast<long long>(layout->pages),
                        static_cast<long long>(layout->pageSize),
                        static_cast<long long>(layout->freePages),
                        static_cast<long long>(layout->dataPages), layout->scattered() * 100,
                        layout->worthCompacting() ? " (compacting is offered)" : "");
    }
    Range open, dashboard, sqlite;
    bool cold = true;
    for (int run = 0; run < runs; ++run) {
        cold = dropFileCache() && cold;
        QElapsedTimer t;
        t.start();
        auto opened = td::Database::open(path);
        if (!opened.ok())
            return false;
        open.values.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        td::Database& db = **opened;
        const td::Actor pi = td::bench::firstUser(db, td::Role::PrincipalInvestigator,
                                                  "principal_investigator", "pi");
        t.restart();
        auto figures = td::Dashboard(db).all(pi);
        if (!figures.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(figures.message()));
            return false;
        }
        dashboard.values.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    // The reference: sqlite3 reading every clinical table through, as cold.
    for (int run = 0; run < runs; ++run) {
        dropFileCache();
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("sqlite3"),
                {QStringLiteral("-readonly"), path,
                 QStringLiteral(
                     "SELECT COUNT(*), SUM(LENGTH(status)) FROM participant; SELECT COUNT(*), "
                     "SUM(LENGTH(item_values)) FROM assessment; SELECT COUNT(*), SUM(total) FROM "
                     "assessment_score; SELECT COUNT(*), SUM(duration_minutes) FROM "
                     "therapy_session; SELECT COUNT(*), SUM(LENGTH(detail)) FROM alert; SELECT "
                     "COUNT(*), SUM(arm_id) FROM allocation; SELECT COUNT(*) FROM "
                     "covariate_value; SELECT COUNT(*) FROM eligibility_answer")});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::printf("sqlite3 reference: not available (%s)\n", qPrintable(p.errorString()));
            break;
        }
        sqlite.values.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    const char* state = cold ? "cold" : "WARM (no root: the cache was not dropped)";
    std::printf("file cache: %s\n", state);
    open.print("open (schema check)");
    dashboard.print("dashboard, every figure (target < 500)");
    sqlite.print("sqlite3 reading the clinical tables");
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&args](const char* name) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    const QString source = arg("--db");
    const int runs = std::max(1, arg("--runs").isEmpty() ? 5 : arg("--runs").toInt());
    if (source.isEmpty() || !QFileInfo(source).isFile()) {
        std::fprintf(stderr, "usage: trialdesk_trail_bench --db FILE [--runs N] [--compact]\n");
        return 2;
    }
    std::printf("%s: %.1f MB as given\n", qPrintable(source), mb(fileBytes(source)));
    // A copy next to the system's temporary files (on disk, not in memory).
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/trail-bench-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("trial.sqlite"));
    if (!QFile::copy(source, copy) ||
        (QFileInfo::exists(source + QStringLiteral("-wal")) &&
         !QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }
    if (!measure(copy, runs, "as generated"))
        return 1;
    if (!args.contains(QStringLiteral("--compact")))
        return 0;
    {
        auto opened = td::Database::open(copy);
        if (!opened.ok())
            return 1;
        const td::Actor admin =
            td::bench::firstUser(**opened, td::Role::Administrator, "administrator", "admin");
        QElapsedTimer t;
        t.start();
        auto done = td::FileCompaction::compact(**opened, admin);
        if (!done.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(done.message()));
            return 1;
        }
        std::printf("\ncompaction: %lld ms\n", static_cast<long long>(t.elapsed()));
    }
    return measure(copy, runs, "after trialdesk-cli compact") ? 0 : 1;
}
