// Issue 21: every view of the main window refreshes after a change made in the window, and on
// File > Refresh (F5). A view follows when it shows what the same view of a window opened now
// shows (its texts, tables, tool tips and chart values); each step also checks that the views
// it should change did change, so a view that never shows the change cannot pass unseen.

#include "DemoDatabase.h"
#include "WidgetText.h"
#include "access/UserRepository.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "participant/ParticipantPage.h"
#include "participants/ParticipantRepository.h"
#include "quality/DataQuery.h"
#include "registry/ParticipantActions.h"
#include "registry/RegistryView.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CriteriaAnswers.h"
#include "registry/actions/ScreenDialog.h"
#include "reporting/ConsortView.h"
#include "sessions/SessionLogView.h"
#include "sessions/SessionRepository.h"
#include "trial/ProtocolRepository.h"
#include "visits/VisitTimeline.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QDateEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QXYSeries>
#include <map>
#include <set>

using namespace td;

namespace {

// What a view shows: its texts and its charts' values.
QStringList viewState(const QWidget* view)
{
    QStringList out;
    for (const testui::ShownText& t : testui::shownTexts(view))
        out << t.text;
    // The CONSORT diagram is drawn: its boxes' texts.
    QList<const ConsortView*> diagrams = view->findChildren<const ConsortView*>();
    if (auto* self = qobject_cast<const ConsortView*>(view))
        diagrams << self;
    for (const ConsortView* diagram : diagrams)
        out << diagram->boxTexts();
    for (const QChartView* chartView : view->findChildren<QChartView*>()) {
        for (QAbstractSeries* s : chartView->chart()->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
                for (const QBarSet* set : bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        out << QString::number(set->at(i));
            if (auto* xy = qobject_cast<QXYSeries*>(s))
                for (const QPointF& p : xy->points())
                    out << QStringLiteral("%1,%2").arg(p.x()).arg(p.y());
            if (auto* pie = qobject_cast<QPieSeries*>(s))
                for (const QPieSlice* slice : pie->slices())
                    out << QString::number(slice->value());
        }
    }
    return out;
}

std::string firstDifference(const QStringList& shown, const QStringList& current)
{
    for (qsizetype i = 0; i < std::max(shown.size(), current.size()); ++i) {
        const QString a = shown.value(i, QStringLiteral("<none>"));
        const QString b = current.value(i, QStringLiteral("<none>"));
        if (a != b)
            return QStringLiteral("shows \"%1\" where a new window shows \"%2\"")
                .arg(a, b)
                .toStdString();
    }
    return {};
}

class ViewRefreshTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        m_coordinator = actor("coordinator", Role::Coordinator);
        auto protocol = ProtocolRepository(*m_db).load(m_coordinator);
        ASSERT_TRUE(protocol.ok());
        m_protocol = *protocol;
        findOpenVisit();
        ASSERT_GT(m_participant, 0) << "no randomized participant has a PHQ-9 due today";
    }

    // A randomized participant whose PHQ-9 at a visit is not entered yet, with today (the
    // database's) moved to the first such visit's target day: entering it asks no question.
    void findOpenVisit()
    {
        auto q = m_db->exec(QStringLiteral("SELECT id FROM participant WHERE arm_id IS NOT NULL "
                                           "ORDER BY randomized_at DESC"));
        ASSERT_TRUE(q.ok());
        QList<qint64> ids;
        while ((*q)->next())
            ids << (*q)->value(0).toLongLong();
        const QDate today = m_db->clock().today();
        QDate target;
        for (qint64 id : ids) {
            auto visits = VisitTimeline::forParticipant(*m_db, m_coordinator, id);
            ASSERT_TRUE(visits.ok()) << visits.message().toStdString();
            for (const Visit& v : *visits) {
                if (!v.target.isValid() || v.windowClose < today ||
                    !v.scheduled.contains(QStringLiteral("phq9")) ||
                    v.completed.contains(QStringLiteral("phq9")) ||
                    (target.isValid() && v.target >= target))
                    continue;
                auto entered = m_db->scalar(
                    QStringLiteral("SELECT COUNT(*) FROM assessment WHERE participant_id = ? "
                                   "AND time_point_id = ? AND instrument_id = 'phq9'"),
                    {id, v.timePointId});
                if (entered.ok() && entered->toInt() == 0) {
                    m_participant = id;
                    m_visit = v.timePointId;
                    target = v.target;
                }
            }
        }
        if (target.isValid() && target > today)
            m_db->setClock(std::make_shared<FixedClock>(QDateTime(target, QTime(12, 0), Qt::UTC)));
    }

