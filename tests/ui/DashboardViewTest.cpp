// The PI dashboard: the demo's numbers for the PI (outcomes pooled over the arms), the arms
// compared for the statistician, nothing by arm for a blinded assessor, what ReportAccess allows
// for the other roles, both languages, and saving.

#include "dashboard/DashboardView.h"

#include "DemoDatabase.h"
#include "dashboard/AlertsCard.h"
#include "dashboard/ArmSizesCard.h"
#include "dashboard/AttendanceCard.h"
#include "dashboard/BlindingCard.h"
#include "dashboard/ChangeCard.h"
#include "dashboard/EffectSizeCard.h"
#include "dashboard/FunnelCard.h"
#include "dashboard/RecruitmentCard.h"
#include "dashboard/RetentionCard.h"
#include "dashboard/RetentionModel.h"
#include "dashboard/TrajectoryCard.h"
#include "i18n/LanguageManager.h"
#include "reporting/Dashboard.h"
#include "reporting/DashboardData.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QValueAxis>
#include <QtCharts/QAbstractBarSeries>

using namespace td;

using DashboardViewTest = DemoDatabase;

namespace {

// Every text a user could read anywhere in the widget tree: labels, buttons, combo boxes, item
// models (cells and headers), and the charts' titles, axes, categories, series, bar sets and
// legend entries.
QStringList allTexts(const QWidget& root)
{
    QStringList out;
    out << root.windowTitle() << root.toolTip() << root.accessibleName();
    for (const QWidget* w : root.findChildren<QWidget*>()) {
        out << w->toolTip() << w->accessibleName() << w->whatsThis();
        if (const auto* l = qobject_cast<const QLabel*>(w))
            out << l->text();
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            out << b->text();
        if (const auto* c = qobject_cast<const QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (const auto* v = qobject_cast<const QAbstractItemView*>(w); v && v->model()) {
            const QAbstractItemModel* m = v->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                out << m->headerData(r, Qt::Vertical).toString()
                    << m->headerData(r, Qt::Vertical, Qt::ToolTipRole).toString();
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data().toString()
                        << m->index(r, c).data(Qt::ToolTipRole).toString();
            }
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString()
                    << m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
        if (const auto* cv = qobject_cast<const QChartView*>(w)) {
            const QChart* chart = cv->chart();
            out << chart->title();
            for (QAbstractAxis* axis : chart->axes()) {
                out << axis->titleText();
                if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis))
                    out << cat->categories();
            }
            for (const QAbstractSeries* s : chart->series()) {
                out << s->name();
                if (const auto* bars = qobject_cast<const QAbstractBarSeries*>(s))
                    for (const QBarSet* set : bars->barSets())
                        out << set->label();
            }
            for (const QLegendMarker* marker : chart->legend()->markers())
                out << marker->label();
        }
    }
    out.removeAll(QString());
    return out;
}

// The colours every chart draws its series in.
QList<QColor> chartColours(const QWidget& root)
{
    QList<QColor> out;
    for (const QChartView* cv : root.findChildren<QChartView*>())
        for (const QAbstractSeries* s : cv->chart()->series()) {
            if (const auto* line = qobject_cast<const QLineSeries*>(s))
                out << line->pen().color() << line->color();
            if (const auto* area = qobject_cast<const QAreaSeries*>(s))
                out << area->brush().color() << area->pen().color();
            if (const auto* bars = qobject_cast<const QAbstractBarSeries*>(s))
                for (QBarSet* set : bars->barSets())
                    out << set->color() << set->borderColor();
        }
    return out;
}

QStringList visibleHeadings(const DashboardView& view)
{
    QStringList out;
    for (const DashboardCard* card : view.visibleCards())
        out << card->heading();
    return out;
}

bool anyContains(const QStringList& texts, const QString& needle)
{
    for (const QString& t : texts)
        if (t.contains(needle))
            return true;
    return false;
}

} // namespace

