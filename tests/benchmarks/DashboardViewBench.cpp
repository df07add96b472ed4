// Times the PI dashboard screen on a trial database (issue 5: the dashboard in under 500 ms on
// the 10,000-participant demo made by `trialdesk-cli demo --participants 10000`), offscreen:
// DashboardView::load (the core's figures, the protocol, the open alerts and every chart), a
// switch of instrument, and the first paint of the whole dashboard.
// Work on a copy: opening a database brings its schema up to date.
// usage: trialdesk_dashboard_view_bench --db FILE [--runs N]

#include "BenchTiming.h"
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
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString path = arg("--db", QString());
    const int runs = std::max(1, arg("--runs", QStringLiteral("5")).toInt());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "usage: trialdesk_dashboard_view_bench --db FILE [--runs N]\n");
        return 2;
    }
    auto db = td::Database::open(path);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
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

    td::DashboardView view;
    view.resize(1280, 900);
    time("DashboardView::load (PI)", runs, [&] { return view.load(**db, pi).isEmpty(); });
    td::Dashboard dashboard(**db);
    time("  of which Dashboard::all", runs, [&] { return dashboard.all(pi).ok(); });
    time("  of which the protocol", runs,
         [&] { return td::ProtocolRepository(**db).load(pi).ok(); });
    time("  of which the instruments", runs,
         [&] { return td::InstrumentCatalog::load(**db).ok(); });
    time("  of which the open alerts", runs,
         [&] { return td::AlertRepository(**db).list(pi, true).ok(); });
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
        if (!view.load(**db, pi).isEmpty())
            return false;
        QApplication::processEvents();
        QPainter painter(&image);
        view.render(&painter);
        return true;
    });
    return 0;
}
