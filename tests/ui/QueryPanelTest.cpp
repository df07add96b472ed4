// Data queries in the window: raised from the participant page, answered in the conversation
// dialog, marked at the item in the entry form, listed in the coordinator's worklist, and the
// counts per site over the list of every query. With TD_SCREENSHOT_DIR: the query at a field
// and the list, in both languages.

#include "quality/QueryPanel.h"

#include "DemoDatabase.h"
#include "assessments/AssessmentRepository.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DataQualityCard.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "participant/ParticipantPage.h"
#include "quality/DataQualityView.h"
#include "quality/QueryDialog.h"
#include "quality/RaiseQueryDialog.h"
#include "worklists/Worklist.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace td;

namespace {

class QueryPanelTest : public DemoDatabase
{
protected:
    // A participant with a completed PHQ-9 at baseline, and that visit.
    struct Form
    {
        qint64 participantId = 0;
        qint64 timePointId = 0;
    };
    Form completedPhq9()
    {
        auto q = m_db->exec(QStringLiteral(
            "SELECT a.participant_id, a.time_point_id FROM assessment a JOIN time_point t ON t.id "
            "= a.time_point_id WHERE a.instrument_id = 'phq9' AND a.status = 'complete' AND "
            "a.removed = 0 AND t.week_offset = 0 ORDER BY a.id LIMIT 1"));
        EXPECT_TRUE(q.ok());
        Form f;
        if (q.ok() && (*q)->next()) {
            f.participantId = (*q)->value(0).toLongLong();
            f.timePointId = (*q)->value(1).toLongLong();
        }
        if (q.ok())
            (*q)->finish();
        return f;
    }
    qint64 raiseOnItem(const Form& f, int item, const char* text)
    {
        RaiseQueryDialog dialog(*m_db, actor("pi", Role::PrincipalInvestigator), f.participantId);
        dialog.visitBox()->setCurrentIndex(dialog.visitBox()->findData(f.timePointId));
        dialog.instrumentBox()->setCurrentIndex(
            dialog.instrumentBox()->findData(QStringLiteral("phq9")));
        dialog.itemBox()->setValue(item);
        dialog.textEdit()->setPlainText(QString::fromUtf8(text));
        EXPECT_EQ(dialog.raiseQuery(), QString());
        return dialog.raisedId();
    }
};

TEST_F(QueryPanelTest, RaisedOnThePageAnsweredInTheDialogAndMarkedAtTheItem)
{
    const Form f = completedPhq9();
    ASSERT_NE(f.participantId, 0);
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    ParticipantPage page(*m_db, pi);
    ASSERT_EQ(page.load(f.participantId), QString());
    QueryPanel* panel = page.queries();
    ASSERT_NE(panel, nullptr);
    const int before = panel->table()->rowCount();

    // Without a question: refused, nothing raised.
    {
        RaiseQueryDialog dialog(*m_db, pi, f.participantId);
        dialog.visitBox()->setCurrentIndex(dialog.visitBox()->findData(f.timePointId));
        dialog.instrumentBox()->setCurrentIndex(
            dialog.instrumentBox()->findData(QStringLiteral("phq9")));
        EXPECT_TRUE(dialog.raiseQuery().contains(QStringLiteral("question")));
        EXPECT_EQ(dialog.itemBox()->maximum(), 10);
    }
    const qint64 id = raiseOnItem(f, 4, "Item 4 reads 3; the paper form says 2?");
    ASSERT_GT(id, 0);
    page.refresh();
    EXPECT_EQ(panel->table()->rowCount(), before + 1);
    EXPECT_TRUE(
        page.sections()->tabText(page.sections()->indexOf(panel)).contains(QStringLiteral("open")));

    // The site's coordinator has it in the worklist and answers it.
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    auto tasks = Worklist(*m_db).forActor(coordinator, m_db->clock().today());
    ASSERT_TRUE(tasks.ok());
    EXPECT_TRUE(std::any_of(tasks->begin(), tasks->end(), [id](const WorkItem& w) {
        return w.kind == TaskKind::AnswerQuery && w.queryId == id;
    }));
    auto query = DataQueries(*m_db).get(coordinator, id);
    ASSERT_TRUE(query.ok());
    QueryDialog dialog(*m_db, coordinator, *query, QStringLiteral("PHQ-9"));
    EXPECT_FALSE(dialog.respondButton()->isHidden());
    EXPECT_TRUE(dialog.closeQueryButton()->isHidden()); // not the raiser
    dialog.textEdit()->setPlainText(QStringLiteral("The paper form says 2; corrected."));
    EXPECT_EQ(dialog.take(QueryAction::Respond), QString());
    EXPECT_EQ(dialog.query().status, QueryStatus::Answered);

    // The entry form marks item 4 (and no other).
    AssessmentEntryForm form(*m_db, coordinator, f.participantId, f.timePointId,
                             QStringLiteral("phq9"));
    ASSERT_NE(form.queryMarker(3), nullptr);
    EXPECT_FALSE(form.queryMarker(3)->isHidden());
    EXPECT_TRUE(form.queryMarker(3)->text().contains(QString::number(id)));
    EXPECT_TRUE(form.queryMarker(3)->toolTip().contains(QStringLiteral("paper form says 2")));
    EXPECT_TRUE(form.queryMarker(2)->isHidden());

    // The PI closes it; the PI's worklist had it to review.
    auto piTasks = Worklist(*m_db).forActor(pi, m_db->clock().today());
    ASSERT_TRUE(piTasks.ok());
    EXPECT_TRUE(std::any_of(piTasks->begin(), piTasks->end(), [id](const WorkItem& w) {
        return w.kind == TaskKind::ReviewQuery && w.queryId == id;
    }));
    ASSERT_TRUE(DataQueries(*m_db).close(pi, id, QStringLiteral("Settled.")).ok());
    AssessmentEntryForm after(*m_db, coordinator, f.participantId, f.timePointId,
                              QStringLiteral("phq9"));
    EXPECT_TRUE(after.queryMarker(3)->isHidden());
}

TEST_F(QueryPanelTest, TheSiteCorrectsTheValueFromTheQueryDialog)
{
    const Form f = completedPhq9();
    const qint64 id = raiseOnItem(f, 2, "Item 2: the paper form says otherwise?");
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    auto query = DataQueries(*m_db).get(coordinator, id);
    ASSERT_TRUE(query.ok());
    auto record = AssessmentRepository(*m_db).get(coordinator, query->assessmentId);
    ASSERT_TRUE(record.ok());
    const QString was = record->items.value(1);
    const QString corrected =
        was == QStringLiteral("3") ? QStringLiteral("2") : QStringLiteral("3");
    QueryDialog dialog(*m_db, coordinator, *query, QStringLiteral("PHQ-9"));
    ASSERT_FALSE(dialog.correctionField()->isHidden());
    // An answer the item does not allow is refused and changes nothing.
    dialog.correctionField()->setText(QStringLiteral("7"));
    dialog.textEdit()->setPlainText(QStringLiteral("Corrected from the paper form."));
    EXPECT_NE(dialog.take(QueryAction::Respond), QString());
    EXPECT_EQ(AssessmentRepository(*m_db).get(coordinator, query->assessmentId)->items.value(1),
              was);
    dialog.correctionField()->setText(corrected);
    EXPECT_EQ(dialog.take(QueryAction::Respond), QString());
    EXPECT_EQ(AssessmentRepository(*m_db).get(coordinator, query->assessmentId)->items.value(1),
              corrected);
    // The response names the correction.
    ASSERT_FALSE(dialog.query().steps.empty());
    EXPECT_EQ(dialog.query().steps.back().assessmentId, query->assessmentId);
    EXPECT_EQ(dialog.query().status, QueryStatus::Answered);
    // The statistician, who raises queries but does not answer them, has no correction field.
    QueryDialog statistician(*m_db, actor("statistician", Role::Statistician), dialog.query(),
                             QStringLiteral("PHQ-9"));
    EXPECT_TRUE(statistician.correctionField()->isHidden());
}

TEST_F(QueryPanelTest, TheListOfEveryQueryShowsTheCountsPerSite)
{
    const Form f = completedPhq9();
    raiseOnItem(f, 2, "Please check item 2");
    QueryPanel panel(*m_db, actor("pi", Role::PrincipalInvestigator));
    panel.setParticipant(0);
    EXPECT_FALSE(panel.countsLabel()->isHidden());
    EXPECT_TRUE(panel.countsLabel()->text().contains(QStringLiteral("open")));
    EXPECT_GE(panel.table()->rowCount(), 1);
    EXPECT_TRUE(panel.raiseButton()->isHidden()); // raised from a participant's page
}

TEST_F(QueryPanelTest, ThePisDashboardCountsQueriesAndFormsPerSite)
{
    const Form f = completedPhq9();
    raiseOnItem(f, 2, "Please check item 2");
    DashboardView dashboard;
    dashboard.load(*m_db, actor("pi", Role::PrincipalInvestigator));
    auto* card = dashboard.findChild<DataQualityCard*>(QStringLiteral("dataQualityCard"));
    ASSERT_NE(card, nullptr);
    EXPECT_FALSE(card->isHidden());
    EXPECT_TRUE(card->detailText().contains(QStringLiteral("OSL:")))
        << card->detailText().toStdString();
    EXPECT_TRUE(card->detailText().contains(QStringLiteral("of forms received")));
    // Not for the committee, who raise no queries.
    DashboardView dmc;
    dmc.load(*m_db, actor("dmc", Role::Dmc));
    EXPECT_TRUE(dmc.findChild<DataQualityCard*>(QStringLiteral("dataQualityCard"))->isHidden());
}

TEST_F(QueryPanelTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const Form f = completedPhq9();
    const qint64 id = raiseOnItem(f, 4, "Item 4 reads 3; the paper form says 2?");
    raiseOnItem(f, 0, "The date on the paper form is 12 March; please check.");
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    ASSERT_TRUE(DataQueries(*m_db).respond(coordinator, id, QStringLiteral("Checking")).ok());
    ASSERT_TRUE(DataQueries(*m_db)
                    .reopen(actor("pi", Role::PrincipalInvestigator), id,
                            QStringLiteral("Please look at the scanned copy too."))
                    .ok());
    LanguageManager languages;
    AssessmentEntryForm form(*m_db, coordinator, f.participantId, f.timePointId,
                             QStringLiteral("phq9"));
    form.resize(1100, 700);
    DataQualityView quality(*m_db, actor("pi", Role::PrincipalInvestigator));
    quality.resize(1100, 700);
    DashboardView dashboard;
    dashboard.load(*m_db, actor("pi", Role::PrincipalInvestigator));
    dashboard.resize(1100, 700);
    for (const char* language : {"en", "nb"}) {
        const QLatin1String lang(language);
        ASSERT_TRUE(languages.setLanguage(QString::fromLatin1(language)));
        QCoreApplication::processEvents();
        form.grab().save(dir + QStringLiteral("/query-at-field-%1.png").arg(lang));
        quality.sections()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        quality.grab().save(dir + QStringLiteral("/query-list-%1.png").arg(lang));
        quality.sections()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        quality.grab().save(dir + QStringLiteral("/missing-forms-%1.png").arg(lang));
        dashboard.grab().save(dir + QStringLiteral("/dashboard-quality-%1.png").arg(lang));
        auto asked = DataQueries(*m_db).get(coordinator, id);
        ASSERT_TRUE(asked.ok());
        QueryDialog answer(*m_db, coordinator, *asked, QStringLiteral("PHQ-9"));
        answer.correctionField()->setText(QStringLiteral("2"));
        answer.textEdit()->setPlainText(QStringLiteral("The paper form says 2."));
        answer.show();
        QCoreApplication::processEvents();
        answer.grab().save(dir + QStringLiteral("/query-correction-%1.png").arg(lang));
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

} // namespace
