// Times the desktop window on a trial database, offscreen (issue 5, on the 10,000-participant
// demo made by `trialdesk-cli demo --participants 10000 --unencrypted`): the main window ready
// after sign-in (built, shown and painted) for the coordinator and the PI (under 1 s), one
// keystroke in the registry's search box (under 50 ms), a participant page with its trajectory
// chart loaded and painted (under 150 ms), reloaded 100 times with the first and the last reload
// side by side (paint time, chart scene items and resident memory stay flat), and the resident
// memory at the end (under 300 MB). Work on a copy: opening a database brings its schema up to
// date. usage: trialdesk_window_bench --db FILE [--runs N]

#include "BenchSupport.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "participant/ParticipantPage.h"
#include "participant/TrajectoryChart.h"
#include "registry/RegistryView.h"
#include "storage/Database.h"

#include <QApplication>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <chrono>
#include <cstdio>
#include <vector>

using td::bench::time;

namespace {

// Reloads of one participant page: enough for a per-reload leak to show in the last one.
constexpr int kReloads = 100;

bool paint(QWidget& w)
{
    QApplication::processEvents();
    QImage image(w.size(), QImage::Format_ARGB32);
    QPainter painter(&image);
    w.render(&painter);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto opened = td::bench::openTrial("trialdesk_window_bench");
    if (!opened)
        return 2;
    td::Database& trial = *opened->db;
    const QString& path = opened->path;
    const int runs = opened->runs;
    const td::Actor coordinator =
        td::bench::firstUser(trial, td::Role::Coordinator, "coordinator", "coordinator");
    const td::Actor pi = td::bench::firstUser(trial, td::Role::PrincipalInvestigator,
                                              "principal_investigator", "pi");
    // The participant with the most assessments: the fullest page and chart.
    auto busiest = trial.scalar(QStringLiteral(
        "SELECT participant_id FROM assessment GROUP BY participant_id ORDER BY COUNT(*) DESC "
        "LIMIT 1"));
    if (coordinator.userId == 0 || pi.userId == 0 || !busiest.ok()) {
        std::fprintf(stderr, "%s has no coordinator, PI or assessment\n", qPrintable(path));
        return 1;
    }
    td::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));

    for (const td::Actor* who : {&coordinator, &pi}) {
        const QByteArray label = "main window ready (" + who->username.toUtf8() + ")";
        time(label.constData(), runs, [&] {
            td::MainWindow window(trial, *who, languages);
            window.resize(1280, 800);
            window.show();
            return paint(window);
        });
    }

    // Keystrokes in the registry's search box: typing a study id and deleting it again.
    {
        td::MainWindow window(trial, coordinator, languages);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        QLineEdit* search = window.registry()->searchBox();
        const QString typed = QStringLiteral("OSL-12");
        int step = 0;
        time("registry search keystroke", 4 * static_cast<int>(typed.size()), [&] {
            // 1..6 characters, then back down to 0, and again.
            const int cycle = 2 * static_cast<int>(typed.size());
            const int at = step++ % cycle;
            const int length = at < typed.size() ? at + 1 : cycle - at - 1;
            search->setText(typed.left(length));
            QApplication::processEvents();
            return true;
        });
    }

    // The participant page reloaded 100 times on one page (as F5, another instrument or a save
    // does; a handful of runs hid the growth of issue 21): the first and the last reload side
    // by side, each with its load and paint times, the chart scene's items and the resident
    // memory after it.
    {
        td::ParticipantPage page(trial, coordinator);
        page.resize(1280, 800);
        page.show();
        struct Reload
        {
            double loadMs = 0;
            double paintMs = 0;
            qsizetype items = 0;
            double rssMiB = 0;
        };
        std::vector<Reload> reloads;
        std::vector<double> totals;
        for (int i = 0; i < kReloads; ++i) {
            const auto start = std::chrono::steady_clock::now();
            if (!page.load(busiest->toLongLong()).isEmpty()) {
                std::printf("%-34s failed\n", "participant page with chart");
                return 1;
            }
            const auto loaded = std::chrono::steady_clock::now();
            paint(page);
            const auto painted = std::chrono::steady_clock::now();
            Reload r;
            r.loadMs = std::chrono::duration<double, std::milli>(loaded - start).count();
            r.paintMs = std::chrono::duration<double, std::milli>(painted - loaded).count();
            r.items = page.chart()->chart()->scene()->items().size();
            r.rssMiB = td::bench::residentMiB().first;
            reloads.push_back(r);
            totals.push_back(r.loadMs + r.paintMs);
        }
        std::printf("%-34s first %7.1f ms   median %7.1f ms   last %7.1f ms (%d reloads)\n",
                    "participant page with chart", totals.front(), td::bench::median(totals),
                    totals.back(), kReloads);
        for (std::size_t i : {std::size_t{0}, reloads.size() - 1}) {
            const Reload& r = reloads[i];
            std::printf("  reload %3zu: load %7.1f ms   paint %7.1f ms   %6lld scene items   "
                        "resident %7.1f MiB\n",
                        i + 1, r.loadMs, r.paintMs, static_cast<long long>(r.items), r.rssMiB);
        }
    }

    const auto [rss, peak] = td::bench::residentMiB();
    std::printf("resident memory                    now %7.1f MiB   peak %7.1f MiB\n", rss, peak);
    return 0;
}