TEST_F(DashboardViewTest, PiSeesTheDemosNumbersWithOutcomesPooledOverTheArms)
{
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    DashboardView view;
    ASSERT_EQ(view.load(*m_db, pi), QString());
    // Every card but the two that compare the arms (effect size, blinding index).
    std::vector<DashboardCard*> expected;
    for (DashboardCard* card : view.cards())
        if (card != view.effectSizeCard() && card != view.blindingCard())
            expected.push_back(card);
    EXPECT_EQ(view.visibleCards(), expected)
        << visibleHeadings(view).join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(view.notes().isEmpty()) << view.notes().toStdString();

    auto core = Dashboard(*m_db).all(pi);
    ASSERT_TRUE(core.ok()) << core.message().toStdString();
    ASSERT_FALSE(core->comparative);
    const ScreeningFunnel& funnel = *core->funnel;

    // The banner says why there are no arms, in the core's words.
    EXPECT_FALSE(view.comparative());
    ASSERT_FALSE(core->pooledNote.isEmpty());
    EXPECT_EQ(view.pooledNote(), core->pooledNote);
    auto* banner = view.findChild<QLabel*>(QStringLiteral("pooledNote"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("pooled over all arms")));
    // No closed report for the PI.
    ASSERT_NE(view.dmcReportButton(), nullptr);
    EXPECT_TRUE(view.dmcReportButton()->isHidden());

    // The funnel: one bar per step, top to bottom assessed, eligible, consented, randomized.
    const QChart* funnelChart = view.funnelCard()->chart();
    const auto* funnelBars = qobject_cast<QAbstractBarSeries*>(funnelChart->series().value(0));
    ASSERT_NE(funnelBars, nullptr);
    const QBarSet* set = funnelBars->barSets().value(0);
    ASSERT_NE(set, nullptr);
    ASSERT_EQ(set->count(), 4);
    EXPECT_EQ(set->at(3), funnel.assessed);
    EXPECT_EQ(set->at(2), funnel.eligible);
    EXPECT_EQ(set->at(1), funnel.consented);
    EXPECT_EQ(set->at(0), funnel.randomized);
    const QStringList texts = allTexts(view);
    EXPECT_TRUE(anyContains(texts, QStringLiteral("Assessed: %1 (100.0%)").arg(funnel.assessed)));

    // Recruitment: the all-sites curve ends at the number randomized.
    const QChart* recruitment = view.recruitmentCard()->chart();
    const auto* all = qobject_cast<QLineSeries*>(recruitment->series().value(0));
    ASSERT_NE(all, nullptr);
    ASSERT_GT(all->count(), 1);
    EXPECT_EQ(all->at(all->count() - 1).y(), funnel.randomized);
    EXPECT_TRUE(all->name().contains(QString::number(funnel.randomized)));
    EXPECT_TRUE(anyContains(texts, QStringLiteral("Site OSL")));
    EXPECT_TRUE(anyContains(texts, QStringLiteral("Site BRG")));
    EXPECT_TRUE(anyContains(texts, QStringLiteral("Target (%1").arg(core->recruitment->target)));

    // Arm sizes stay per arm: they add up to the number randomized; every arm by name and code.
    QStringList armNames;
    int armTotal = 0;
    for (const ArmSize& a : *core->armSizes) {
        armTotal += a.randomized;
        armNames << a.arm.name;
        EXPECT_TRUE(anyContains(texts, QStringLiteral("%1: %2").arg(a.arm.code).arg(a.randomized)));
        EXPECT_TRUE(anyContains(texts, a.arm.name));
    }
    EXPECT_EQ(armTotal, funnel.randomized);
    ASSERT_EQ(armNames.size(), 2);

    // Retention: a row per visit and one column, all arms; the core's shares.
    RetentionModel* retention = view.retentionCard()->model();
    QAbstractItemModelTester tester(retention,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(retention->columnCount(), 1);
    EXPECT_EQ(retention->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("All arms, % (95% CI)"));
    ASSERT_GT(retention->rowCount(), 3);
    const RetentionCell& first = core->retention->front();
    EXPECT_EQ(retention->index(0, 0).data().toString(), DashboardStyle::proportion(first.retained));
    EXPECT_TRUE(retention->headerData(0, Qt::Vertical).toString() == QStringLiteral("Baseline"));
    EXPECT_TRUE(view.retentionCard()->heading().contains(QStringLiteral("all arms pooled")));

    // Trajectory: one line, "All arms", in the neutral colour; no arm by name or colour.
    const QChart* trajectory = view.trajectoryCard()->chart();
    EXPECT_TRUE(trajectory->title().contains(QStringLiteral("observed cases")));
    EXPECT_TRUE(trajectory->title().contains(QStringLiteral("HRSD-17")));
    EXPECT_TRUE(trajectory->title().contains(QStringLiteral("all arms pooled")));
    QStringList lines;
    for (const QAbstractSeries* s : trajectory->series())
        if (qobject_cast<const QLineSeries*>(s))
            lines << s->name();
    EXPECT_EQ(lines, QStringList{QStringLiteral("All arms")});
    const QStringList trajectoryTexts = allTexts(*view.trajectoryCard());
    const QStringList changeTexts = allTexts(*view.changeCard());
    for (const QString& name : armNames) {
        EXPECT_FALSE(anyContains(trajectoryTexts, name)) << name.toStdString();
        EXPECT_FALSE(anyContains(changeTexts, name)) << name.toStdString();
    }
    QList<QColor> outcomeColours = chartColours(*view.trajectoryCard());
    outcomeColours << chartColours(*view.changeCard());
    EXPECT_TRUE(outcomeColours.contains(DashboardStyle::pooledColour()));
    for (const QColor& armColour :
         {QColor(QStringLiteral("#1f77b4")), QColor(QStringLiteral("#d62728"))}) {
        EXPECT_TRUE(chartColours(*view.armSizesCard()).contains(armColour)); // sizes by arm
        EXPECT_FALSE(outcomeColours.contains(armColour)) << armColour.name().toStdString();
    }

    // Change classes: one bar set, all arms.
    const auto* changeBars =
        qobject_cast<QAbstractBarSeries*>(view.changeCard()->chart()->series().value(0));
    ASSERT_NE(changeBars, nullptr);
    ASSERT_EQ(changeBars->count(), 1);
    EXPECT_TRUE(
        changeBars->barSets().value(0)->label().startsWith(QStringLiteral("All arms (n = ")));

    EXPECT_EQ(view.alertsCard()->valueText(), QString::number(*core->openAlerts));

    // The instrument chooser recomputes the outcome cards.
    EXPECT_TRUE(view.instruments().contains(QStringLiteral("phq9")));
    EXPECT_TRUE(view.instruments().contains(QStringLiteral("hrsd17")));
    EXPECT_EQ(view.setInstrument(QStringLiteral("phq9")), QString());
    EXPECT_TRUE(view.trajectoryCard()->chart()->title().contains(QStringLiteral("PHQ-9")));
    EXPECT_TRUE(view.retentionCard()->heading().contains(QStringLiteral("PHQ-9")));
    EXPECT_FALSE(view.pooledNote().isEmpty());
}

TEST_F(DashboardViewTest, StatisticianAndCommitteeCompareTheArmsAndMayMakeTheClosedReport)
{
    for (const auto& [name, role] :
         {std::pair{"statistician", Role::Statistician}, std::pair{"dmc", Role::Dmc}}) {
        SCOPED_TRACE(name);
        const Actor reader = actor(name, role);
        DashboardView view;
        ASSERT_EQ(view.load(*m_db, reader), QString());
        auto core = Dashboard(*m_db).all(reader);
        ASSERT_TRUE(core.ok()) << core.message().toStdString();
        ASSERT_TRUE(core->comparative);

        EXPECT_TRUE(view.comparative());
        EXPECT_TRUE(view.pooledNote().isEmpty());
        EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("pooledNote"))->isHidden());
        EXPECT_FALSE(view.dmcReportButton()->isHidden());
        EXPECT_EQ(view.dmcReportButton()->text(), QStringLiteral("Closed DMC report…"));

        // Retention, trajectory and change per arm, in the arms' colours.
        EXPECT_EQ(view.retentionCard()->model()->columnCount(),
                  static_cast<int>(core->armSizes->size()));
        EXPECT_FALSE(view.retentionCard()->heading().contains(QStringLiteral("pooled")));
        const QChart* trajectory = view.trajectoryCard()->chart();
        EXPECT_TRUE(trajectory->title().contains(QStringLiteral("per arm")));
        QStringList lines;
        for (const QAbstractSeries* s : trajectory->series())
            if (qobject_cast<const QLineSeries*>(s))
                lines << s->name();
        QStringList armNames;
        for (const ArmSize& a : *core->armSizes)
            armNames << a.arm.name;
        EXPECT_EQ(lines, armNames);
        const QList<QColor> colours = chartColours(*view.trajectoryCard());
        EXPECT_TRUE(colours.contains(QColor(QStringLiteral("#1f77b4"))));
        EXPECT_TRUE(colours.contains(QColor(QStringLiteral("#d62728"))));
        EXPECT_FALSE(colours.contains(DashboardStyle::pooledColour()));
        EXPECT_FALSE(view.effectSizeCard()->isHidden());
        EXPECT_TRUE(view.effectSizeCard()->valueText().startsWith(QStringLiteral("d = ")));
        EXPECT_FALSE(view.blindingCard()->isHidden());
    }
}

