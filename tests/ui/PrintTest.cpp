// Printing (issue 21 item 10): the participant summary, the CONSORT diagram and the dashboard
// each render pages through QPrinter (into a PDF, and in Qt's preview widget without a dialog),
// and the participant summary prints only what the page shows its reader.

#include "DemoDatabase.h"
#include "common/PrintPreview.h"
#include "dashboard/DashboardView.h"
#include "i18n/LanguageManager.h"
#include "participant/ParticipantModels.h"
#include "participant/ParticipantPage.h"
#include "participant/ParticipantSummaryPrint.h"
#include "participant/TrajectoryChart.h"
#include "reporting/ConsortPane.h"
#include "reporting/ConsortView.h"
#include "trial/ProtocolRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>

using namespace td;

namespace {

using PrintTest = DemoDatabase;

struct Printed
{
    int pages = 0;
    qint64 bytes = 0;
};

// Prints into a PDF file through a high-resolution QPrinter, as the preview's Print button does
// with a PDF printer, and counts the file's pages.
Printed printToPdf(const QString& path, const PrintPainter& paint)
{
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        preparePrinter(printer, QStringLiteral("test"));
        paint(printer);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pdf = file.readAll();
    Printed out;
    out.bytes = pdf.size();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++out.pages;
    return out;
}

// The first page of Qt's print preview (the widget inside QPrintPreviewDialog), shown
// off-screen: its page count, and how many of its pixels are ink (darker than the paper).
struct Preview
{
    int pages = 0;
    int ink = 0;
};

Preview preview(const PrintPainter& paint)
{
    QPrinter printer;
    preparePrinter(printer, QStringLiteral("test"));
    QPrintPreviewWidget widget(&printer);
    QObject::connect(&widget, &QPrintPreviewWidget::paintRequested, &widget,
                     [&paint](QPrinter* p) { paint(*p); });
    widget.resize(700, 900);
    widget.show();
    widget.updatePreview();
    widget.fitInView();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    Preview out;
    out.pages = widget.pageCount();
    const QImage shot = widget.grab().toImage();
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2)
            out.ink += qGray(shot.pixel(x, y)) < 110;
    return out;
}

QStringList armNames(Database& db, const Actor& actor)
{
    QStringList out;
    auto protocol = ProtocolRepository(db).load(actor);
    if (protocol.ok())
        for (const Arm& a : protocol->arms)
            out << QString(a.name);
    return out;
}

qint64 randomizedWithScores(Database& db)
{
    auto id = db.scalar(QStringLiteral(
        "SELECT p.id FROM participant p JOIN assessment a ON a.participant_id = p.id "
        "WHERE p.arm_id IS NOT NULL AND a.status = 'complete' GROUP BY p.id "
        "ORDER BY COUNT(*) DESC, p.id LIMIT 1"));
    return id.ok() ? id->toLongLong() : 0;
}

TEST_F(PrintTest, ConsortDiagramPrintsOnePage)
{
    ConsortPane pane;
    ASSERT_TRUE(pane.view()->load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
    EXPECT_TRUE(pane.printButton()->isEnabled());
    const PrintPainter paint = [&pane](QPrinter& p) { pane.view()->print(p); };
    const Printed pdf = printToPdf(m_dir.filePath(QStringLiteral("consort.pdf")), paint);
    EXPECT_EQ(pdf.pages, 1);
    EXPECT_GT(pdf.bytes, 5000);
    const Preview shown = preview(paint);
    EXPECT_EQ(shown.pages, 1);
    EXPECT_GT(shown.ink, 200);
}

TEST_F(PrintTest, DashboardPrintsItsCards)
{
    DashboardView view;
    ASSERT_TRUE(view.load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
    ASSERT_FALSE(view.visibleCards().empty());
    EXPECT_TRUE(view.printButton()->isEnabled());
    const PrintPainter paint = [&view](QPrinter& p) { view.print(p); };
    const Printed pdf = printToPdf(m_dir.filePath(QStringLiteral("dashboard.pdf")), paint);
    EXPECT_GE(pdf.pages, 1);
    EXPECT_GT(pdf.bytes, 10000);
    const Preview shown = preview(paint);
    EXPECT_EQ(shown.pages, pdf.pages);
    EXPECT_GT(shown.ink, 200);
}

TEST_F(PrintTest, ParticipantSummaryPrintsVisitsScoresChartAndAlerts)
{
    const qint64 id = randomizedWithScores(*m_db);
    ASSERT_GT(id, 0);
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    ParticipantPage page(*m_db, coordinator);
    ASSERT_EQ(page.load(id), QString());
    EXPECT_TRUE(page.printButton()->isEnabled());
    const ParticipantSummaryPrint summary(page);
    const QString html = summary.html();
    EXPECT_TRUE(html.contains(page.participant()->studyId));
    EXPECT_TRUE(html.contains(QStringLiteral("Visits")));
    EXPECT_TRUE(html.contains(QStringLiteral("Assessments and scores")));
    EXPECT_TRUE(html.contains(QStringLiteral("Safety alerts")));
    ASSERT_TRUE(page.chart()->input().has_value());
    EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"chart\"")));
    // Every visit and every assessment of the page is in the printout.
    for (int r = 0; r < page.visitModel()->rowCount(); ++r)
        EXPECT_TRUE(
            html.contains(page.visitModel()->index(r, 0).data().toString().toHtmlEscaped()));
    const PrintPainter paint = [&summary](QPrinter& p) { summary.print(p); };
    const Printed pdf = printToPdf(m_dir.filePath(QStringLiteral("participant.pdf")), paint);
    EXPECT_GE(pdf.pages, 1);
    EXPECT_GT(pdf.bytes, 20000); // the chart's picture is in it
    const Preview shown = preview(paint);
    EXPECT_EQ(shown.pages, pdf.pages);
    EXPECT_GT(shown.ink, 200);
}

