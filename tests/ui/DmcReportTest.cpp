// The closed DMC report (issue 15 item 4): the HTML holds the arms' figures with their
// intervals in the current language and locale, the PDF is written and audited, and only those
// who may compare the arms can make it. With TD_SCREENSHOT_DIR set, pictures of the pooled and
// the comparative dashboard and of the report's pages in both languages go to <dir>/dmc.

#include "reporting/DmcReport.h"

#include "DemoDatabase.h"
#include "audit/AuditRowFormat.h"
#include "dashboard/DashboardView.h"
#include "i18n/LanguageManager.h"
#include "outcomes/AlertRepository.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <map>

using namespace td;

namespace {

using DmcReportTest = DemoDatabase;

// Puts the window back into English whatever a test does.
struct English
{
    LanguageManager languages;
    English() { languages.setLanguage(QStringLiteral("en")); }
    ~English() { languages.setLanguage(QStringLiteral("en")); }
};

int dmcAuditRows(Database& db, const QString& username = {})
{
    auto n =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'dmc_report'%1")
                      .arg(username.isEmpty() ? QString() : QStringLiteral(" AND username = ?")),
                  username.isEmpty() ? QVariantList() : QVariantList{username});
    return n.ok() ? n->toInt() : -1;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_F(DmcReportTest, TheHtmlHoldsBothArmsWithTheirIntervals)
{
    English english;
    const Actor statistician = actor("statistician", Role::Statistician);
    auto data = DmcReport::gather(*m_db, statistician, {});
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    ASSERT_TRUE(data->figures.comparative);
    // Table cells keep their words together with no-break spaces.
    const QString html = DmcReport::html(data->figures, data->protocol, data->context)
                             .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));

    EXPECT_TRUE(html.contains(QStringLiteral("CLOSED REPORT – for the data monitoring committee "
                                             "only")));
    EXPECT_TRUE(html.contains(data->protocol.trial.title.en.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("HRSD-17")));
    EXPECT_TRUE(html.contains(QStringLiteral("statistician")));
    ASSERT_EQ(data->protocol.arms.size(), 2u);
    // Each arm by name in every table (a row per visit in retention and trajectory).
    for (const Arm& arm : data->protocol.arms)
        EXPECT_GE(html.count(arm.name.en.toHtmlEscaped()), 10) << arm.name.en.toStdString();

    // The first retention cell's Wilson interval, in per cent.
    const RetentionCell& retained = data->figures.retention->front();
    ASSERT_TRUE(retained.retained.ci95);
    EXPECT_TRUE(
        html.contains(QStringLiteral("%1 to %2")
                          .arg(QString::number(retained.retained.ci95->lower * 100, 'f', 1),
                               QString::number(retained.retained.ci95->upper * 100, 'f', 1))))
        << "retention CI";
    // The effect size with its interval, and every section.
    ASSERT_TRUE(data->figures.effectSize && data->figures.effectSize->effect);
    const EffectSize& e = *data->figures.effectSize->effect;
    EXPECT_TRUE(html.contains(
        QStringLiteral("%1 to %2")
            .arg(QString::number(e.ci95.lower, 'f', 2), QString::number(e.ci95.upper, 'f', 2))))
        << "effect size CI";
    for (const char* heading :
         {"Arm sizes", "Retention per visit and arm", "Session attendance per arm",
          "Mean score per visit and arm", "Change from baseline to the latest score",
          "Effect size at the endpoint", "Blinding index per arm", "Open safety alerts"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(heading))) << heading;
    for (const char* changeClass : {"Recovered", "Improved", "Unchanged", "Deteriorated"})
        EXPECT_TRUE(html.contains(QString::fromUtf8(changeClass))) << changeClass;
    // The statistician may not see safety alerts: the report says so instead of a table.
    EXPECT_FALSE(data->context.alertsByArm.has_value());
    EXPECT_FALSE(data->context.alertsWithheld.isEmpty());
    EXPECT_TRUE(html.contains(data->context.alertsWithheld.toHtmlEscaped()));
    EXPECT_GE(DmcReport::pageCount(html), 2);
}

