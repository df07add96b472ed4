// Prints the time of `trialdesk-cli audit verify` with the replay (issue 16, item 3: under 10 s on
// the 10,000-participant demo made by `trialdesk-cli demo --db /tmp/x.sqlite --participants
// 10000 --unencrypted`): the whole command run after run (the first on a cold file cache when run
// as root), and in the core the hash chain and the replay apart, with what they read. usage:
// trialdesk_audit_verify_bench --db FILE [--runs N] The file is copied to a temporary folder first
// (opening upgrades an older file's schema).

#include "BenchSupport.h"
#include "access/Disclosure.h"
#include "audit/AuditReplay.h"
#include "audit/AuditVerifier.h"

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

void printRange(const char* label, const std::vector<double>& ms)
{
    QStringList each;
    for (double v : ms)
        each << QString::number(v / 1000.0, 'f', 2);
    std::printf("%-44s %s s  (range %.2f-%.2f)\n", label,
                qPrintable(each.join(QStringLiteral(", "))),
                *std::min_element(ms.begin(), ms.end()) / 1000.0,
                *std::max_element(ms.begin(), ms.end()) / 1000.0);
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
    const int runs = std::max(1, arg("--runs").isEmpty() ? 3 : arg("--runs").toInt());
    if (source.isEmpty() || !QFileInfo(source).isFile()) {
        std::fprintf(stderr, "usage: trialdesk_audit_verify_bench --db FILE [--runs N]\n");
        return 2;
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/verify-bench-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("trial.sqlite"));
    if (!QFile::copy(source, copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }
    {
        // Upgrade once, so that every run below reads the same file.
        auto db = td::Database::open(copy);
        if (!db.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.message()));
            return 1;
        }
    }

    // The command as a user runs it.
    std::vector<double> cli;
    bool cold = true;
    for (int run = 0; run < runs; ++run) {
        if (run == 0)
            cold = dropFileCache();
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(TD_CLI),
                {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy});
        if (!p.waitForFinished(600000)) {
            std::fprintf(stderr, "trialdesk-cli did not finish\n");
            return 1;
        }
        cli.push_back(static_cast<double>(t.elapsed()));
        if (run == 0)
            std::printf("trialdesk-cli audit verify: exit %d\n  %s  %s", p.exitCode(),
                        p.readAllStandardOutput().constData(),
                        p.readAllStandardError().left(2000).constData());
    }
    printRange(cold ? "audit verify, whole command (first cold)"
                    : "audit verify, whole command (warm)",
               cli);
    std::printf("  target: < 10 s\n");

    // In the core: the chain and the replay apart (warm).
    auto db = td::Database::open(copy);
    if (!db.ok())
        return 1;
    std::vector<double> chain, replay;
    qint64 rows = 0;
    td::ReplayReport report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto v = td::AuditVerifier::verify(**db);
        if (!v.ok())
            return 1;
        chain.push_back(static_cast<double>(t.elapsed()));
        rows = v->rowsChecked;
        t.restart();
        auto r = td::AuditReplay::run(**db, td::Disclosure::unblinded());
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return 1;
        }
        replay.push_back(static_cast<double>(t.elapsed()));
        report = *r;
    }
    const auto [rss, peak] = td::bench::residentMiB();
    std::printf("hash chain: %lld rows; replay: %lld audited values, %lld records rebuilt, %lld "
                "values compared, %zu differences; peak resident memory %.0f MiB\n",
                static_cast<long long>(rows), static_cast<long long>(report.entries),
                static_cast<long long>(report.records), static_cast<long long>(report.values),
                report.findings.size(), peak);
    printRange("  hash chain (AuditVerifier::verify)", chain);
    printRange("  replay (AuditReplay::run)", replay);
    (void)rss;
    return 0;
}
