// The data tools: each role sees the parts it may use and only the export formats it may
// write; an export, a backup and the audit check run from the window and say what happened,
// in the chosen language.

#include "tools/DataToolsView.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>

using namespace td;

namespace {

class DataToolsViewTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }
    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    static QStringList formatKeys(const DataToolsView& view)
    {
        QStringList keys;
        auto* combo = view.findChild<QComboBox*>();
        for (int i = 0; combo && i < combo->count(); ++i)
            keys << combo->itemData(i).toString();
        return keys;
    }
    static QStringList visibleBoxes(const DataToolsView& view)
    {
        QStringList titles;
        for (const QGroupBox* box : view.findChildren<QGroupBox*>())
            if (!box->isHidden())
                titles << box->title();
        return titles;
    }
    QString firstLine(const QString& path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
    }

    static qint64 sqlCountRows(Database& db)
    {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return n.ok() ? n->toLongLong() : -1;
    }

    LanguageManager m_languages;
};

TEST_F(DataToolsViewTest, EachRoleSeesWhatItMayUseAndOnlyItsFormats)
{
    DataToolsView statistician(*m_db, actor("statistician", Role::Statistician));
    EXPECT_EQ(visibleBoxes(statistician),
              (QStringList{QStringLiteral("Export for analysis"), QStringLiteral("Backups"),
                           QStringLiteral("Audit trail")}));
    EXPECT_TRUE(formatKeys(statistician).contains(QStringLiteral("allocation")));
    EXPECT_TRUE(formatKeys(statistician).contains(QStringLiteral("sav")));

    DataToolsView pi(*m_db, actor("pi", Role::PrincipalInvestigator));
    EXPECT_FALSE(formatKeys(pi).contains(QStringLiteral("allocation")));
    EXPECT_TRUE(formatKeys(pi).contains(QStringLiteral("csv-long")));

    DataToolsView admin(*m_db, actor("admin", Role::Administrator));
    EXPECT_EQ(visibleBoxes(admin),
              (QStringList{QStringLiteral("Backups"), QStringLiteral("Audit trail"),
                           QStringLiteral("Screen lock")}));

    DataToolsView coordinator(*m_db, actor("coordinator", Role::Coordinator));
    EXPECT_FALSE(coordinator.hasTools());
}

TEST_F(DataToolsViewTest, AnExportSaysWhatItWroteAndABlindedOneHasNoArm)
{
    DataToolsView view(*m_db, actor("statistician", Role::Statistician));
    const QString path = m_dir.filePath(QStringLiteral("long.csv"));
    const QString done = view.exportTo(QStringLiteral("csv-long"), path);
    EXPECT_TRUE(done.startsWith(QStringLiteral("Exported "))) << done.toStdString();
    EXPECT_TRUE(done.endsWith(QStringLiteral("The file contains the arms.")));
    EXPECT_EQ(view.statusText(), done);
    EXPECT_TRUE(firstLine(path).startsWith(QStringLiteral("study_id,site,arm,")));
    // Exports are plaintext, and the window says so; the file is its owner's alone.
    EXPECT_TRUE(done.contains(QStringLiteral("It is not encrypted"))) << done.toStdString();
    auto* note = view.findChild<QLabel*>(QStringLiteral("plaintextNote"));
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->text().contains(QStringLiteral("not encrypted")));
    EXPECT_FALSE(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));

    view.findChild<QCheckBox*>()->setChecked(true); // blinded data set
    const QString blindedPath = m_dir.filePath(QStringLiteral("blinded.csv"));
    const QString blinded = view.exportTo(QStringLiteral("csv-long"), blindedPath);
    EXPECT_TRUE(blinded.endsWith(QStringLiteral("The file contains no arms.")))
        << blinded.toStdString();
    EXPECT_TRUE(firstLine(blindedPath).startsWith(QStringLiteral("study_id,site,stratum,")));

    const QString unknown = view.exportTo(QStringLiteral("xlsx"), path);
    EXPECT_TRUE(unknown.contains(QStringLiteral("Unknown export format \"xlsx\"")))
        << unknown.toStdString();
    EXPECT_TRUE(unknown.contains(QStringLiteral("csv-long")));
}

TEST_F(DataToolsViewTest, ABackupAndTheAuditCheckRunFromTheWindowInTheChosenLanguage)
{
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    DataToolsView view(*m_db, actor("admin", Role::Administrator));
    const QString made = view.backupNow();
    EXPECT_TRUE(made.startsWith(QStringLiteral("Sikkerhetskopi"))) << made.toStdString();
    const QString checked = view.verifyAuditTrail();
    EXPECT_TRUE(checked.startsWith(QStringLiteral("Revisjonssporet er intakt")))
        << checked.toStdString();
    // The signatures and the replay follow the chain, as in trialdesk-cli audit verify.
    EXPECT_TRUE(checked.contains(QStringLiteral("Signaturene er gyldige")))
        << checked.toStdString();
    EXPECT_TRUE(
        checked.contains(QStringLiteral("Sporet forklarer hver verdi i de kliniske tabellene")))
        << checked.toStdString();

    // A small trial's file is in order: compacting says so and changes nothing.
    const qint64 rows = sqlCountRows(*m_db);
    const QString compacted = view.compactFile();
    EXPECT_TRUE(compacted.startsWith(QStringLiteral("Studiefilen er i orden")))
        << compacted.toStdString();
    EXPECT_EQ(sqlCountRows(*m_db), rows);

    DataToolsView statistician(*m_db, actor("statistician", Role::Statistician));
    const QString done =
        statistician.exportTo(QStringLiteral("csv-wide"), m_dir.filePath(QStringLiteral("w.csv")));
    EXPECT_TRUE(done.startsWith(QStringLiteral("Eksporterte 40 rader"))) << done.toStdString();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(visibleBoxes(statistician).value(0), QStringLiteral("Export for analysis"));
}

} // namespace

namespace {

// Pictures of the audit check's report (chain, signatures, anchors) in both languages at the
// default window size, to look at:
//   TD_SCREENSHOT_DIR=/tmp/shots build/tests/ui/trialdesk_ui_tests --gtest_filter='*Screenshot*'
TEST_F(DataToolsViewTest, ScreenshotOfTheAuditCheckInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        DataToolsView view(*m_db, actor("admin", Role::Administrator));
        view.resize(1100, 700);
        view.show();
        (void)view.verifyAuditTrail();
        QCoreApplication::processEvents();
        EXPECT_TRUE(view.grab().save(
            QDir(dir).filePath(QStringLiteral("%1-audit-check.png").arg(language))));
    }
}

} // namespace
