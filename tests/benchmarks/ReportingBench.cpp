// Prints the PI dashboard and CONSORT timings on a trial database (issue 5: the dashboard in
// under 500 ms on the 10,000-participant demo made by `trialdesk-cli demo --participants 10000`).
// Work on a copy: opening a database brings its schema up to date.
// usage: trialdesk_reporting_bench --db FILE [--runs N]

#include "reporting/Consort.h"
#include "reporting/Dashboard.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

// First (cold) run and the median of the following runs, in milliseconds.
void time(const char* label, int runs, const std::function<bool()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i <= runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        if (!work()) {
            std::printf("%-28s failed\n", label);
            return;
        }
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    const double first = ms.front();
    std::vector<double> warm(ms.begin() + 1, ms.end());
    std::sort(warm.begin(), warm.end());
    std::printf("%-28s first %8.1f ms   median %8.1f ms\n", label, first,
                warm.empty() ? first : warm[warm.size() / 2]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString path = arg("--db", QString());
    const int runs = std::max(1, arg("--runs", QStringLiteral("5")).toInt());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "usage: trialdesk_reporting_bench --db FILE [--runs N]\n");
        return 2;
    }
    auto db = td::Database::open(path);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    // The PI sees every figure; the benchmark needs no password.
    auto id = (*db)->scalar(QStringLiteral(
        "SELECT id FROM users WHERE role = 'principal_investigator' AND active = 1 LIMIT 1"));
    if (!id.ok()) {
        std::fprintf(stderr, "no principal investigator in %s\n", qPrintable(path));
        return 1;
    }
    const td::Actor pi{id->toLongLong(), QStringLiteral("pi"), td::Role::PrincipalInvestigator};
    auto participants = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM participant"));
    std::printf("%s: %lld participants, %d runs after the first\n", qPrintable(path),
                participants.ok() ? participants->toLongLong() : -1LL, runs);

    td::Dashboard dashboard(**db);
    td::ConsortReport consort(**db);
    const QString hrsd = QStringLiteral("hrsd17");
    time("dashboard (all figures)", runs, [&] { return dashboard.all(pi).ok(); });
    time("consort", runs, [&] {
        auto c = consort.compute(pi);
        return c.ok() && c->reconciles().isEmpty();
    });
    time("  recruitment", runs, [&] { return dashboard.recruitment(pi).ok(); });
    time("  funnel", runs, [&] { return dashboard.funnel(pi).ok(); });
    time("  open alerts", runs, [&] { return dashboard.openAlerts(pi).ok(); });
    time("  arm sizes", runs, [&] { return dashboard.armSizes(pi).ok(); });
    time("  retention", runs, [&] { return dashboard.retention(pi, hrsd).ok(); });
    time("  attendance", runs, [&] { return dashboard.attendance(pi).ok(); });
    time("  trajectory", runs, [&] { return dashboard.trajectory(pi, hrsd).ok(); });
    time("  change classes", runs, [&] { return dashboard.changeClasses(pi, hrsd).ok(); });
    time("  effect size", runs, [&] { return dashboard.effectSize(pi, {}).ok(); });
    return 0;
}
