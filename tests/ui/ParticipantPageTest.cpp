// The participant page: the sections each role gets, nothing of the arm for the blinded
// assessor (walking every text the page shows), models that pass QAbstractItemModelTester,
// and acknowledging a safety alert with a note.
//
// For looking at it: TD_SCREENSHOT_DIR=/tmp trialdesk_ui_tests --gtest_filter='ParticipantPage*'
// writes page-*.png there.

#include "participant/ParticipantPage.h"

#include "DemoDatabase.h"
#include "Signing.h"
#include "assessments/AssessmentRepository.h"
#include "i18n/LanguageManager.h"
#include "outcomes/AlertRepository.h"
#include "participant/AcknowledgeAlertDialog.h"
#include "participant/EnrolmentModels.h"
#include "participant/ParticipantModels.h"
#include "participant/TrajectoryChart.h"
#include "registry/ParticipantActions.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>

using namespace td;

namespace {

void saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Shown (offscreen), so the layouts follow text changes as they do on screen.
    w.show();
    QCoreApplication::processEvents();
    w.grab().save(dir + QStringLiteral("/page-") + name + QStringLiteral(".png"));
}

QStringList tabTexts(const ParticipantPage& page)
{
    QStringList out;
    for (int i = 0; i < page.sections()->count(); ++i)
        out << page.sections()->tabText(i);
    return out;
}

void addModelTexts(const QAbstractItemModel* model, QStringList& out)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        for (int role : {Qt::DisplayRole, Qt::ToolTipRole})
            out << model->headerData(c, Qt::Horizontal, role).toString();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::UserRole})
                out << model->index(r, c).data(role).toString();
}

// Every text the page shows or holds: widget texts, tool tips, tab titles, combo items, the
// tables' models, and the chart's title, series names and axes.
QStringList everyText(const ParticipantPage& page)
{
    QStringList out{page.windowTitle()};
    for (const QWidget* w : page.findChildren<QWidget*>()) {
        out << w->toolTip() << w->windowTitle() << w->statusTip() << w->accessibleName();
        if (auto* label = qobject_cast<const QLabel*>(w))
            out << label->text();
        if (auto* button = qobject_cast<const QAbstractButton*>(w))
            out << button->text();
        if (auto* combo = qobject_cast<const QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i) << combo->itemData(i).toString();
        if (auto* tabs = qobject_cast<const QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i) << tabs->tabToolTip(i);
        if (auto* view = qobject_cast<const QAbstractItemView*>(w))
            addModelTexts(view->model(), out);
    }
    const QChart* chart = page.chart()->chart();
    out << chart->title();
    for (const QAbstractSeries* s : chart->series())
        out << s->name() << s->objectName();
    for (const QLegendMarker* m : chart->legend()->markers())
        out << m->label();
    for (const QAbstractAxis* a : chart->axes()) {
        out << a->titleText();
        if (auto* v = qobject_cast<const QValueAxis*>(a))
            out << v->labelFormat();
    }
    return out;
}

QString firstContaining(const QStringList& texts, const QStringList& needles)
{
    for (const QString& t : texts)
        for (const QString& n : needles)
            if (t.contains(n, Qt::CaseSensitive))
                return t;
    return {};
}

} // namespace

class ParticipantPageTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }

    // A randomized participant with sessions and an alert raised by a visit's assessment
    // (which the blinded assessor sees too), with the alert's instrument.
    std::pair<qint64, QString> participantWithAlert()
    {
        auto q = m_db->exec(QStringLiteral(
            "SELECT a.participant_id, a.instrument_id FROM alert al JOIN assessment a ON a.id = "
            "al.assessment_id JOIN participant p ON p.id = a.participant_id WHERE "
            "a.time_point_id IS NOT NULL AND p.arm_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
            "therapy_session s WHERE s.participant_id = p.id) ORDER BY al.id LIMIT 1"));
        if (!q.ok() || !(*q)->next())
            return {0, {}};
        std::pair<qint64, QString> out{(*q)->value(0).toLongLong(), (*q)->value(1).toString()};
        (*q)->finish();
        return out;
    }

    qint64 therapistOf(qint64 participantId)
    {
        auto v = m_db->scalar(QStringLiteral("SELECT therapist_id FROM participant WHERE id = ?"),
                              {participantId});
        return v.ok() ? v->toLongLong() : 0;
    }

    Actor therapistActor(qint64 participantId)
    {
        const qint64 id = therapistOf(participantId);
        auto name = m_db->scalar(QStringLiteral("SELECT username FROM users WHERE id = ?"), {id});
        return {id, name.ok() ? name->toString() : QString(), Role::Therapist};
    }

    LanguageManager m_languages;
};