TEST_F(DashboardViewTest, BlindedAssessorSeesNoArmAnywhere)
{
    QStringList armTexts;
    QList<QColor> armColours;
    auto arms = m_db->exec(QStringLiteral("SELECT code, name, colour FROM arm"));
    ASSERT_TRUE(arms.ok());
    while ((*arms)->next()) {
        armTexts << (*arms)->value(0).toString() << (*arms)->value(1).toString();
        armColours << QColor((*arms)->value(2).toString());
    }
    ASSERT_EQ(armTexts.size(), 4);

    // The same view first shows the PI's dashboard: nothing of it may stay behind.
    DashboardView view;
    ASSERT_EQ(view.load(*m_db, actor("pi", Role::PrincipalInvestigator)), QString());
    ASSERT_EQ(view.load(*m_db, actor("assessor", Role::BlindedAssessor)), QString());
    view.resize(1280, 900);
    view.show();
    QCoreApplication::processEvents();

    // Counts without arms only: recruitment, the funnel, the open alerts.
    std::vector<DashboardCard*> expected{view.alertsCard(), view.recruitmentCard(),
                                         view.funnelCard()};
    EXPECT_EQ(view.visibleCards(), expected);
    EXPECT_FALSE(view.findChild<QComboBox*>()->isVisible()); // no instrument chooser
    EXPECT_TRUE(view.notes().contains(QStringLiteral("by treatment arm")));
    // Neither the pooled banner nor the closed report (nothing of the PI's load stays behind).
    EXPECT_TRUE(view.pooledNote().isEmpty());
    EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("pooledNote"))->isHidden());
    EXPECT_TRUE(view.dmcReportButton()->isHidden());

    const QStringList texts = allTexts(view);
    ASSERT_FALSE(texts.isEmpty());
    for (const QString& arm : armTexts)
        EXPECT_FALSE(anyContains(texts, arm)) << "the blinded assessor sees " << arm.toStdString();
    for (const QColor& colour : chartColours(view))
        EXPECT_FALSE(armColours.contains(colour)) << colour.name().toStdString();
    EXPECT_EQ(view.retentionCard()->model()->rowCount(), 0);
    EXPECT_EQ(view.savePng(m_dir.filePath(QStringLiteral("blind.png"))), QString());
}

