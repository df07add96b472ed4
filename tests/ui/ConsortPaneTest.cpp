// The CONSORT area (issue 21 item 1): a button saves the diagram in each format the build
// writes, readable by its owner only, and after a language switch no text of the diagram stays
// in the old language (the core's reasons are computed again).

#include "reporting/ConsortPane.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "reporting/ConsortView.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>

using namespace td;

namespace {

using ConsortPaneTest = DemoDatabase;

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

TEST_F(ConsortPaneTest, SaveButtonOffersEveryFormatAndWritesOwnerOnlyFiles)
{
    ConsortPane pane;
    EXPECT_FALSE(pane.saveButton()->isEnabled()); // nothing to save yet
    ASSERT_TRUE(pane.view()->load(*m_db, actor("statistician", Role::Statistician)).isEmpty());
    EXPECT_TRUE(pane.saveButton()->isEnabled());
    EXPECT_FALSE(pane.saveButton()->text().isEmpty());
    const QString filters = ConsortPane::fileFilters().join(QStringLiteral(";;"));
    EXPECT_TRUE(filters.contains(QStringLiteral("*.pdf")));
    EXPECT_TRUE(filters.contains(QStringLiteral("*.png")));
    EXPECT_EQ(filters.contains(QStringLiteral("*.svg")), ConsortView::canSaveSvg());

    QStringList suffixes{QStringLiteral("pdf"), QStringLiteral("png")};
    if (ConsortView::canSaveSvg())
        suffixes << QStringLiteral("svg");
    for (const QString& suffix : suffixes) {
        const QString path = m_dir.filePath(QStringLiteral("diagram.") + suffix);
        ASSERT_EQ(pane.saveAs(path), QString()) << suffix.toStdString();
        const QFileInfo info(path);
        EXPECT_GT(info.size(), 1000) << suffix.toStdString();
        EXPECT_EQ(info.permissions() &
                      (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                  QFile::Permissions())
            << suffix.toStdString();
        EXPECT_TRUE(info.permissions() & QFile::ReadOwner);
    }
    // Saving again replaces the file (the dialog asked).
    EXPECT_EQ(pane.saveAs(m_dir.filePath(QStringLiteral("diagram.pdf"))), QString());
    // A name the program cannot write says which names it can.
    const QString refused = pane.saveAs(m_dir.filePath(QStringLiteral("diagram.docx")));
    EXPECT_TRUE(refused.contains(QStringLiteral(".pdf"))) << refused.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("diagram.docx"))));
}

TEST_F(ConsortPaneTest, BlindedAssessorGetsNothingToSaveOrPrint)
{
    ConsortPane pane;
    EXPECT_FALSE(pane.view()->load(*m_db, actor("assessor", Role::BlindedAssessor)).isEmpty());
    EXPECT_FALSE(pane.saveButton()->isEnabled());
    EXPECT_FALSE(pane.printButton()->isEnabled());
}

TEST_F(ConsortPaneTest, LanguageSwitchLeavesNoTextInTheOldLanguage)
{
    // The texts the core writes into the counts (reasons), besides the view's own box texts.
    const QStringList english = {
        QStringLiteral("Not started yet (no session attended)"),
        QStringLiteral("No session attended"),
        QStringLiteral("Reason not recorded"),
        QStringLiteral("Withdrew before randomization"),
        QStringLiteral("Withdrew, data may not be used"),
        QStringLiteral("No completed post-baseline"),
        QStringLiteral("Assessed for eligibility"),
        QStringLiteral("Allocated to"),
        QStringLiteral("Analysed"),
    };
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    settle();
    ConsortPane pane;
    ASSERT_TRUE(pane.view()->load(*m_db, actor("pi", Role::PrincipalInvestigator)).isEmpty());
    const QString before = pane.view()->boxTexts().join(QLatin1Char('\n'));
    // The demo has randomized participants without a session yet: the core's own reason.
    ASSERT_TRUE(before.contains(QStringLiteral("Not started yet (no session attended)")))
        << before.toStdString();

    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    settle();
    const QString after = pane.view()->boxTexts().join(QLatin1Char('\n'));
    for (const QString& text : english)
        EXPECT_FALSE(after.contains(text)) << text.toStdString() << "\n" << after.toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("Ikke startet ennå"))) << after.toStdString();

    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    settle();
    EXPECT_EQ(pane.view()->boxTexts().join(QLatin1Char('\n')), before);
}

} // namespace