TEST_F(ParticipantPageTest, EachRoleGetsItsSections)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);

    ParticipantPage pi(*m_db, actor("pi", Role::PrincipalInvestigator));
    ASSERT_EQ(pi.load(id), QString());
    const QStringList piTabs = tabTexts(pi);
    ASSERT_EQ(piTabs.size(), 6);
    EXPECT_EQ(piTabs[0], QStringLiteral("Visits"));
    EXPECT_TRUE(piTabs[1].startsWith(QStringLiteral("Assessments (")));
    EXPECT_TRUE(piTabs[2].startsWith(QStringLiteral("Sessions (")));
    EXPECT_TRUE(piTabs[3].startsWith(QStringLiteral("Alerts")));
    EXPECT_EQ(piTabs[4], QStringLiteral("Eligibility and covariates"));
    EXPECT_TRUE(piTabs[5].startsWith(QStringLiteral("Queries"))); // data queries
    EXPECT_EQ(pi.visitModel()->rowCount(), 6);                    // the demo protocol's six visits
    EXPECT_GT(pi.assessmentModel()->rowCount(), 0);
    ASSERT_NE(pi.sessionModel(), nullptr);
    EXPECT_GT(pi.sessionModel()->rowCount(), 0);
    ASSERT_NE(pi.alertModel(), nullptr);
    EXPECT_GT(pi.alertModel()->rowCount(), 0);
    EXPECT_NE(pi.acknowledgeButton(), nullptr); // the PI acknowledges alerts
    EXPECT_TRUE(pi.windowTitle().contains(pi.participant()->studyId));
    EXPECT_FALSE(firstContaining(everyText(pi), {QStringLiteral("CBT"), QStringLiteral("PDT")})
                     .isEmpty()); // the PI sees the arm
    EXPECT_GT(pi.instrumentChooser()->count(), 1);
    EXPECT_TRUE(pi.chart()->input().has_value());

    ParticipantPage coordinator(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_EQ(coordinator.load(id), QString());
    EXPECT_EQ(tabTexts(coordinator).size(), 6);
    EXPECT_EQ(coordinator.acknowledgeButton(), nullptr); // sees alerts, may not acknowledge

    ParticipantPage therapist(*m_db, therapistActor(id));
    ASSERT_EQ(therapist.load(id), QString());
    EXPECT_EQ(tabTexts(therapist).size(), 6);
    EXPECT_NE(therapist.acknowledgeButton(), nullptr);

    ParticipantPage statistician(*m_db, actor("statistician", Role::Statistician));
    ASSERT_EQ(statistician.load(id), QString());
    EXPECT_EQ(statistician.alertModel(), nullptr); // no ViewAlerts
    EXPECT_EQ(tabTexts(statistician).size(), 5);

    // The administrator sees no clinical data: the core's refusal is the page's message.
    ParticipantPage admin(*m_db, actor("admin", Role::Administrator));
    const QString refusal = admin.load(id);
    EXPECT_TRUE(refusal.contains(QStringLiteral("may not view participants")))
        << refusal.toStdString();
    EXPECT_FALSE(admin.participant().has_value());

    ParticipantPage assessor(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_EQ(assessor.load(id), QString());
    const QStringList blindTabs = tabTexts(assessor);
    ASSERT_EQ(blindTabs.size(), 5);
    EXPECT_EQ(blindTabs[0], QStringLiteral("Visits"));
    EXPECT_TRUE(blindTabs[1].startsWith(QStringLiteral("Assessments (")));
    EXPECT_TRUE(blindTabs[2].startsWith(QStringLiteral("Alerts")));
    EXPECT_EQ(blindTabs[3], QStringLiteral("Eligibility and covariates"));
    EXPECT_TRUE(blindTabs[4].startsWith(QStringLiteral("Queries")));
    EXPECT_EQ(assessor.sessionModel(), nullptr);
    EXPECT_EQ(assessor.visitModel()->rowCount(), 6);
    EXPECT_GT(assessor.assessmentModel()->rowCount(), 0);
    EXPECT_LE(assessor.assessmentModel()->rowCount(), pi.assessmentModel()->rowCount());
}

TEST_F(ParticipantPageTest, BlindedAssessorSeesNoArmAnywhere)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    QStringList forbidden;
    auto arms = m_db->exec(QStringLiteral("SELECT code, name, colour FROM arm"));
    ASSERT_TRUE(arms.ok());
    while ((*arms)->next())
        forbidden << (*arms)->value(0).toString() << (*arms)->value(1).toString()
                  << (*arms)->value(2).toString();
    // The therapist reveals the arm too.
    auto therapists = m_db->exec(
        QStringLiteral("SELECT username, display_name FROM users WHERE role = 'therapist'"));
    ASSERT_TRUE(therapists.ok());
    while ((*therapists)->next())
        forbidden << (*therapists)->value(0).toString() << (*therapists)->value(1).toString();
    ASSERT_GE(forbidden.size(), 10);

    ParticipantPage page(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_EQ(page.load(id), QString());
    page.resize(1280, 820);
    // Every instrument's chart, not only the first.
    for (int i = 0; i < page.instrumentChooser()->count(); ++i) {
        ASSERT_TRUE(page.showInstrument(page.instrumentChooser()->itemData(i).toString()));
        const QStringList texts = everyText(page);
        EXPECT_EQ(firstContaining(texts, forbidden), QString());
        EXPECT_EQ(page.chart()->attendedSessions(), nullptr);
        EXPECT_EQ(page.chart()->missedSessions(), nullptr);
    }
    // No sessions section at all, and nothing session-like in the header.
    for (const QString& t : tabTexts(page))
        EXPECT_FALSE(t.startsWith(QStringLiteral("Sessions")));
    EXPECT_EQ(page.findChildren<SessionTableModel*>().size(), 0);
    EXPECT_FALSE(page.chart()->input()->sessions.size());
    // The same participant through the PI's eyes does name the arm: the walk finds it.
    ParticipantPage pi(*m_db, actor("pi", Role::PrincipalInvestigator));
    ASSERT_EQ(pi.load(id), QString());
    EXPECT_NE(firstContaining(everyText(pi), forbidden), QString());

    if (page.showInstrument(instrument))
        saveScreenshot(page, QStringLiteral("assessor"));
}

TEST_F(ParticipantPageTest, ModelsPassTheItemModelTester)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    ParticipantPage page(*m_db, actor("pi", Role::PrincipalInvestigator));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester visits(page.visitModel(), Mode::Fatal);
    QAbstractItemModelTester assessments(page.assessmentModel(), Mode::Fatal);
    QAbstractItemModelTester sessions(page.sessionModel(), Mode::Fatal);
    QAbstractItemModelTester alerts(page.alertModel(), Mode::Fatal);
    QAbstractItemModelTester criteria(page.criteriaModel(), Mode::Fatal);
    QAbstractItemModelTester covariates(page.covariateModel(), Mode::Fatal);
    ASSERT_EQ(page.load(id), QString());
    page.refresh();
    page.visitModel()->retranslate();
    page.assessmentModel()->retranslate();
    page.sessionModel()->retranslate();
    page.alertModel()->retranslate();
    page.criteriaModel()->retranslate();
    page.covariateModel()->retranslate();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_EQ(tabTexts(page).at(0), QStringLiteral("Besøk"));
    EXPECT_EQ(page.visitModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Besøk"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(page.load(-1).isEmpty(), false); // an unknown participant empties the models
    EXPECT_EQ(page.visitModel()->rowCount(), 0);
    EXPECT_EQ(page.sessionModel()->rowCount(), 0);
}

TEST_F(ParticipantPageTest, VisitTimelineShowsTheStatesOfACompletedParticipant)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    ParticipantPage page(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_EQ(page.load(id), QString());
    const VisitTableModel* m = page.visitModel();
    // The baseline was taken (the alert's participant has visit data).
    const QString baseline = m->index(0, VisitTableModel::State).data(Qt::UserRole).toString();
    EXPECT_TRUE(baseline == QStringLiteral("done") || baseline == QStringLiteral("partial"))
        << baseline.toStdString();
    EXPECT_EQ(m->index(0, VisitTableModel::VisitName).data().toString(),
              QStringLiteral("Baseline"));
    EXPECT_FALSE(m->index(0, VisitTableModel::Target).data().toString().isEmpty());
    EXPECT_TRUE(m->index(0, VisitTableModel::State).data(Qt::DecorationRole).isValid());
    for (int r = 0; r < m->rowCount(); ++r)
        EXPECT_FALSE(m->index(r, VisitTableModel::State).data().toString().isEmpty());
}

TEST_F(ParticipantPageTest, TherapistCannotOpenAnotherTherapistsParticipant)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    const Actor own = therapistActor(id);
    const Actor other = own.username == QStringLiteral("therapist1")
                            ? actor("therapist2", Role::Therapist)
                            : actor("therapist1", Role::Therapist);
    ParticipantPage page(*m_db, other);
    const QString message = page.load(id);
    // Not found among their own: who else is treated is not the therapist's to learn, so the
    // message names neither the participant (not even by row id) nor who treats them.
    EXPECT_EQ(message, QStringLiteral("The participant was not found among those you may see."));
    const QString studyId =
        m_db->scalar(QStringLiteral("SELECT study_id FROM participant WHERE id = ?"), {id})
            ->toString();
    EXPECT_FALSE(message.contains(studyId)) << message.toStdString();
    EXPECT_FALSE(message.contains(own.username)) << message.toStdString();
    // The page is empty and says so; it offers no step for a participant it does not show.
    EXPECT_FALSE(page.participant().has_value());
    EXPECT_TRUE(page.windowTitle() == QStringLiteral("Participant"))
        << page.windowTitle().toStdString();
    for (QAction* a : page.actions()->actions())
        EXPECT_FALSE(a->isEnabled() && a != page.actions()->screenAction());
    EXPECT_EQ(page.assessmentModel()->rowCount(), 0);
    EXPECT_FALSE(page.chart()->input().has_value());
}

