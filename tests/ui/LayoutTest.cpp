// Layout at the default window size, 1100×700 (issue 21 item 5): the tables' headers and cells
// are not cut, also after switching to Norwegian while the window is open; the session list
// shows all its columns; the participant page shows every visit of the schedule, with the year
// in the visit windows, and its chart's legend whole; the dashboard's chart titles and vertical
// axis titles fit their charts; legend swatches
// are large enough to see; the entry form's hints are dark enough to read.

#include "DemoDatabase.h"
#include "dashboard/DashboardView.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "participant/ParticipantModels.h"
#include "participant/ParticipantPage.h"
#include "participant/TrajectoryChart.h"
#include "reporting/ConsortPane.h"
#include "reporting/ConsortView.h"
#include "sessions/SessionLogView.h"
#include "worklist/WorklistView.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <cmath>

using namespace td;

namespace {

using LayoutTest = DemoDatabase;

constexpr QSize defaultSize(1100, 700);

void settle()
{
    for (int i = 0; i < 8; ++i)
        QApplication::processEvents();
}

// Every column of the table is at least as wide as its header text and its widest cell.
void expectColumnsWhole(const QTableView& table, const std::string& what)
{
    const QHeaderView* header = table.horizontalHeader();
    const QAbstractItemView& view = table;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString title = table.model()->headerData(c, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c))
            << what << ": header \"" << title.toStdString() << "\" is cut";
        EXPECT_GE(header->sectionSize(c), view.sizeHintForColumn(c))
            << what << ": a cell of \"" << title.toStdString() << "\" is cut";
    }
}

template <typename T> T* area(const MainWindow& window)
{
    for (int i = 0; i < window.tabs()->count(); ++i)
        if (auto* w = qobject_cast<T*>(window.tabs()->widget(i)))
            return w;
    return nullptr;
}

// The window at the default size with its dashboard in front, laid out; null without one.
DashboardView* showDashboard(MainWindow& window)
{
    window.resize(defaultSize);
    window.show();
    DashboardView* dashboard = area<DashboardView>(window);
    if (dashboard)
        window.tabs()->setCurrentWidget(dashboard);
    settle();
    return dashboard;
}

