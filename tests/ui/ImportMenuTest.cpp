// File > Import in the window: each role is offered the imports it may run; a refused file
// shows every problem with its line, column and reason and changes nothing; a clean file is
// imported and the window's views reload; the report follows the chosen language.

#include "tools/ImportMenu.h"

#include "DemoDatabase.h"
#include "assessments/AssessmentRepository.h"
#include "exchange/ExportService.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "tools/ImportReportDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>

using namespace td;

namespace {

class ImportMenuTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        // Every assessment of the demo, as the long CSV export writes them.
        auto exported =
            ExportService(*m_db).exportTo(actor("statistician", Role::Statistician),
                                          *ExportFormats::find(u"csv-long"), path("all.csv"));
        ASSERT_TRUE(exported.ok()) << exported.message().toStdString();
        QFile f(path("all.csv"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        m_lines = f.readAll().split('\n');
        ASSERT_GT(m_lines.size(), 3);
    }
    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString write(const char* name, const QByteArrayList& lines) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
        return path(name);
    }
    qint64 assessments() const
    {
        auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE removed = 0"));
        return n.ok() ? n->toLongLong() : -1;
    }
    static QStringList actionTexts(const QMenu* menu)
    {
        QStringList texts;
        for (const QAction* a : menu->actions())
            texts << a->text();
        return texts;
    }

    LanguageManager m_languages;
    QByteArrayList m_lines; // header, rows (CRLF kept), a last empty line
};

TEST_F(ImportMenuTest, EachRoleIsOfferedTheImportsItMayRun)
{
    MainWindow coordinator(*m_db, actor("coordinator", Role::Coordinator), m_languages);
    ASSERT_NE(coordinator.importMenu(), nullptr);
    EXPECT_EQ(actionTexts(coordinator.importMenu()),
              (QStringList{QStringLiteral("&Assessments from a long CSV…"),
                           QStringLiteral("&REDCap data dictionary as a new instrument…"),
                           QStringLiteral("REDCap re&cords (a data export)…"),
                           QStringLiteral("CDISC &ODM clinical data…")}));
    MainWindow admin(*m_db, actor("admin", Role::Administrator), m_languages);
    ASSERT_NE(admin.importMenu(), nullptr);
    EXPECT_EQ(actionTexts(admin.importMenu()),
              QStringList{QStringLiteral("&REDCap data dictionary as a new instrument…")});
    MainWindow statistician(*m_db, actor("statistician", Role::Statistician), m_languages);
    EXPECT_EQ(statistician.importMenu(), nullptr);
}

TEST_F(ImportMenuTest, ARefusedFileShowsEveryProblemAndChangesNothing)
{
    MainWindow window(*m_db, actor("coordinator", Role::Coordinator), m_languages);
    QSignalSpy imported(window.importMenu(), &ImportMenu::imported);
    // Two rows already in the trial, and a participant who does not exist.
    QByteArray unknown = m_lines[1];
    unknown.replace(0, unknown.indexOf(','), "NOPE-999");
    const QString file = write("refused.csv", {m_lines[0], m_lines[1], m_lines[2], unknown});
    const qint64 before = assessments();

    ImportReportDialog* dialog = window.importMenu()->importFile(ImportKind::Assessments, file);
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->imported());
    EXPECT_TRUE(dialog->summary().startsWith(QStringLiteral("Nothing was imported: 3 problem")))
        << dialog->summary().toStdString();
    QTableWidget* table = dialog->problems();
    EXPECT_FALSE(table->isHidden());
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("2"));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("4"));
    EXPECT_TRUE(table->item(0, 2)->text().contains(QStringLiteral("already recorded")))
        << table->item(0, 2)->text().toStdString();
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("study_id"));
    EXPECT_TRUE(table->item(2, 2)->text().contains(QStringLiteral("NOPE-999")));
    EXPECT_EQ(assessments(), before);
    EXPECT_EQ(imported.count(), 0);
    dialog->close();
}

