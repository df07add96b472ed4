#include "reporting/ConsortView.h"

#include "DemoDatabase.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QImage>

using namespace td;

using ConsortViewTest = DemoDatabase;

namespace {

bool anyContains(const QStringList& texts, const QString& needle)
{
    for (const QString& t : texts)
        if (t.contains(needle))
            return true;
    return false;
}

} // namespace

TEST_F(ConsortViewTest, DrawsTheReconciledCountsForThePi)
{
    ConsortView view;
    ASSERT_TRUE(view.load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
    ASSERT_TRUE(view.counts().has_value());
    const ConsortCounts& c = *view.counts();
    EXPECT_TRUE(c.reconciles().isEmpty());
    const QStringList texts = view.boxTexts();
    EXPECT_TRUE(
        anyContains(texts, QStringLiteral("Assessed for eligibility (n=%1)").arg(c.assessed)));
    EXPECT_TRUE(anyContains(texts, QStringLiteral("Randomized (n=%1)").arg(c.randomized)));
    for (const ConsortArm& a : c.arms) {
        EXPECT_TRUE(anyContains(
            texts, QStringLiteral("Allocated to %1 (n=%2)").arg(a.name).arg(a.allocated)));
        EXPECT_TRUE(anyContains(texts, QStringLiteral("Analysed (n=%1)").arg(a.analysed)));
    }
    view.resize(view.sizeHint());
    const QImage shot = view.grab().toImage();
    EXPECT_FALSE(shot.isNull());
    EXPECT_GT(view.sizeHint().height(), 400);
    if (!qEnvironmentVariableIsEmpty("TD_CONSORT_SCREENSHOT"))
        shot.save(qEnvironmentVariable("TD_CONSORT_SCREENSHOT"));
}

TEST_F(ConsortViewTest, BlindedAssessorIsRefusedAndSeesNoArm)
{
    ConsortView view;
    const QString message = view.load(*m_db, actor("assessor", Role::BlindedAssessor));
    EXPECT_FALSE(message.isEmpty());
    EXPECT_FALSE(view.counts().has_value());
    const QString all = view.boxTexts().join(QLatin1Char('\n'));
    EXPECT_FALSE(all.contains(QStringLiteral("CBT")));
    EXPECT_FALSE(all.contains(QStringLiteral("PDT")));
    EXPECT_FALSE(all.contains(QStringLiteral("Allocated")));
    view.resize(600, 300);
    EXPECT_FALSE(view.grab().isNull());
}

TEST_F(ConsortViewTest, SavesPngPdfAndSvg)
{
    ConsortView view;
    ASSERT_TRUE(view.load(*m_db, actor("statistician", Role::Statistician)).isEmpty());
    const QString png = m_dir.filePath(QStringLiteral("consort.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("consort.pdf"));
    ASSERT_TRUE(view.savePng(png).isEmpty());
    ASSERT_TRUE(view.savePdf(pdf).isEmpty());
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 1000);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    if (ConsortView::canSaveSvg()) {
        const QString svg = m_dir.filePath(QStringLiteral("consort.svg"));
        ASSERT_TRUE(view.saveSvg(svg).isEmpty());
        QFile svgFile(svg);
        ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
        const QByteArray content = svgFile.readAll();
        EXPECT_TRUE(content.contains("<svg"));
        EXPECT_TRUE(content.contains("Randomized"));
    } else {
        EXPECT_FALSE(view.saveSvg(m_dir.filePath(QStringLiteral("x.svg"))).isEmpty());
    }
    EXPECT_FALSE(view.savePng(m_dir.filePath(QStringLiteral("no/such/dir/x.png"))).isEmpty());
}

TEST_F(ConsortViewTest, LanguageChangeRetranslates)
{
    ConsortView view;
    ASSERT_TRUE(view.load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
    const QStringList before = view.boxTexts();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &change);
    EXPECT_EQ(view.boxTexts(), before); // no translator installed: the same English text
    EXPECT_FALSE(view.toolTip().isEmpty());
}