// Relative luminance and contrast ratio (WCAG 2).
double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST_F(LayoutTest, TablesStayWholeAfterSwitchingToNorwegianAtTheDefaultSize)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    for (const auto& [who, role] : {std::pair{"coordinator", Role::Coordinator},
                                    std::pair{"assessor", Role::BlindedAssessor}}) {
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(*m_db, actor(who, role), languages);
        window.resize(defaultSize);
        window.show();
        settle();
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
        settle();
        WorklistView* worklist = area<WorklistView>(window);
        ASSERT_NE(worklist, nullptr);
        const auto* table = worklist->findChild<QTableView*>();
        ASSERT_NE(table, nullptr);
        // "Oppgave" whole, not "ppgav" in a column sized for "Task".
        expectColumnsWhole(*table, std::string(who) + " worklist");
        if (SessionLogView* sessions = area<SessionLogView>(window))
            for (const QTableView* t : sessions->findChildren<QTableView*>())
                expectColumnsWhole(*t, "session list");
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(LayoutTest, SessionListShowsEveryPatientColumnAtTheDefaultSize)
{
    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        MainWindow window(*m_db, actor("coordinator", Role::Coordinator), languages);
        window.resize(defaultSize);
        window.show();
        SessionLogView* sessions = area<SessionLogView>(window);
        ASSERT_NE(sessions, nullptr);
        window.tabs()->setCurrentWidget(sessions);
        settle();
        // The window keeps its size: nothing asks for more than 1100 pixels.
        EXPECT_LE(window.minimumSizeHint().width(), defaultSize.width()) << language.toStdString();
        EXPECT_EQ(window.width(), defaultSize.width()) << language.toStdString();
        const auto tables = sessions->findChildren<QTableView*>();
        ASSERT_FALSE(tables.isEmpty());
        const QTableView* patients = tables.front();
        // No column scrolled out of sight ("Andel av dose", "Last session").
        EXPECT_EQ(patients->horizontalScrollBar()->maximum(), 0) << language.toStdString();
        expectColumnsWhole(*patients, "patients");
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(LayoutTest, ParticipantPageShowsEveryVisitWithItsYearAtTheDefaultSize)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM participant WHERE arm_id IS NOT NULL "
                                          "ORDER BY randomized_at LIMIT 1"));
    ASSERT_TRUE(id.ok());
    MainWindow window(*m_db, actor("coordinator", Role::Coordinator), languages);
    window.resize(defaultSize);
    window.show();
    ParticipantPage* page = window.openParticipant(id->toLongLong());
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    settle();
    // Long Norwegian values in the header ("…, protokollversjon 1") wrap instead of widening
    // the window.
    EXPECT_LE(window.minimumSizeHint().width(), defaultSize.width());
    EXPECT_EQ(window.width(), defaultSize.width());
    const QTableView* visits = page->visitTable();
    const int rows = visits->model()->rowCount();
    ASSERT_GE(rows, 6);
    // The last visit is whole inside the table (no scrolling to see the schedule's end).
    const QRect last = visits->visualRect(visits->model()->index(rows - 1, 0));
    EXPECT_LE(last.bottom(), visits->viewport()->height())
        << "visible rows end at " << visits->viewport()->height();
    EXPECT_EQ(visits->verticalScrollBar()->maximum(), 0);
    // Each window shows its years.
    const auto& schedule = page->visitModel()->visits();
    for (int r = 0; r < rows; ++r) {
        const Visit& v = schedule[static_cast<std::size_t>(r)];
        if (!v.target.isValid())
            continue;
        const QString shown =
            page->visitModel()->index(r, VisitTableModel::Window).data().toString();
        EXPECT_TRUE(shown.contains(QString::number(v.windowOpen.year())) &&
                    shown.contains(QString::number(v.windowClose.year())))
            << shown.toStdString();
    }
    expectColumnsWhole(*visits, "visits");
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(LayoutTest, DashboardAxisTitlesFitTheirPlotsAtTheDefaultSize)
{
    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        MainWindow window(*m_db, actor("statistician", Role::Statistician), languages);
        DashboardView* dashboard = showDashboard(window);
        ASSERT_NE(dashboard, nullptr);
        int checked = 0;
        for (const QChartView* view : dashboard->findChildren<QChartView*>()) {
            const QChart* chart = view->chart();
            if (!view->isVisible() || chart->series().isEmpty())
                continue;
            for (const QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
                if (axis->titleText().isEmpty() || !axis->isTitleVisible())
                    continue;
                const QFontMetricsF metrics(axis->titleFont());
                EXPECT_LE(metrics.horizontalAdvance(axis->titleText()), chart->plotArea().height())
                    << language.toStdString() << ": \"" << axis->titleText().toStdString()
                    << "\" in \"" << chart->title().toStdString() << "\"";
                ++checked;
            }
            // Legend swatches about a line of text high (Qt draws them half the font's height).
            if (chart->legend()->isVisible()) {
                EXPECT_GE(QFontMetricsF(chart->legend()->font()).height() / 2, 11.0)
                    << chart->title().toStdString();
            }
        }
        EXPECT_GE(checked, 4) << language.toStdString();
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(LayoutTest, ConsortDiagramScrollsToItsEndAtTheDefaultSize)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
    window.resize(defaultSize);
    window.show();
    ConsortPane* pane = area<ConsortPane>(window);
    ASSERT_NE(pane, nullptr);
    window.tabs()->setCurrentWidget(pane);
    settle();
    const ConsortView* view = pane->view();
    // The diagram keeps the height it needs (the analysis at its foot) and the area scrolls.
    EXPECT_GE(view->height(), view->heightForWidth(view->width()));
    const auto* scroll = pane->findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0);
}

TEST_F(LayoutTest, ParticipantChartLegendSwatchesAreLargeEnoughToSee)
{
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM participant WHERE arm_id IS NOT NULL "
                                          "ORDER BY randomized_at LIMIT 1"));
    ASSERT_TRUE(id.ok());
    ParticipantPage page(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_EQ(page.load(id->toLongLong()), QString());
    const QLegend* legend = page.chart()->chart()->legend();
    ASSERT_TRUE(legend->isVisible());
    EXPECT_GE(QFontMetricsF(legend->font()).height() / 2, 11.0);
}

