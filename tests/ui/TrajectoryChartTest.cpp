// The trajectory chart: severity bands, baseline and reliable-improvement lines, session marks,
// alert points and hover text; saved as PNG and PDF; titles follow the language.

#include "participant/TrajectoryChart.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/ParticipantOutcomes.h"
#include "participant/ParticipantPage.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

using namespace td;

namespace {

// PHQ-9 at baseline 18, then 14, 9 and 5 (weeks -0.4 to 16), with six sessions (one missed)
// and a safety alert on the week-8 score.
TrajectoryChart::Input phq9Input()
{
    TrajectoryChart::Input in;
    in.definition = *InstrumentCatalog::builtIn().find(QStringLiteral("phq9"));
    in.origin = QDate(2025, 1, 6);
    in.fromRandomization = true;
    MeasureOutcome& m = in.measure;
    m.measure = m.instrumentId = QStringLiteral("phq9");
    const std::pair<int, double> scores[] = {{-3, 18}, {28, 14}, {56, 9}, {112, 5}};
    qint64 id = 1;
    for (const auto& [days, value] : scores)
        m.trajectory.push_back({id++, in.origin.addDays(days), days / 7.0, value});
    m.baseline = m.trajectory.front();
    m.latest = m.trajectory.back();
    m.smallestReliableChange = 6.5;
    m.reliableImprovementBound = 11.5;
    for (int k = 1; k <= 6; ++k) {
        TherapySession s;
        s.id = k;
        s.number = k;
        s.date = in.origin.addDays(7 * k);
        s.attendance = k == 3 ? Attendance::DidNotAttend : Attendance::Attended;
        in.sessions.push_back(s);
    }
    in.alerts.insert(3, QStringLiteral("suicidality"));
    return in;
}

class TrajectoryChartTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }
    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    LanguageManager m_languages;
};

} // namespace

