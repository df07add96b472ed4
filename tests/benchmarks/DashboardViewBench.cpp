// Times the PI dashboard screen on a trial database (issue 5: the dashboard in under 500 ms on
// the 10,000-participant demo made by `trialdesk-cli demo --participants 10000 --unencrypted`),
// offscreen: DashboardView::load (the core's figures, the protocol, the open alerts and every
// chart), a switch of instrument, and the first paint of the whole dashboard. Work on a copy:
// opening a database brings its schema up to date. usage: trialdesk_dashboard_view_bench --db FILE
// [--runs N]

#include "BenchSupport.h"
#include "dashboard/DashboardView.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/AlertRepository.h"
#include "reporting/Dashboard.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <cstdio>

using td::bench::time;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto opened = td::bench::openTrial("trialdesk_dashboard_view_bench");
    if (!opened)
        return 2;
    td::Database& trial = *opened->db;
    const QString& path = opened->path;
    const int runs = opened->runs;
    const td::Actor pi = td::bench::firstUser(trial, td::Role::PrincipalInvestigator,
                                              "principal_investigator", "pi");
    if (pi.userId == 0) {
        std::fprintf(stderr, "no principal investigator in %s\n", qPrintable(path));
        return 1;
    }

    td::DashboardView view;
    view.resize(1280, 900);
    time("DashboardView::load (PI)", runs, [&] { return view.load(trial, pi).isEmpty(); });
    td::Dashboard dashboard(trial);
    time("  of which Dashboard::all", runs, [&] { return dashboard.all(pi).ok(); });
    time("  of which the protocol", runs,
         [&] { return td::ProtocolRepository(trial).load(pi).ok(); });
    time("  of which the instruments", runs,
         [&] { return td::InstrumentCatalog::load(trial).ok(); });
    time("  of which the open alerts", runs,
         [&] { return td::AlertRepository(trial).list(pi, true).ok(); });
    bool phq = false;
    time("switch instrument", runs, [&] {
        phq = !phq;
        return view.setInstrument(phq ? QStringLiteral("phq9") : QStringLiteral("hrsd17"))
            .isEmpty();
    });
    view.show();
    QApplication::processEvents();
    QImage image(view.size(), QImage::Format_ARGB32);
    time("paint (1280x900 window)", runs, [&] {
        QPainter painter(&image);
        view.render(&painter);
        return true;
    });
    time("load + paint", runs, [&] {
        if (!view.load(trial, pi).isEmpty())
            return false;
        QApplication::processEvents();
        QPainter painter(&image);
        view.render(&painter);
        return true;
    });
    return 0;
}