TEST_F(DashboardViewTest, OtherRolesGetWhatReportAccessAllows)
{
    for (const char* name : {"therapist1", "admin"}) {
        DashboardView view;
        const Role role = QByteArray(name) == "admin" ? Role::Administrator : Role::Therapist;
        const QString message = view.load(*m_db, actor(name, role));
        EXPECT_FALSE(message.isEmpty()) << name;
        EXPECT_TRUE(view.visibleCards().empty()) << name;
        EXPECT_EQ(view.notes(), message);
    }
    {
        DashboardView view;
        ASSERT_EQ(view.load(*m_db, actor("coordinator", Role::Coordinator)), QString());
        // Counts by arm, and the outcomes pooled over the arms.
        std::vector<DashboardCard*> expected{view.alertsCard(),     view.recruitmentCard(),
                                             view.funnelCard(),     view.armSizesCard(),
                                             view.retentionCard(),  view.attendanceCard(),
                                             view.trajectoryCard(), view.changeCard()};
        EXPECT_EQ(view.visibleCards(), expected);
        EXPECT_FALSE(view.pooledNote().isEmpty());
        EXPECT_EQ(view.retentionCard()->model()->columnCount(), 1);
        EXPECT_TRUE(view.dmcReportButton()->isHidden());
    }
    {
        DashboardView view;
        ASSERT_EQ(view.load(*m_db, actor("statistician", Role::Statistician)), QString());
        EXPECT_TRUE(view.alertsCard()->isHidden()); // no ViewAlerts
        EXPECT_FALSE(view.trajectoryCard()->isHidden());
        EXPECT_FALSE(view.effectSizeCard()->isHidden());
        // Every card but the alerts and the PI's data-quality tile.
        EXPECT_EQ(view.visibleCards().size(), view.cards().size() - 2);
    }
}