TEST_F(TrajectoryChartTest, ShowsBandsReferenceLinesSessionsAndAlerts)
{
    TrajectoryChart chart;
    chart.setInput(phq9Input());
    const QList<QAreaSeries*> bands = chart.bandAreas();
    ASSERT_EQ(bands.size(), 5); // PHQ-9: minimal, mild, moderate, moderately severe, severe
    EXPECT_EQ(bands.front()->name(), QStringLiteral("Minimal"));
    EXPECT_EQ(bands.back()->name(), QStringLiteral("Severe"));
    // Adjacent bands meet half-way between whole-number limits: no white gaps.
    EXPECT_DOUBLE_EQ(bands[0]->upperSeries()->at(0).y(), 4.5);
    EXPECT_DOUBLE_EQ(bands[1]->lowerSeries()->at(0).y(), 4.5);
    EXPECT_DOUBLE_EQ(bands.back()->upperSeries()->at(0).y(), 27);
    // Severity reads from light green to light red.
    EXPECT_GT(bands.front()->color().green(), bands.front()->color().red());
    EXPECT_GT(bands.back()->color().red(), bands.back()->color().green());

    ASSERT_NE(chart.baselineLine(), nullptr);
    ASSERT_EQ(chart.baselineLine()->count(), 2);
    EXPECT_DOUBLE_EQ(chart.baselineLine()->at(0).y(), 18);
    EXPECT_TRUE(chart.baselineLine()->name().contains(QStringLiteral("18")));
    ASSERT_NE(chart.reliableChangeLine(), nullptr);
    ASSERT_EQ(chart.reliableChangeLine()->count(), 2);
    EXPECT_DOUBLE_EQ(chart.reliableChangeLine()->at(1).y(), 11.5);

    ASSERT_NE(chart.scoreLine(), nullptr);
    EXPECT_EQ(chart.scoreLine()->count(), 4);
    ASSERT_NE(chart.attendedSessions(), nullptr);
    ASSERT_NE(chart.missedSessions(), nullptr);
    EXPECT_EQ(chart.attendedSessions()->count(), 5);
    EXPECT_EQ(chart.missedSessions()->count(), 1);
    EXPECT_NE(chart.attendedSessions()->markerShape(), chart.missedSessions()->markerShape());
    // Sessions sit below the scale, clear of the scores and bands.
    EXPECT_LT(chart.attendedSessions()->at(0).y(), 0);
    EXPECT_LT(chart.scoreAxis()->min(), chart.attendedSessions()->at(0).y());
    ASSERT_NE(chart.alertPoints(), nullptr);
    ASSERT_EQ(chart.alertPoints()->count(), 1);
    EXPECT_DOUBLE_EQ(chart.alertPoints()->at(0).y(), 9);

    // Hover text: date, week, score and band, and the alert.
    const QString tip = chart.describeScore(chart.alertPoints()->at(0));
    EXPECT_TRUE(tip.contains(QStringLiteral("week 8.0"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("PHQ-9 9 (Mild)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Safety alert: Suicidality flag")));
    EXPECT_TRUE(chart.describeScore(QPointF(3, 3)).isEmpty());
    const QString session = chart.describeSession(chart.missedSessions()->at(0));
    EXPECT_TRUE(session.contains(QStringLiteral("Session 3"))) << session.toStdString();
    EXPECT_TRUE(session.contains(QStringLiteral("Did not attend")));

    EXPECT_EQ(chart.chart()->title(), QStringLiteral("PHQ-9 over weeks since randomization"));
    EXPECT_EQ(chart.timeAxis()->titleText(), QStringLiteral("Weeks since randomization"));
    EXPECT_EQ(chart.scoreAxis()->titleText(), QStringLiteral("PHQ-9 total"));
    EXPECT_LE(chart.timeAxis()->min(), -1);
    EXPECT_GE(chart.timeAxis()->max(), 17);
}

TEST_F(TrajectoryChartTest, WithoutSessionsOrAlertsThoseSeriesAreAbsent)
{
    TrajectoryChart::Input in = phq9Input();
    in.sessions.clear();
    in.alerts.clear();
    in.measure.reliableImprovementBound = -1.5; // baseline too low for a reliable improvement
    TrajectoryChart chart;
    chart.setInput(in);
    EXPECT_EQ(chart.attendedSessions(), nullptr);
    EXPECT_EQ(chart.missedSessions(), nullptr);
    EXPECT_EQ(chart.alertPoints(), nullptr);
    EXPECT_DOUBLE_EQ(chart.scoreAxis()->min(), 0); // no session rail below the scale
    ASSERT_NE(chart.reliableChangeLine(), nullptr);
    EXPECT_EQ(chart.reliableChangeLine()->count(), 0);
    EXPECT_TRUE(chart.reliableChangeLine()->name().contains(QStringLiteral("No reliable")));
}

TEST_F(TrajectoryChartTest, SavesPngAndPdf)
{
    TrajectoryChart chart;
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    EXPECT_FALSE(chart.savePng(png)); // nothing to save yet
    EXPECT_FALSE(QFile::exists(png));
    chart.setInput(phq9Input());
    ASSERT_TRUE(chart.savePng(png));
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), TrajectoryChart::exportSize() * 2);
    // Not blank: the bands and lines put colour into the image.
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 20u);

    ASSERT_TRUE(chart.savePdf(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_GT(bytes.size(), 2000);
    if (const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        chart.savePng(dir + QStringLiteral("/page-chart-export.png"));
        chart.savePdf(dir + QStringLiteral("/page-chart-export.pdf"));
    }

    EXPECT_FALSE(chart.savePng(m_dir.filePath(QStringLiteral("no/such/dir/x.png"))));
    EXPECT_FALSE(chart.savePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
}

TEST_F(TrajectoryChartTest, LanguageSwitchRetitlesTheChart)
{
    TrajectoryChart chart;
    chart.setInput(phq9Input());
    const QString english = chart.chart()->title();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_NE(chart.chart()->title(), english);
    EXPECT_TRUE(chart.chart()->title().contains(QStringLiteral("PHQ-9")));
    EXPECT_NE(chart.timeAxis()->titleText(), QStringLiteral("Weeks since randomization"));
    // Band names come from the definition, in Norwegian now.
    EXPECT_EQ(chart.bandAreas().front()->name(), QStringLiteral("Minimal"));
    EXPECT_EQ(chart.bandAreas().back()->name(), QStringLiteral("Alvorlig"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(chart.chart()->title(), english);
}

TEST_F(TrajectoryChartTest, PageChartHasEverythingForAParticipantWithAnAlert)
{
    // A participant whose visit score raised an alert, with sessions, on a scale where the
    // reliable-improvement bound is reachable.
    auto q = m_db->exec(QStringLiteral(
        "SELECT a.participant_id, a.instrument_id FROM alert al JOIN assessment a ON a.id = "
        "al.assessment_id JOIN participant p ON p.id = a.participant_id WHERE p.arm_id IS NOT "
        "NULL AND EXISTS (SELECT 1 FROM therapy_session s WHERE s.participant_id = p.id) ORDER "
        "BY al.id"));
    ASSERT_TRUE(q.ok());
    std::vector<std::pair<qint64, QString>> candidates;
    while ((*q)->next())
        candidates.emplace_back((*q)->value(0).toLongLong(), (*q)->value(1).toString());
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    ParticipantPage page(*m_db, pi);
    bool checked = false;
    for (const auto& [id, instrument] : candidates) {
        ASSERT_EQ(page.load(id), QString());
        ASSERT_TRUE(page.showInstrument(instrument));
        TrajectoryChart* chart = page.chart();
        const auto& in = chart->input();
        ASSERT_TRUE(in.has_value());
        if (!in->measure.reliableImprovementBound ||
            *in->measure.reliableImprovementBound < in->definition.totalMin)
            continue;
        EXPECT_EQ(chart->bandAreas().size(), static_cast<qsizetype>(in->definition.bands.size()));
        ASSERT_NE(chart->baselineLine(), nullptr);
        EXPECT_EQ(chart->baselineLine()->count(), 2);
        ASSERT_NE(chart->reliableChangeLine(), nullptr);
        EXPECT_EQ(chart->reliableChangeLine()->count(), 2);
        ASSERT_NE(chart->attendedSessions(), nullptr);
        EXPECT_GT(chart->attendedSessions()->count(), 0);
        ASSERT_NE(chart->alertPoints(), nullptr);
        EXPECT_GT(chart->alertPoints()->count(), 0);
        EXPECT_TRUE(chart->describeScore(chart->alertPoints()->at(0))
                        .contains(QStringLiteral("Safety alert")));
        // The reliable-improvement bound is the core's: baseline minus 1.96 x S_diff.
        EXPECT_NEAR(*in->measure.reliableImprovementBound,
                    in->measure.baseline->value - *in->measure.smallestReliableChange, 1e-9);
        const QString png = m_dir.filePath(QStringLiteral("page.png"));
        EXPECT_TRUE(chart->savePng(png));
        EXPECT_FALSE(QImage(png).isNull());
        checked = true;
        break;
    }
    EXPECT_TRUE(checked) << "no demo participant with an alert and a reachable bound";
}
