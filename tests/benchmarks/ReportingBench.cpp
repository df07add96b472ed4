// Prints the PI dashboard and CONSORT timings on a trial database (issue 5: the dashboard in
// under 500 ms on the 10,000-participant demo made by `trialdesk-cli demo --participants 10000
// --unencrypted`). Work on a copy: opening a database brings its schema up to date. usage:
// trialdesk_reporting_bench --db FILE [--runs N]

#include "BenchSupport.h"
#include "reporting/ConsortReport.h"
#include "reporting/Dashboard.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <cstdio>

using td::bench::time;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto opened = td::bench::openTrial("trialdesk_reporting_bench");
    if (!opened)
        return 2;
    td::Database& trial = *opened->db;
    const int runs = opened->runs;
    // The PI sees every figure; the benchmark needs no password.
    const td::Actor pi = td::bench::firstUser(trial, td::Role::PrincipalInvestigator,
                                              "principal_investigator", "pi");
    if (pi.userId == 0) {
        std::fprintf(stderr, "no principal investigator in %s\n", qPrintable(opened->path));
        return 1;
    }

    td::Dashboard dashboard(trial);
    td::ConsortReport consort(trial);
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