TEST_F(PrintTest, ParticipantSummaryShowsTheArmOnlyToThoseWhoSeeIt)
{
    const qint64 id = randomizedWithScores(*m_db);
    ASSERT_GT(id, 0);
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    const QStringList arms = armNames(*m_db, coordinator);
    ASSERT_FALSE(arms.isEmpty());

    ParticipantPage open(*m_db, coordinator);
    ASSERT_EQ(open.load(id), QString());
    const QString seen = ParticipantSummaryPrint(open).html();
    EXPECT_TRUE(std::any_of(arms.begin(), arms.end(),
                            [&seen](const QString& arm) { return seen.contains(arm); }));
    EXPECT_TRUE(seen.contains(QStringLiteral("Therapy sessions")));

    ParticipantPage blinded(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_EQ(blinded.load(id), QString());
    const QString printed = ParticipantSummaryPrint(blinded).html();
    for (const QString& arm : arms)
        EXPECT_FALSE(printed.contains(arm)) << arm.toStdString();
    EXPECT_FALSE(printed.contains(QStringLiteral("Therapy sessions")));
    EXPECT_FALSE(printed.contains(QStringLiteral("Therapist")));
    EXPECT_FALSE(printed.contains(QStringLiteral("Arm:")));
    // It still prints what the assessor may see.
    EXPECT_TRUE(printed.contains(QStringLiteral("Assessments and scores")));
    const Printed pdf =
        printToPdf(m_dir.filePath(QStringLiteral("blinded.pdf")),
                   [&blinded](QPrinter& p) { ParticipantSummaryPrint(blinded).print(p); });
    EXPECT_GE(pdf.pages, 1);
}

// Pictures of the print previews in both languages (Qt's own preview dialog, not shown
// modally), when TD_SCREENSHOT_DIR is set.
TEST_F(PrintTest, PreviewScreenshotsInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const qint64 id = randomizedWithScores(*m_db);
    ASSERT_GT(id, 0);
    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        ParticipantPage page(*m_db, actor("coordinator", Role::Coordinator));
        ASSERT_EQ(page.load(id), QString());
        ConsortPane consort;
        ASSERT_TRUE(
            consort.view()->load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
        DashboardView dashboard;
        ASSERT_TRUE(dashboard.load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
        const ParticipantSummaryPrint summary(page);
        const std::vector<std::pair<QString, PrintPainter>> documents = {
            {QStringLiteral("participant"), [&summary](QPrinter& p) { summary.print(p); }},
            {QStringLiteral("consort"), [&consort](QPrinter& p) { consort.view()->print(p); }},
            {QStringLiteral("dashboard"), [&dashboard](QPrinter& p) { dashboard.print(p); }}};
        for (const auto& [name, paint] : documents) {
            QPrinter printer;
            preparePrinter(printer, name);
            QPrintPreviewDialog dialog(&printer);
            QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                             [&paint](QPrinter* p) { paint(*p); });
            dialog.resize(1000, 760);
            dialog.show();
            for (int i = 0; i < 10; ++i)
                QApplication::processEvents();
            EXPECT_TRUE(dialog.grab().save(
                QDir(dir).filePath(QStringLiteral("%1-print-%2.png").arg(language, name))));
            dialog.close();
        }
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

} // namespace