TEST_F(ParticipantPageTest, AnOpenAlertIsAcknowledgedWithANote)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    // A new PHQ-9 with item 9 = 2 raises an open suicidality alert.
    Assessment a;
    a.participantId = id;
    a.instrumentId = QStringLiteral("phq9");
    a.date = m_db->clock().today();
    // A low total, so no reliable deterioration is raised beside the suicidality flag.
    a.items = QStringList(8, QStringLiteral("0")) << QStringLiteral("2");
    ASSERT_TRUE(AssessmentRepository(*m_db).save(actor("coordinator", Role::Coordinator), a).ok());

    ParticipantPage page(*m_db, actor("pi", Role::PrincipalInvestigator));
    ASSERT_EQ(page.load(id), QString());
    ASSERT_EQ(page.alertModel()->openCount(), 1);
    EXPECT_TRUE(tabTexts(page).at(3).contains(QStringLiteral("1 open")));
    // The chart opens on the instrument of the open alert, with the alert ringed.
    EXPECT_EQ(page.chartInstrument(), QStringLiteral("phq9"));
    ASSERT_NE(page.chart()->alertPoints(), nullptr);
    EXPECT_GE(page.chart()->alertPoints()->count(), 1);
    page.resize(1280, 820);
    saveScreenshot(page, QStringLiteral("pi"));

    int row = -1;
    for (int r = 0; r < page.alertModel()->rowCount(); ++r)
        if (page.alertModel()->alertAt(r)->isOpen())
            row = r;
    ASSERT_GE(row, 0);
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled());
    page.alertTable()->selectRow(row);
    EXPECT_TRUE(page.acknowledgeButton()->isEnabled());
    page.sections()->setCurrentIndex(3);
    saveScreenshot(page, QStringLiteral("pi-alerts"));
    page.sections()->setCurrentIndex(2);
    saveScreenshot(page, QStringLiteral("pi-sessions"));
    page.sections()->setCurrentIndex(1);
    saveScreenshot(page, QStringLiteral("pi-assessments"));

    AcknowledgeAlertDialog dialog(*m_db, actor("pi", Role::PrincipalInvestigator),
                                  *page.alertModel()->alertAt(row), &page);
    EXPECT_FALSE(dialog.acknowledge(QStringLiteral("   ")));
    bool refusalShown = false;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        refusalShown = refusalShown || l->text().contains(QStringLiteral("needs a note"));
    EXPECT_TRUE(refusalShown);
    EXPECT_TRUE(testui::signing(dialog, QString::fromLatin1(DemoTrial::password))
                    .acknowledge(QStringLiteral("Called the participant; safety plan made.")));
    page.refresh();
    EXPECT_EQ(page.alertModel()->openCount(), 0);
    EXPECT_EQ(page.chartInstrument(), QStringLiteral("phq9")); // a refresh keeps the chart

    // The coordinator sees the alert but gets no button to acknowledge it.
    ParticipantPage coordinator(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_EQ(coordinator.load(id), QString());
    EXPECT_EQ(coordinator.acknowledgeButton(), nullptr);

    // The blinded assessor sees that it was acknowledged and when, not by whom nor the note
    // (it was not shared with blinded staff).
    ParticipantPage assessor(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_EQ(assessor.load(id), QString());
    bool acknowledgedShown = false;
    for (int r = 0; r < assessor.alertModel()->rowCount(); ++r) {
        const QString status =
            assessor.alertModel()->index(r, AlertTableModel::Status).data().toString();
        const QString note =
            assessor.alertModel()->index(r, AlertTableModel::Note).data().toString();
        EXPECT_FALSE(status.contains(QStringLiteral("pi"))) << status.toStdString();
        EXPECT_FALSE(note.contains(QStringLiteral("safety plan"))) << note.toStdString();
        acknowledgedShown =
            acknowledgedShown || status.startsWith(QStringLiteral("Acknowledged and signed on"));
    }
    EXPECT_TRUE(acknowledgedShown);
}

TEST_F(ParticipantPageTest, TheAcknowledgeDialogSaysWhoSeesTheNoteAndCanShareIt)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    Assessment a;
    a.participantId = id;
    a.instrumentId = QStringLiteral("phq9");
    a.date = m_db->clock().today();
    a.items = QStringList(8, QStringLiteral("0")) << QStringLiteral("2");
    ASSERT_TRUE(AssessmentRepository(*m_db).save(actor("coordinator", Role::Coordinator), a).ok());
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    const auto open = AlertRepository(*m_db).list(pi, true);
    ASSERT_TRUE(open.ok() && !open->empty());
    AcknowledgeAlertDialog dialog(*m_db, pi, open->front());
    dialog.resize(dialog.sizeHint());
    for (const char* language : {"nb", "en"}) {
        ASSERT_TRUE(m_languages.setLanguage(QString::fromLatin1(language)));
        saveScreenshot(dialog, QStringLiteral("acknowledge-%1").arg(QString::fromLatin1(language)));
    }
    bool audienceShown = false;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        audienceShown = audienceShown || l->text().contains(QStringLiteral("Blinded outcome"));
    EXPECT_TRUE(audienceShown);
    ASSERT_NE(dialog.shareBox(), nullptr);
    EXPECT_FALSE(dialog.shareBox()->isChecked()); // not shared unless chosen
    dialog.shareBox()->setChecked(true);
    ASSERT_TRUE(testui::signing(dialog, QString::fromLatin1(DemoTrial::password))
                    .acknowledge(QStringLiteral("Safety plan made with the participant.")));
    const auto seen = AlertRepository(*m_db).forParticipant(
        actor("assessor", Role::BlindedAssessor), open->front().participantId);
    ASSERT_TRUE(seen.ok());
    bool sharedShown = false;
    for (const Alert& x : *seen)
        sharedShown = sharedShown ||
                      x.acknowledgement == QStringLiteral("Safety plan made with the participant.");
    EXPECT_TRUE(sharedShown);
}