TEST_F(DmcReportTest, TheCommitteesReportCountsOpenAlertsByArm)
{
    English english;
    // Two open alerts, one in each arm: a suicidality item and a reliable deterioration.
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    std::map<qint64, QString> raised; // arm -> kind
    for (const char* kind : {"suicidality", "deterioration"}) {
        auto q = m_db->exec(QStringLiteral(
            "SELECT p.id, p.arm_id, MIN(s.id) FROM participant p JOIN assessment s ON "
            "s.participant_id = p.id WHERE p.arm_id IS NOT NULL GROUP BY p.arm_id, p.id "
            "ORDER BY p.id"));
        ASSERT_TRUE(q.ok()) << q.message().toStdString();
        bool done = false;
        while (!done && (*q)->next()) {
            const qint64 arm = (*q)->value(1).toLongLong();
            if (raised.contains(arm))
                continue;
            Transaction tx(*m_db);
            ASSERT_TRUE(tx.status().ok());
            auto id = AlertRepository(*m_db).raise(
                coordinator, (*q)->value(0).toLongLong(), (*q)->value(2).toLongLong(),
                QString::fromLatin1(kind), QStringLiteral("test"));
            ASSERT_TRUE(id.ok()) << id.message().toStdString();
            ASSERT_TRUE(tx.commit().ok());
            raised[arm] = QString::fromLatin1(kind);
            done = true;
        }
    }
    ASSERT_EQ(raised.size(), 2u);

    auto data = DmcReport::gather(*m_db, actor("dmc", Role::Dmc), {});
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    ASSERT_TRUE(data->context.alertsByArm.has_value());
    ASSERT_TRUE(data->figures.openAlerts.has_value());
    ASSERT_EQ(data->context.alertsByArm->size(), 2u);
    int open = 0;
    for (const DmcAlertCount& a : *data->context.alertsByArm) {
        SCOPED_TRACE(a.arm.code.toStdString());
        open += a.open;
        EXPECT_EQ(a.open, a.suicidality + a.deterioration + a.other);
        ASSERT_TRUE(raised.contains(a.arm.armId));
        EXPECT_GE(raised[a.arm.armId] == QStringLiteral("suicidality") ? a.suicidality
                                                                       : a.deterioration,
                  1);
    }
    // Every open alert of a randomized participant is counted in its arm.
    auto randomized = m_db->scalar(QStringLiteral(
        "SELECT COUNT(*) FROM alert a JOIN participant p ON p.id = a.participant_id WHERE "
        "a.acknowledged_at IS NULL AND p.arm_id IS NOT NULL"));
    ASSERT_TRUE(randomized.ok());
    EXPECT_EQ(open, randomized->toInt());
    EXPECT_GE(open, 2);
    EXPECT_LE(open, *data->figures.openAlerts);
    const QString html = DmcReport::html(data->figures, data->protocol, data->context);
    EXPECT_TRUE(html.contains(QStringLiteral("Suicidality item")));
    EXPECT_FALSE(html.contains(data->context.alertsWithheld.isEmpty()
                                   ? QStringLiteral("may not see safety alerts")
                                   : data->context.alertsWithheld));
}

TEST_F(DmcReportTest, NorwegianUsesTheArmsNorwegianNamesAndDecimalCommas)
{
    English english;
    ASSERT_TRUE(english.languages.setLanguage(QStringLiteral("nb")));
    auto data = DmcReport::gather(*m_db, actor("statistician", Role::Statistician), {});
    ASSERT_TRUE(data.ok()) << data.message().toStdString();
    const QString html = DmcReport::html(data->figures, data->protocol, data->context)
                             .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    for (const Arm& arm : data->protocol.arms) {
        ASSERT_NE(arm.name.nb, arm.name.en);
        EXPECT_GE(html.count(arm.name.nb.toHtmlEscaped()), 10) << arm.name.nb.toStdString();
        EXPECT_FALSE(html.contains(arm.name.en.toHtmlEscaped())) << arm.name.en.toStdString();
    }

    // A mean with one decimal: "14,3", never "14.3".
    const TrajectoryCell& cell = data->figures.trajectory->front();
    const QString comma = QLocale(QLocale::NorwegianBokmal).toString(cell.score.mean, 'f', 1);
    ASSERT_TRUE(comma.contains(QLatin1Char(',')));
    EXPECT_TRUE(html.contains(QStringLiteral(">%1<").arg(comma))) << comma.toStdString();
    EXPECT_FALSE(
        html.contains(QStringLiteral(">%1<").arg(QString::number(cell.score.mean, 'f', 1))));
    // The date in the long Norwegian format.
    EXPECT_TRUE(html.contains(QLocale(QLocale::NorwegianBokmal)
                                  .toString(data->context.madeAt.date(), QLocale::LongFormat)));
}

TEST_F(DmcReportTest, SavingWritesAPdfAndAnAuditRow)
{
    English english;
    const Actor statistician = actor("statistician", Role::Statistician);
    const QString path = m_dir.filePath(QStringLiteral("dmc.pdf"));
    ASSERT_EQ(dmcAuditRows(*m_db), 0);

    EXPECT_EQ(DmcReport::save(*m_db, statistician, {}, path), QString());
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_GT(pdf.size(), 10000);
    EXPECT_EQ(dmcAuditRows(*m_db, QStringLiteral("statistician")), 1);
    auto row = m_db->exec(QStringLiteral("SELECT action, role, field, new_value FROM (%1) WHERE "
                                         "entity = 'dmc_report'")
                              .arg(AuditRowFormat::entriesSql(m_db->dialect())));
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE((*row)->next());
    EXPECT_EQ((*row)->value(0).toString(), QStringLiteral("exported"));
    EXPECT_EQ((*row)->value(1).toString(), QStringLiteral("statistician"));
    EXPECT_EQ((*row)->value(3).toString(), QStringLiteral("dmc.pdf")); // the name, not the folder

    // A file that cannot be written: the error, and no audit row.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/dmc.pdf"));
    EXPECT_FALSE(DmcReport::save(*m_db, statistician, {}, nowhere).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(nowhere));
    EXPECT_EQ(dmcAuditRows(*m_db), 1);
}

