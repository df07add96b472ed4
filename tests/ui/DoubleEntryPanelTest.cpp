// Double data entry and source data verification in the window: the second entry keyed in its
// own form without the first entry's values, the differences adjudicated in the data-quality
// area, and a monitor marking a form as verified against its source. With
// TD_SCREENSHOT_DIR: the adjudication screen, the second-entry form and the verification tab,
// in both languages.

#include "quality/DoubleEntryPanel.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "quality/DataQualityView.h"
#include "quality/DoubleEntry.h"
#include "quality/SecondEntryDialog.h"
#include "quality/SourceVerificationPanel.h"
#include "worklist/WorklistView.h"
#include "worklists/Worklist.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace td;

namespace {

class DoubleEntryPanelTest : public DemoDatabase
{
protected:
    // A form keyed once that waits for its second entry (the demo's newest baselines).
    AwaitingSecondEntry waiting()
    {
        // Set-up of this throwaway copy: the newest agreed second entry is forgotten, so its
        // form waits for one again (the small demo's newest forms may all be keyed twice).
        EXPECT_TRUE(m_db->exec(QStringLiteral("DELETE FROM double_entry WHERE id = (SELECT "
                                              "MAX(id) FROM double_entry WHERE status = "
                                              "'agreed')"))
                        .ok());
        auto list = DoubleEntries(*m_db).awaiting(actor("pi", Role::PrincipalInvestigator));
        EXPECT_TRUE(list.ok());
        EXPECT_FALSE(list->empty()) << "the demo has no form awaiting a second entry";
        return list.ok() && !list->empty() ? list->front() : AwaitingSecondEntry{};
    }
    QStringList firstValues(qint64 assessmentId)
    {
        auto v = m_db->scalar(QStringLiteral("SELECT item_values FROM assessment WHERE id = ?"),
                              {assessmentId});
        EXPECT_TRUE(v.ok());
        return v.ok() ? v->toString().split(QLatin1Char(',')) : QStringList();
    }
    // The second entry, keyed in its form with item `changed` one higher (mod 4).
    QString keySecond(const AwaitingSecondEntry& a, int changed)
    {
        SecondEntryDialog dialog(*m_db, actor("dataentry", Role::Coordinator), a.assessmentId,
                                 a.instrumentId, a.studyId);
        const QStringList first = firstValues(a.assessmentId);
        EXPECT_EQ(dialog.itemCount(), a.instrumentId == QStringLiteral("phq9") ? 10 : 21);
        for (int i = 0; i < first.size(); ++i) {
            // The form starts empty: the first entry is not shown.
            EXPECT_TRUE(dialog.itemField(i)->text().isEmpty());
            QString v = first[i];
            if (i + 1 == changed)
                v = QString::number((v.toInt() + 1) % 4);
            dialog.itemField(i)->setText(v);
        }
        EXPECT_TRUE(dialog.save());
        return dialog.outcome();
    }
};

TEST_F(DoubleEntryPanelTest, TheSecondEntryIsKeyedBlindAndTheDifferenceAdjudicatedInTheArea)
{
    const AwaitingSecondEntry a = waiting();
    const QString outcome = keySecond(a, 2);
    EXPECT_TRUE(outcome.contains(QStringLiteral("item(s) 2"))) << outcome.toStdString();

    DataQualityView view(*m_db, actor("pi", Role::PrincipalInvestigator));
    DoubleEntryPanel* panel = view.doubleEntry();
    ASSERT_NE(panel, nullptr);
    const auto& listed = panel->discrepancies();
    const auto row = std::find_if(listed.begin(), listed.end(), [&](const Discrepancy& d) {
        return d.assessmentId == a.assessmentId;
    });
    ASSERT_NE(row, listed.end());
    EXPECT_EQ(row->item, 2);
    EXPECT_TRUE(view.sections()->tabText(2).contains(QStringLiteral("to adjudicate")));
    const int index = static_cast<int>(row - listed.begin());
    panel->discrepancyTable()->selectRow(index);
    auto* takeSecond = panel->findChild<QPushButton*>(QStringLiteral("takeSecondEntry"));
    ASSERT_NE(takeSecond, nullptr);
    EXPECT_TRUE(takeSecond->isEnabled());
    const QString chosen = row->secondValue;
    panel->noteField()->setText(QStringLiteral("The paper form shows the second value."));
    takeSecond->click();
    for (const Discrepancy& d : panel->discrepancies())
        EXPECT_NE(d.assessmentId, a.assessmentId);
    EXPECT_EQ(firstValues(a.assessmentId).value(1), chosen);
    // The keyer of the second entry may not adjudicate.
    DoubleEntryPanel keyer(*m_db, actor("dataentry", Role::Coordinator));
    keyer.reload();
    EXPECT_TRUE(keyer.discrepancies().empty() ||
                !keyer.findChild<QPushButton*>(QStringLiteral("takeSecondEntry"))->isEnabled());
}

// The worklist carries the second entry to key and the differences to adjudicate; opening
// either task shows the form in the data-quality area's double-entry section.
TEST_F(DoubleEntryPanelTest, WorklistTasksOpenTheFormInTheDoubleEntrySection)
{
    const AwaitingSecondEntry a = waiting();
    const auto taskOf = [&](const Actor& who, TaskKind kind) {
        auto tasks = Worklist(*m_db).forActor(who, m_db->clock().today());
        EXPECT_TRUE(tasks.ok());
        for (const WorkItem& w : *tasks)
            if (w.kind == kind && w.assessmentId == a.assessmentId)
                return std::optional<WorkItem>(w);
        return std::optional<WorkItem>();
    };
    const auto opensInArea = [&](MainWindow& window, const WorkItem& task,
                                 QTableWidget* (DoubleEntryPanel::*table)() const) {
        auto* worklist = window.findChild<WorklistView*>();
        ASSERT_NE(worklist, nullptr);
        emit worklist->taskOpened(task);
        auto* quality = window.findChild<DataQualityView*>();
        ASSERT_NE(quality, nullptr);
        EXPECT_EQ(quality->sections()->currentWidget(), quality->doubleEntry());
        QTableWidget* rows = (quality->doubleEntry()->*table)();
        ASSERT_FALSE(rows->selectedItems().isEmpty());
        EXPECT_EQ(rows->selectedItems().first()->text(), a.studyId);
    };
    LanguageManager languages;
    const Actor dataentry = actor("dataentry", Role::Coordinator);
    const auto key = taskOf(dataentry, TaskKind::KeySecondEntry);
    ASSERT_TRUE(key.has_value());
    {
        MainWindow window(*m_db, dataentry, languages);
        opensInArea(window, *key, &DoubleEntryPanel::awaitingTable);
    }
    keySecond(a, 3);
    EXPECT_FALSE(taskOf(dataentry, TaskKind::KeySecondEntry).has_value());
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    const auto adjudicate = taskOf(pi, TaskKind::AdjudicateEntries);
    ASSERT_TRUE(adjudicate.has_value());
    EXPECT_EQ(adjudicate->items, QList<int>{3});
    MainWindow window(*m_db, pi, languages);
    opensInArea(window, *adjudicate, &DoubleEntryPanel::discrepancyTable);
}

TEST_F(DoubleEntryPanelTest, TheMonitorMarksAFormAsVerifiedAgainstItsSource)
{
    const Actor monitor = actor("monitor", Role::Monitor);
    DataQualityView view(*m_db, monitor);
    EXPECT_TRUE(view.shown());
    SourceVerificationPanel* panel = view.sourceVerification();
    EXPECT_GE(panel->sitesTable()->rowCount(), 1);
    // A participant of the demo with a visit form not verified yet.
    auto id = m_db->scalar(QStringLiteral(
        "SELECT p.study_id FROM assessment a JOIN participant p ON p.id = a.participant_id "
        "JOIN time_point t ON t.id = a.time_point_id WHERE t.week_offset > 0 AND a.removed = 0 "
        "AND a.status = 'complete' AND NOT EXISTS (SELECT 1 FROM source_verification v WHERE "
        "v.assessment_id = a.id) ORDER BY a.id LIMIT 1"));
    ASSERT_TRUE(id.ok());
    ASSERT_EQ(panel->showParticipant(id->toString()), QString());
    QTableWidget* forms = panel->formsTable();
    ASSERT_GE(forms->rowCount(), 1);
    int row = -1;
    for (int r = 0; r < forms->rowCount() && row < 0; ++r)
        if (forms->item(r, 4)->text() == QStringLiteral("Not verified"))
            row = r;
    ASSERT_GE(row, 0);
    forms->selectRow(row);
    EXPECT_TRUE(panel->verifyButton()->isEnabled());
    EXPECT_EQ(panel->verifySelected(), QString());
    EXPECT_TRUE(forms->item(row, 4)->text().startsWith(QStringLiteral("Verified")))
        << forms->item(row, 4)->text().toStdString();
    // Other roles see the shares but have no button.
    SourceVerificationPanel pi(*m_db, actor("pi", Role::PrincipalInvestigator));
    EXPECT_TRUE(pi.verifyButton()->isHidden());
}

TEST_F(DoubleEntryPanelTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const AwaitingSecondEntry a = waiting();
    keySecond(a, 3);
    const AwaitingSecondEntry next = waiting();
    LanguageManager languages;
    DataQualityView quality(*m_db, actor("pi", Role::PrincipalInvestigator));
    quality.resize(1150, 760);
    DataQualityView monitor(*m_db, actor("monitor", Role::Monitor));
    monitor.resize(1150, 700);
    monitor.sourceVerification()->showParticipant(a.studyId);
    // The worklists: the data-entry coordinator's second entries, the PI's adjudication.
    WorklistView dataentryList(*m_db, actor("dataentry", Role::Coordinator));
    dataentryList.resize(1150, 500);
    WorklistView piList(*m_db, actor("pi", Role::PrincipalInvestigator));
    piList.resize(1150, 500);
    for (const char* language : {"en", "nb"}) {
        const QLatin1String lang(language);
        ASSERT_TRUE(languages.setLanguage(QString::fromLatin1(language)));
        QCoreApplication::processEvents();
        quality.sections()->setCurrentIndex(2);
        quality.doubleEntry()->discrepancyTable()->selectRow(0);
        QCoreApplication::processEvents();
        quality.grab().save(dir + QStringLiteral("/adjudication-%1.png").arg(lang));
        monitor.sections()->setCurrentIndex(3);
        QCoreApplication::processEvents();
        monitor.grab().save(dir + QStringLiteral("/source-verification-%1.png").arg(lang));
        SecondEntryDialog second(*m_db, actor("dataentry", Role::Coordinator), next.assessmentId,
                                 next.instrumentId, next.studyId);
        second.itemField(0)->setText(QStringLiteral("2"));
        second.show();
        QCoreApplication::processEvents();
        second.grab().save(dir + QStringLiteral("/second-entry-%1.png").arg(lang));
        for (auto [list, name] :
             {std::pair{&dataentryList, "dataentry"}, std::pair{&piList, "pi"}}) {
            list->reload();
            QCoreApplication::processEvents();
            list->grab().save(dir +
                              QStringLiteral("/worklist-%1-%2.png").arg(QLatin1String(name), lang));
        }
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

} // namespace