TEST_F(ParticipantPageTest, TherapistPageScreenshot)
{
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    ParticipantPage page(*m_db, therapistActor(id));
    ASSERT_EQ(page.load(id), QString());
    ASSERT_TRUE(page.showInstrument(instrument));
    page.resize(1280, 820);
    saveScreenshot(page, QStringLiteral("therapist"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // the layout requests the new texts posted
    EXPECT_EQ(page.sections()->tabText(0), QStringLiteral("Besøk"));
    saveScreenshot(page, QStringLiteral("therapist-nb"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
}

TEST_F(ParticipantPageTest, ParticipantsWithoutRandomizationLoadToo)
{
    auto q = m_db->exec(QStringLiteral(
        "SELECT p.id FROM participant p WHERE p.randomized_at IS NULL AND EXISTS (SELECT 1 FROM "
        "assessment a WHERE a.participant_id = p.id) ORDER BY p.id LIMIT 1"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE((*q)->next()) << "the demo has a participant assessed but not randomized";
    const qint64 assessed = (*q)->value(0).toLongLong();
    (*q)->finish();
    ParticipantPage page(*m_db, actor("pi", Role::PrincipalInvestigator));
    ASSERT_EQ(page.load(assessed), QString());
    // The baseline counts from consent; the later visits wait for randomization.
    const VisitTableModel* visits = page.visitModel();
    EXPECT_NE(visits->index(0, VisitTableModel::State).data(Qt::UserRole).toString(),
              QStringLiteral("not_scheduled"));
    for (int r = 1; r < visits->rowCount(); ++r)
        EXPECT_EQ(visits->index(r, VisitTableModel::State).data(Qt::UserRole).toString(),
                  QStringLiteral("not_scheduled"));
    EXPECT_EQ(page.sessionModel()->rowCount(), 0);
    ASSERT_TRUE(page.chart()->input().has_value());
    EXPECT_EQ(page.chart()->chart()->title(),
              page.chart()->input()->definition.shortName +
                  QStringLiteral(" over weeks since the first assessment"));

    auto none = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE status = "
                                            "'ineligible'"));
    ASSERT_TRUE(none.ok());
    ASSERT_EQ(page.load(none->toLongLong()), QString());
    EXPECT_EQ(page.assessmentModel()->rowCount(), 0);
    EXPECT_EQ(page.instrumentChooser()->count(), 0);
    EXPECT_FALSE(page.chart()->input().has_value());
    EXPECT_EQ(page.chart()->chart()->title(), QStringLiteral("No scores to show yet"));
    EXPECT_FALSE(page.chart()->savePng(m_dir.filePath(QStringLiteral("none.png"))));
    int saveButtons = 0;
    for (const QPushButton* b : page.findChildren<QPushButton*>())
        if (b->text().startsWith(QStringLiteral("Save chart as"))) {
            EXPECT_FALSE(b->isEnabled());
            ++saveButtons;
        }
    EXPECT_EQ(saveButtons, 2);
    for (int r = 0; r < page.visitModel()->rowCount(); ++r)
        EXPECT_EQ(page.visitModel()->index(r, VisitTableModel::State).data(Qt::UserRole).toString(),
                  QStringLiteral("not_scheduled"));
}

TEST_F(ParticipantPageTest, TheEntryMenuOffersOnlyWhatThisRaterMayKey)
{
    // A participant in treatment: the three-year follow-up is still to come.
    auto q = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE status = "
                                         "'in_treatment'"));
    ASSERT_TRUE(q.ok());
    auto offered = [&](const Actor& who) {
        ParticipantPage page(*m_db, who);
        EXPECT_EQ(page.load(q->toLongLong()), QString());
        page.visitTable()->selectRow(page.visitModel()->rowCount() - 1);
        QStringList ids;
        if (page.enterButton() && page.enterButton()->menu())
            for (QAction* a : page.enterButton()->menu()->actions())
                ids << a->data().toString();
        return ids;
    };
    // HRSD-17 and the RFS are rated by a blinded assessor at the demo's baseline.
    const QStringList coordinator = offered(actor("coordinator", Role::Coordinator));
    EXPECT_FALSE(coordinator.contains(QStringLiteral("hrsd17")))
        << coordinator.join(u',').toStdString();
    EXPECT_FALSE(coordinator.contains(QStringLiteral("rfs")));
    const QStringList assessor = offered(actor("assessor", Role::BlindedAssessor));
    EXPECT_TRUE(assessor.isEmpty() || assessor.contains(QStringLiteral("hrsd17")) ||
                assessor.contains(QStringLiteral("rfs")))
        << assessor.join(u',').toStdString();
}

TEST_F(ParticipantPageTest, AMissedVisitCanBeRecordedOnlyForAVisitWhoseWindowHasOpened)
{
    // A participant in treatment: the last visit (the three-year follow-up) is still to come.
    auto q = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE status = "
                                         "'in_treatment'"));
    ASSERT_TRUE(q.ok());
    ParticipantPage page(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_EQ(page.load(q->toLongLong()), QString());
    ASSERT_NE(page.missedVisitButton(), nullptr);
    page.visitTable()->selectRow(page.visitModel()->rowCount() - 1);
    EXPECT_FALSE(page.missedVisitButton()->isEnabled());
    EXPECT_FALSE(page.missedVisitButton()->toolTip().isEmpty());
    for (int r = 0; r < page.visitModel()->rowCount(); ++r) {
        const QString state =
            page.visitModel()->index(r, VisitTableModel::State).data(Qt::UserRole).toString();
        page.visitTable()->selectRow(r);
        const bool open = state == QStringLiteral("due") || state == QStringLiteral("overdue") ||
                          state == QStringLiteral("partial");
        EXPECT_EQ(page.missedVisitButton()->isEnabled(), open) << state.toStdString();
    }
    // A role that may not enter assessments has no such button.
    ParticipantPage statistician(*m_db, actor("statistician", Role::Statistician));
    ASSERT_EQ(statistician.load(q->toLongLong()), QString());
    EXPECT_EQ(statistician.missedVisitButton(), nullptr);
}

TEST_F(ParticipantPageTest, ReloadingLeavesTheChartSceneAsTheFirstLoadLeftIt)
{
    // Issue 21: each reload (F5, another instrument, a save) used to leave the previous
    // chart's graphics items in the scene, so painting and memory grew with every reload.
    const auto [id, instrument] = participantWithAlert();
    ASSERT_GT(id, 0);
    ParticipantPage page(*m_db, actor("pi", Role::PrincipalInvestigator));
    page.resize(1280, 800);
    page.show();
    const auto sceneItems = [&] {
        QCoreApplication::processEvents(); // lays the chart out, as a paint would
        page.chart()->grab();
        return page.chart()->chart()->scene()->items().size();
    };
    ASSERT_EQ(page.load(id), QString());
    ASSERT_TRUE(page.showInstrument(instrument));
    const auto first = sceneItems();
    ASSERT_GT(first, 0);
    for (int i = 0; i < 60; ++i)
        ASSERT_EQ(page.load(id), QString());
    EXPECT_EQ(sceneItems(), first) << "after 60 reloads";
    for (int i = 0; i < 60; ++i)
        page.refresh();
    EXPECT_EQ(sceneItems(), first) << "after 60 refreshes";

    // Another instrument and back: the same scene as the first time.
    ASSERT_GT(page.instrumentChooser()->count(), 1);
    const QString other = page.instrumentChooser()
                              ->itemData(page.instrumentChooser()->currentIndex() == 0 ? 1 : 0)
                              .toString();
    ASSERT_TRUE(page.showInstrument(other));
    const auto otherItems = sceneItems();
    for (int i = 0; i < 30; ++i) {
        ASSERT_TRUE(page.showInstrument(instrument));
        ASSERT_TRUE(page.showInstrument(other));
    }
    EXPECT_EQ(sceneItems(), otherItems) << "after switching instruments 60 times";
    ASSERT_TRUE(page.showInstrument(instrument));
    EXPECT_EQ(sceneItems(), first) << "back on " << instrument.toStdString();
}