TEST_F(ImportMenuTest, ACleanFileIsImportedAndTheWindowReloads)
{
    // The first exported assessment, removed (kept, marked removed), imports again.
    auto first = m_db->scalar(QStringLiteral(
        "SELECT a.id FROM assessment a WHERE a.removed = 0 ORDER BY a.participant_id, a.id "
        "LIMIT 1"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(AssessmentRepository(*m_db)
                    .remove(actor("coordinator", Role::Coordinator), first->toLongLong(),
                            QStringLiteral("Entered twice"))
                    .ok());
    const QString file = write("clean.csv", {m_lines[0], m_lines[1]});
    const qint64 before = assessments();

    MainWindow window(*m_db, actor("coordinator", Role::Coordinator), m_languages);
    QSignalSpy imported(window.importMenu(), &ImportMenu::imported);
    ImportReportDialog* dialog = window.importMenu()->importFile(ImportKind::Assessments, file);
    EXPECT_TRUE(dialog->imported()) << dialog->summary().toStdString();
    EXPECT_TRUE(dialog->summary().startsWith(QStringLiteral("Imported 1 of 1 assessments from")))
        << dialog->summary().toStdString();
    EXPECT_TRUE(dialog->problems()->isHidden());
    EXPECT_EQ(assessments(), before + 1);
    EXPECT_EQ(imported.count(), 1);
    dialog->close();
}

TEST_F(ImportMenuTest, AHugeRefusalListsTheFirstThousandAndCountsTheRest)
{
    ImportReport report;
    report.file = QStringLiteral("big.csv");
    report.records = 1500;
    for (qint64 line = 2; line <= 1501; ++line)
        report.refuse(line, QStringLiteral("visit"),
                      QStringLiteral("already recorded, \"%1\"").arg(line));
    EXPECT_EQ(report.problems.size(), ImportReport::maxProblems);
    EXPECT_EQ(report.unlisted, 500);
    ImportReportDialog dialog(ImportKind::Assessments, path("big.csv"), report);
    EXPECT_EQ(dialog.problems()->rowCount(), ImportReportDialog::maxListed);
    EXPECT_EQ(dialog.problems()->item(999, 0)->text(), QStringLiteral("1,001"));
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("1,500 problems")))
        << dialog.summary().toStdString();
    EXPECT_TRUE(dialog.summary().contains(
        QStringLiteral("The first 1,000 are listed here; the other 500 were counted")))
        << dialog.summary().toStdString();

    ASSERT_EQ(dialog.saveProblems(path("problems.csv")), QString());
    QFile saved(path("problems.csv"));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QByteArrayList lines = saved.readAll().split('\n');
    ASSERT_EQ(lines.size(), 1003); // header, 1,000 problems, the count of the rest, the empty end
    EXPECT_EQ(lines[0], QByteArray("line,column,problem\r"));
    EXPECT_EQ(lines[1000], QByteArray("1001,visit,\"already recorded, \"\"1001\"\"\"\r"));
    EXPECT_EQ(lines[1001], QByteArray(",,\"500 more problems were counted, not listed.\"\r"));
    EXPECT_FALSE(dialog.saveProblems(path("no/such/folder/p.csv")).isEmpty());
}

TEST_F(ImportMenuTest, TheReportFollowsTheLanguage)
{
    MainWindow window(*m_db, actor("coordinator", Role::Coordinator), m_languages);
    const QString file = write("again.csv", {m_lines[0], m_lines[1]});
    ImportReportDialog* dialog = window.importMenu()->importFile(ImportKind::Assessments, file);
    const QString english = dialog->summary();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_NE(dialog->summary(), english);
    EXPECT_TRUE(dialog->summary().startsWith(QStringLiteral("Ingenting ble importert")))
        << dialog->summary().toStdString();
    EXPECT_EQ(dialog->problems()->horizontalHeaderItem(0)->text(), QStringLiteral("Linje"));
    EXPECT_EQ(window.importMenu()->title(), QStringLiteral("&Importer"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog->summary(), english);
    dialog->close();
}

} // namespace