    // Each area and participant page of `window` shows what it shows in a window opened now
    // (with the same pages open and the same participant chosen in the session log). The areas
    // in `changing` must also show something else than in `before`.
    void expectCurrent(MainWindow& window, const char* after, const QStringList& changing,
                       const std::map<QString, QStringList>& before, qint64 sessionPatient = 0)
    {
        SCOPED_TRACE(after);
        MainWindow fresh(*m_db, window.actor(), m_languages);
        fresh.show();
        for (int i = 0; i < window.tabs()->count(); ++i)
            if (auto* page = qobject_cast<ParticipantPage*>(window.tabs()->widget(i))) {
                // With the chart's instrument the user chose (a refresh keeps it).
                if (ParticipantPage* same = fresh.openParticipant(page->participantId()))
                    same->showInstrument(page->chartInstrument());
            }
        if (sessionPatient)
            if (auto* sessions = fresh.findChild<SessionLogView*>())
                sessions->selectPatient(sessionPatient);
        ASSERT_EQ(fresh.tabs()->count(), window.tabs()->count());
        for (const QString& area : changing)
            EXPECT_TRUE(before.contains(area)) << "no area " << area.toStdString();
        for (int i = 0; i < window.tabs()->count(); ++i) {
            const QString area = window.tabs()->tabText(i);
            const QStringList shown = viewState(window.tabs()->widget(i));
            const QStringList current = viewState(fresh.tabs()->widget(i));
            EXPECT_EQ(shown, current) << area.toStdString() << " is stale after " << after << ": "
                                      << firstDifference(shown, current);
            if (changing.contains(area) && before.contains(area)) {
                EXPECT_NE(before.at(area), current)
                    << area.toStdString() << " does not show the change at all";
            }
        }
    }

    static std::map<QString, QStringList> states(const MainWindow& window)
    {
        std::map<QString, QStringList> out;
        for (int i = 0; i < window.tabs()->count(); ++i)
            out[window.tabs()->tabText(i)] = viewState(window.tabs()->widget(i));
        return out;
    }

    // Screens a new participant through the registry's "Screen new" dialog, as a person does.
    qint64 screenInTheWindow(MainWindow& window)
    {
        qint64 created = 0;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<ScreenDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "the screening dialog did not open";
            dialog->criteria()->setAnswer(QStringLiteral("mdd"), true);
            dialog->criteria()->setAnswer(QStringLiteral("age18"), true);
            dialog->covariates()->setValue(QStringLiteral("age"), QStringLiteral("34"));
            dialog->confirm();
            created = dialog->createdId();
            EXPECT_GT(created, 0) << dialog->errorText().toStdString();
            dialog->reject();
        });
        window.registry()->actions()->screenAction()->trigger();
        return created;
    }

    LanguageManager m_languages;
    Actor m_coordinator;
    Protocol m_protocol;
    qint64 m_participant = 0;
    qint64 m_visit = 0;
};