TEST_F(DmcReportTest, ThePiAndTheCoordinatorMayNotMakeIt)
{
    English english;
    for (const auto& [name, role] :
         {std::pair{"pi", Role::PrincipalInvestigator}, std::pair{"coordinator", Role::Coordinator},
          std::pair{"assessor", Role::BlindedAssessor}}) {
        SCOPED_TRACE(name);
        const Actor reader = actor(name, role);
        auto data = DmcReport::gather(*m_db, reader, {});
        ASSERT_FALSE(data.ok());
        EXPECT_EQ(data.error().code, ErrorCode::Forbidden);
        const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(QLatin1String(name)));
        EXPECT_FALSE(DmcReport::save(*m_db, reader, {}, path).isEmpty());
        EXPECT_FALSE(QFileInfo::exists(path));
    }
    EXPECT_EQ(dmcAuditRows(*m_db), 0);
}

TEST_F(DmcReportTest, TheDashboardsButtonMakesTheReportForTheCommitteeOnly)
{
    English english;
    DashboardView pi;
    ASSERT_EQ(pi.load(*m_db, actor("pi", Role::PrincipalInvestigator)), QString());
    EXPECT_TRUE(pi.dmcReportButton()->isHidden());
    EXPECT_FALSE(pi.saveDmcReport(m_dir.filePath(QStringLiteral("pi.pdf"))).isEmpty());

    DashboardView dmc;
    ASSERT_EQ(dmc.load(*m_db, actor("dmc", Role::Dmc)), QString());
    EXPECT_FALSE(dmc.dmcReportButton()->isHidden());
    // The chosen instrument is the report's.
    ASSERT_EQ(dmc.setInstrument(QStringLiteral("phq9")), QString());
    const QString path = m_dir.filePath(QStringLiteral("committee.pdf"));
    EXPECT_EQ(dmc.saveDmcReport(path), QString());
    EXPECT_TRUE(readAll(path).startsWith("%PDF"));
    EXPECT_EQ(dmcAuditRows(*m_db, QStringLiteral("dmc")), 1);
    EXPECT_EQ(dmcAuditRows(*m_db), 1);
    auto data = DmcReport::gather(*m_db, actor("dmc", Role::Dmc), QStringLiteral("phq9"));
    ASSERT_TRUE(data.ok());
    EXPECT_TRUE(data->context.instrument.startsWith(QStringLiteral("PHQ-9")));
}

// Pictures to look at: the PI's pooled and the statistician's comparative dashboard, and the
// closed report's pages, in both languages.
//   TD_SCREENSHOT_DIR=/tmp/shots trialdesk_ui_tests --gtest_filter='DmcReportTest.Screenshots'
TEST_F(DmcReportTest, Screenshots)
{
    const QString root = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (root.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    const QString dir = QDir(root).filePath(QStringLiteral("dmc"));
    QDir().mkpath(dir);
    English english;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(english.languages.setLanguage(language));
        for (const auto& [name, role] : {std::pair{"pi", Role::PrincipalInvestigator},
                                         std::pair{"statistician", Role::Statistician}}) {
            DashboardView view;
            ASSERT_EQ(view.load(*m_db, actor(name, role)), QString());
            view.resize(1280, 900);
            view.show();
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const QString prefix = QDir(dir).filePath(
                QStringLiteral("%1-dashboard-%2").arg(language, QLatin1String(name)));
            EXPECT_TRUE(view.grab().save(prefix + QStringLiteral("-1.png")));
            // The outcome cards further down.
            auto* scroll = view.findChild<QScrollArea*>();
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            EXPECT_TRUE(view.grab().save(prefix + QStringLiteral("-2.png")));
        }
        auto data = DmcReport::gather(*m_db, actor("dmc", Role::Dmc), {});
        ASSERT_TRUE(data.ok()) << data.message().toStdString();
        const QString html = DmcReport::html(data->figures, data->protocol, data->context);
        const int pages = DmcReport::pageCount(html);
        for (int page = 0; page < pages; ++page)
            EXPECT_TRUE(
                DmcReport::renderPage(html, page)
                    .save(QDir(dir).filePath(
                        QStringLiteral("%1-dmc-report-page%2.png").arg(language).arg(page + 1))));
        EXPECT_EQ(DmcReport::writePdf(
                      html, QDir(dir).filePath(QStringLiteral("%1-dmc-report.pdf").arg(language))),
                  QString());
    }
}