TEST_F(DashboardViewTest, LanguageSwitchRetranslatesChartsAndTables)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    DashboardView view;
    ASSERT_EQ(view.load(*m_db, actor("pi", Role::PrincipalInvestigator)), QString());
    view.show();
    QCoreApplication::processEvents();
    const QString title = view.funnelCard()->chart()->title();
    const QString header = view.retentionCard()->model()->headerData(0, Qt::Horizontal).toString();
    const QString heading = view.retentionCard()->heading();
    const QString pooled = view.pooledNote();
    QStringList visits; // the retention table's rows: the protocol's visit labels
    for (int r = 0; r < view.retentionCard()->model()->rowCount(); ++r)
        visits << view.retentionCard()->model()->headerData(r, Qt::Vertical).toString();
    EXPECT_EQ(title, QStringLiteral("Screening funnel"));

    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_NE(view.funnelCard()->chart()->title(), title);
    EXPECT_EQ(view.funnelCard()->chart()->title(), QStringLiteral("Screeningtrakt"));
    EXPECT_NE(view.retentionCard()->model()->headerData(0, Qt::Horizontal).toString(), header);
    EXPECT_NE(view.retentionCard()->heading(), heading);
    EXPECT_NE(view.pooledNote(), pooled); // the banner over the pooled figures
    // The visit labels in the protocol's Norwegian ("Uke 8"), not as they were loaded.
    QStringList visitsNb;
    for (int r = 0; r < view.retentionCard()->model()->rowCount(); ++r)
        visitsNb << view.retentionCard()->model()->headerData(r, Qt::Vertical).toString();
    ASSERT_FALSE(visits.isEmpty());
    EXPECT_NE(visitsNb, visits);
    EXPECT_TRUE(visitsNb.join(QLatin1Char(',')).contains(QStringLiteral("Uke")))
        << visitsNb.join(QLatin1Char(',')).toStdString();
    // The arms' names in the protocol's Bokmål too (the legends and bar labels).
    auto arms = reporting::DashboardData::arms(*m_db);
    ASSERT_TRUE(arms.ok());
    for (const ArmLabel& arm : *arms)
        EXPECT_NE(DashboardStyle::armName(arm), arm.name) << arm.name.toStdString();
    EXPECT_TRUE(view.findChild<QComboBox*>()->currentText().contains(QStringLiteral("HRSD-17")));
    // Numbers in the Norwegian locale: a decimal comma in the retention cells.
    EXPECT_TRUE(
        view.retentionCard()->model()->index(0, 0).data().toString().contains(QLatin1Char(',')));

    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(view.funnelCard()->chart()->title(), title);
    EXPECT_EQ(view.retentionCard()->model()->headerData(0, Qt::Horizontal).toString(), header);
    EXPECT_EQ(view.retentionCard()->heading(), heading);
    EXPECT_EQ(view.pooledNote(), pooled);
}

TEST_F(DashboardViewTest, SavesPngAndPdf)
{
    DashboardView view;
    ASSERT_EQ(view.load(*m_db, actor("pi", Role::PrincipalInvestigator)), QString());
    const QString png = m_dir.filePath(QStringLiteral("dashboard.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    ASSERT_EQ(view.savePng(png), QString());
    ASSERT_EQ(view.savePdf(pdf), QString());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 2 * DashboardView::exportWidth);
    EXPECT_GT(image.height(), 2 * 900);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray content = pdfFile.readAll();
    EXPECT_TRUE(content.startsWith("%PDF"));
    EXPECT_TRUE(content.trimmed().endsWith("%%EOF"));
    EXPECT_FALSE(view.savePng(m_dir.filePath(QStringLiteral("no/such/dir/x.png"))).isEmpty());
}

// Screenshots of the PI's dashboard at 1280x900 for a look (TD_DASHBOARD_SCREENSHOTS=dir).
TEST_F(DashboardViewTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("TD_DASHBOARD_SCREENSHOTS");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_DASHBOARD_SCREENSHOTS to a directory";
    for (const auto& [name, role] : {std::pair{"pi", Role::PrincipalInvestigator},
                                     std::pair{"assessor", Role::BlindedAssessor}}) {
        DashboardView view;
        ASSERT_EQ(view.load(*m_db, actor(name, role)), QString());
        view.resize(1280, 900);
        view.show();
        QCoreApplication::processEvents();
        const QString prefix = dir + QStringLiteral("/dash-") + QString::fromLatin1(name);
        view.grab().save(prefix + QStringLiteral("-1.png"));
        auto* scroll = view.findChild<QScrollArea*>();
        int page = 2;
        while (scroll->verticalScrollBar()->value() < scroll->verticalScrollBar()->maximum()) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->value() + 820);
            QCoreApplication::processEvents();
            view.grab().save(prefix + QStringLiteral("-%1.png").arg(page++));
        }
        ASSERT_EQ(view.savePng(prefix + QStringLiteral("-full.png")), QString());
        ASSERT_EQ(view.savePdf(prefix + QStringLiteral(".pdf")), QString());
    }
}