TEST_F(ViewRefreshTest, EveryViewFollowsAChangeMadeInTheWindow)
{
    MainWindow window(*m_db, m_coordinator, m_languages);
    window.show();
    ASSERT_NE(window.openParticipant(m_participant), nullptr);
    const QString page = window.tabs()->tabText(window.tabs()->count() - 1);
    auto* sessions = window.findChild<SessionLogView*>();
    ASSERT_NE(sessions, nullptr);
    const QString registry = QStringLiteral("Participants");
    const QString worklist = QStringLiteral("This week");
    const QString sessionLog = QStringLiteral("Sessions");
    const QString consort = QStringLiteral("CONSORT flow");

    // A screening, in the registry.
    auto before = states(window);
    ASSERT_GT(screenInTheWindow(window), 0);
    expectCurrent(window, "a screening in the registry", {registry, consort}, before);

    // A session, in the session log.
    before = states(window);
    sessions->selectPatient(m_participant);
    sessions->dateEdit()->setDate(m_db->clock().today());
    ASSERT_EQ(sessions->addSession(), QString());
    expectCurrent(window, "a session in the session log", {sessionLog, page}, before,
                  m_participant);

    // An assessment, in the entry form opened from the participant's page.
    before = states(window);
    window.openEntry(m_participant, m_visit, QStringLiteral("phq9"));
    auto* form = window.findChild<AssessmentEntryForm*>();
    ASSERT_NE(form, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(form));
    const QString answers = QStringLiteral("111111112");
    for (int i = 0; i < answers.size(); ++i)
        QTest::keyClick(form->itemField(i), answers.at(i).toLatin1());
    QTest::keyClick(form->itemField(answers.size()), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(form->isCompleted());
    expectCurrent(window, "an assessment in the entry form", {page, worklist}, before,
                  m_participant);
    form->close();
}

TEST_F(ViewRefreshTest, EveryViewFollowsChangesMadeElsewhereOnF5)
{
    for (const char* name : {"coordinator", "pi", "statistician"}) {
        SCOPED_TRACE(name);
        const Role role = QLatin1String(name) == QLatin1String("pi") ? Role::PrincipalInvestigator
                          : QLatin1String(name) == QLatin1String("statistician")
                              ? Role::Statistician
                              : Role::Coordinator;
        MainWindow window(*m_db, actor(name, role), m_languages);
        window.show();
        if (role != Role::Statistician) { // who has no participant pages
            ASSERT_NE(window.openParticipant(m_participant), nullptr);
        }
        const auto before = states(window);
        // Elsewhere (another window, the command line): a screening and a session.
        const qint64 site = m_protocol.sites.front().id;
        ASSERT_TRUE(
            ParticipantRepository(*m_db).screen(m_coordinator, site, m_db->clock().today()).ok());
        TherapySession s;
        s.participantId = m_participant;
        s.date = m_db->clock().today();
        s.kind = SessionKind::Regular;
        s.attendance = Attendance::Attended;
        s.durationMinutes = 50;
        s.sameDateConfirmed = true;
        auto recorded = SessionRepository(*m_db).record(m_coordinator, s);
        ASSERT_TRUE(recorded.ok()) << recorded.message().toStdString();
        // And a data query.
        auto query = DataQueries(*m_db).raise(actor("pi", Role::PrincipalInvestigator),
                                              {m_participant, m_visit, QStringLiteral("phq9"), 2},
                                              QStringLiteral("Please check item 2."));
        ASSERT_TRUE(query.ok()) << query.message().toStdString();
        EXPECT_EQ(states(window), before) << "changed before F5: the test sees nothing";
        window.refreshAction()->trigger();
        QStringList changing{QStringLiteral("Participants"), QStringLiteral("CONSORT flow"),
                             QStringLiteral("Data quality")};
        if (role == Role::Coordinator)
            changing << QStringLiteral("Sessions");
        else
            changing << QStringLiteral("Dashboard");
        expectCurrent(window, "F5", changing, before);
    }
}

TEST_F(ViewRefreshTest, TheAdministratorsAreasFollowChangesMadeElsewhereOnF5)
{
    const Actor admin = actor("admin", Role::Administrator);
    MainWindow window(*m_db, admin, m_languages);
    window.show();
    const auto before = states(window);
    // Elsewhere: a new user and a new site.
    NewUser user;
    user.username = QStringLiteral("rater2");
    user.displayName = QStringLiteral("Siri Dahl");
    user.role = Role::BlindedAssessor;
    user.password = QStringLiteral("Correct horse battery staple 42");
    auto created = UserRepository(*m_db).create(admin, user);
    ASSERT_TRUE(created.ok()) << created.message().toStdString();
    auto site = ProtocolRepository(*m_db).addSite(
        admin, {0, QStringLiteral("BGO"), QStringLiteral("Bergen")});
    ASSERT_TRUE(site.ok()) << site.message().toStdString();
    EXPECT_EQ(states(window), before) << "changed before F5: the test sees nothing";
    window.refreshAction()->trigger();
    expectCurrent(window, "F5", {QStringLiteral("Users"), QStringLiteral("Protocol")}, before);
}

TEST_F(ViewRefreshTest, TheTestsCoverEveryArea)
{
    // The roles whose windows the tests above refresh, and every area any role meets.
    std::set<MainWindow::Area> covered;
    for (Role role :
         {Role::Coordinator, Role::PrincipalInvestigator, Role::Statistician, Role::Administrator})
        for (MainWindow::Area area : MainWindow::areasFor(Actor{0, {}, role}))
            covered.insert(area);
    for (Role role : {Role::Therapist, Role::BlindedAssessor, Role::Dmc})
        for (MainWindow::Area area : MainWindow::areasFor(Actor{0, {}, role}))
            EXPECT_TRUE(covered.contains(area)) << static_cast<int>(area);
    // DataQuality is the last of MainWindow::Area.
    EXPECT_EQ(covered.size(), static_cast<size_t>(MainWindow::Area::DataQuality) + 1)
        << "an area no refresh test opens";
}

} // namespace