TEST_F(LayoutTest, EntryFormHintsHaveReadableContrast)
{
    auto ids = m_db->scalar(QStringLiteral(
        "SELECT p.id || ',' || t.id FROM participant p, time_point t WHERE p.randomized_at IS "
        "NOT NULL AND t.code = 'fu3y' LIMIT 1"));
    ASSERT_TRUE(ids.ok());
    const QStringList parts = ids->toString().split(QLatin1Char(','));
    ASSERT_EQ(parts.size(), 2);
    AssessmentEntryForm form(*m_db, actor("coordinator", Role::Coordinator), parts[0].toLongLong(),
                             parts[1].toLongLong(), QStringLiteral("phq9"));
    form.show();
    settle();
    static const QRegularExpression colour(QStringLiteral("(?:^|[;\\s])color:\\s*([^;]+);"));
    const QColor background = form.palette().color(QPalette::Window);
    int hints = 0;
    for (const QLabel* label : form.findChildren<QLabel*>()) {
        const auto match = colour.match(label->styleSheet());
        if (!match.hasMatch() || label->text().isEmpty())
            continue;
        const QColor ink = label->palette().color(label->foregroundRole());
        // Normal-size text needs 4.5:1 (WCAG 2 AA).
        EXPECT_GE(contrast(ink, background), 4.5)
            << label->text().left(40).toStdString() << " in " << ink.name().toStdString();
        ++hints;
    }
    EXPECT_GT(hints, 0);
}

TEST_F(LayoutTest, DashboardChartTitlesAreWholeAtTheDefaultSize)
{
    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        // The PI's dashboard has the pooled titles (the longest), the statistician's per arm.
        for (const auto& [user, role] : {std::pair{"pi", Role::PrincipalInvestigator},
                                         std::pair{"statistician", Role::Statistician}}) {
            ASSERT_TRUE(languages.setLanguage(language));
            MainWindow window(*m_db, actor(user, role), languages);
            DashboardView* dashboard = showDashboard(window);
            ASSERT_NE(dashboard, nullptr);
            int checked = 0;
            for (const QChartView* view : dashboard->findChildren<QChartView*>()) {
                const QChart* chart = view->chart();
                if (!view->isVisible() || chart->title().isEmpty())
                    continue;
                // Qt Charts cuts a title wider than the chart's width less its margins.
                const qreal room =
                    chart->size().width() - chart->margins().left() - chart->margins().right();
                EXPECT_LE(QFontMetricsF(chart->titleFont()).horizontalAdvance(chart->title()), room)
                    << language.toStdString() << ", " << user << ": \""
                    << chart->title().toStdString() << "\"";
                ++checked;
            }
            EXPECT_GE(checked, 5) << language.toStdString() << ", " << user;
        }
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(LayoutTest, TheParticipantChartShowsItsWholeLegendAtTheDefaultSize)
{
    LanguageManager languages;
    // A participant with sessions attended and missed: the legend's longest list.
    auto id = m_db->scalar(QStringLiteral(
        "SELECT p.id FROM participant p WHERE p.arm_id IS NOT NULL ORDER BY (SELECT COUNT(*) FROM "
        "therapy_session s WHERE s.participant_id = p.id AND s.attendance <> 'attended') > 0 "
        "DESC, (SELECT COUNT(*) FROM assessment a WHERE a.participant_id = p.id) DESC LIMIT 1"));
    ASSERT_TRUE(id.ok()) << id.message().toStdString();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        MainWindow window(*m_db, actor("coordinator", Role::Coordinator), languages);
        window.resize(defaultSize);
        window.show();
        ParticipantPage* page = window.openParticipant(id->toLongLong());
        ASSERT_NE(page, nullptr);
        settle();
        settle(); // the chart takes the height its legend needs once laid out
        const QLegend* legend = page->chart()->chart()->legend();
        ASSERT_TRUE(legend->isVisible());
        // Qt gives a legend less room than its entries take by cutting the last ones: each
        // entry (an item of the legend's item group) ends inside the legend.
        int entries = 0;
        for (const QGraphicsItem* group : legend->childItems())
            for (const QGraphicsItem* entry : group->childItems()) {
                if (!entry->isVisible())
                    continue;
                const QRectF shown = entry->mapRectToItem(legend, entry->boundingRect());
                EXPECT_LE(shown.bottom(), legend->boundingRect().bottom() + 1)
                    << language.toStdString() << ": entry " << entries << " is cut";
                ++entries;
            }
        EXPECT_GE(entries, 6) << language.toStdString();
        EXPECT_EQ(window.height(), defaultSize.height()) << language.toStdString();
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

} // namespace
