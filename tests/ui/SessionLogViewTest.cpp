// The session log (issue 14): who gave a session (the participant's therapist) and who recorded
// it (the coordinator keying it), voiding a session with a reason (struck through, the reason in
// its tool tip, hidden on request), and Enter in an open drop-down list picking the entry
// without adding a session.

#include "sessions/SessionLogView.h"

#include "DemoDatabase.h"
#include "entry/ReasonDialog.h"
#include "i18n/LanguageManager.h"
#include "sessions/SessionModels.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace td;

namespace {

template <typename Dialog> void answerNextDialog(std::function<void(Dialog*)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no dialog of the expected kind is open";
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

class SessionLogViewTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        m_coordinator = actor("coordinator", Role::Coordinator);
    }

    QString scalarText(const QString& sql, const QVariantList& values = {})
    {
        auto v = m_db->scalar(sql, values);
        return v.ok() ? v->toString() : QString();
    }

    // A patient of the log with a therapist assigned and at least one session held, none of
    // them today (a session added today is then the only one that day).
    qint64 patientWithSessions(const SessionLogView& view)
    {
        for (int r = 0; r < view.patients()->rowCount(); ++r) {
            const PatientDose* row = view.patients()->rowAt(r);
            if (row->dose.attended > 0 && row->lastSession != m_db->clock().today() &&
                !scalarText(QStringLiteral("SELECT therapist_id FROM participant WHERE id = ?"),
                            {row->participant.id})
                     .isEmpty())
                return row->participant.id;
        }
        return 0;
    }

    qint64 sessionsOf(qint64 participant)
    {
        return scalarText(QStringLiteral("SELECT COUNT(*) FROM therapy_session WHERE "
                                         "participant_id = ?"),
                          {participant})
            .toLongLong();
    }

    // The row of a session in the view's table (after the show-voided filter), or -1.
    static int tableRow(const SessionLogView& view, qint64 sessionId)
    {
        const QAbstractItemModel* shown = view.sessionTable()->model();
        for (int r = 0; r < shown->rowCount(); ++r) {
            view.sessionTable()->selectRow(r);
            if (view.selectedSession() == sessionId)
                return r;
        }
        return -1;
    }

    LanguageManager m_languages;
    Actor m_coordinator;
};

TEST_F(SessionLogViewTest, TheRecorderIsTheCoordinatorAndTheTherapistTheAssignedOne)
{
    SessionLogView view(*m_db, m_coordinator);
    ASSERT_EQ(view.reload(), QString());
    QAbstractItemModelTester sessionsTester(view.sessions(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester shownTester(view.sessionTable()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    const qint64 before = sessionsOf(patient);
    view.attendanceBox()->setCurrentIndex(0); // attended
    ASSERT_EQ(view.addSession(), QString());
    ASSERT_EQ(sessionsOf(patient), before + 1);

    const qint64 added =
        scalarText(QStringLiteral("SELECT MAX(id) FROM therapy_session WHERE participant_id = ?"),
                   {patient})
            .toLongLong();
    const int row = view.sessions()->rowOf(added);
    ASSERT_GE(row, 0);
    const QString therapist = scalarText(
        QStringLiteral("SELECT u.display_name FROM users u JOIN participant p ON p.therapist_id "
                       "= u.id WHERE p.id = ?"),
        {patient});
    const QString coordinator =
        scalarText(QStringLiteral("SELECT display_name FROM users WHERE username = 'coordinator'"));
    ASSERT_FALSE(therapist.isEmpty());
    EXPECT_NE(therapist, coordinator);
    auto cell = [&](int column) { return view.sessions()->index(row, column).data().toString(); };
    EXPECT_EQ(cell(SessionListModel::Therapist), therapist);
    EXPECT_EQ(cell(SessionListModel::RecordedBy), coordinator);
    EXPECT_EQ(view.sessions()->headerData(SessionListModel::RecordedBy, Qt::Horizontal),
              QStringLiteral("Recorded by"));
}

TEST_F(SessionLogViewTest, VoidingASessionNeedsAReasonAndStrikesItThrough)
{
    SessionLogView view(*m_db, m_coordinator);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_EQ(view.reload(), QString());
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    const int attendedBefore =
        view.patients()->rowAt(view.patients()->rowOf(patient))->dose.attended;
    const qint64 session = scalarText(QStringLiteral("SELECT MAX(id) FROM therapy_session WHERE "
                                                     "participant_id = ? AND removed = 0 AND "
                                                     "attendance = 'attended'"),
                                      {patient})
                               .toLongLong();
    ASSERT_GT(session, 0);
    auto removed = [&] {
        return scalarText(QStringLiteral("SELECT removed || '|' || COALESCE(removed_reason, '') "
                                         "FROM therapy_session WHERE id = ?"),
                          {session});
    };
    QPushButton* voidButton = view.voidButton();
    EXPECT_TRUE(voidButton->isVisible());
    view.sessionTable()->clearSelection();
    EXPECT_FALSE(voidButton->isEnabled()); // nothing selected
    view.selectSession(session);
    ASSERT_EQ(view.selectedSession(), session);
    ASSERT_TRUE(voidButton->isEnabled());

    // Without a reason: the dialog refuses it and stays open; cancelled, nothing changes.
    QString refusal;
    QString detail;
    answerNextDialog<ReasonDialog>([&](ReasonDialog* d) {
        detail = d->detail();
        d->answer(QStringLiteral("   "));
        refusal = d->errorText();
        d->reject();
    });
    voidButton->click();
    EXPECT_EQ(refusal, QStringLiteral("Voiding needs a reason: type why."));
    EXPECT_TRUE(detail.startsWith(QStringLiteral("Session "))) << detail.toStdString();
    EXPECT_EQ(removed(), QStringLiteral("0|"));
    // The core refuses it too, and the view shows its message under the list.
    const QString refused = view.voidSession(session, QString());
    EXPECT_EQ(refused, QStringLiteral("Removing a session needs a reason."));
    EXPECT_EQ(view.listError(), refused);
    EXPECT_EQ(removed(), QStringLiteral("0|"));

    // With a reason: voided, kept in the list struck through, the reason in its tool tip, and
    // no longer counted in the dose.
    answerNextDialog<ReasonDialog>(
        [](ReasonDialog* d) { d->answer(QStringLiteral("Recorded twice")); });
    voidButton->click();
    EXPECT_EQ(removed(), QStringLiteral("1|Recorded twice"));
    EXPECT_EQ(view.listError(), QString());
    const int row = view.sessions()->rowOf(session);
    ASSERT_GE(row, 0);
    const QModelIndex index = view.sessions()->index(row, SessionListModel::Date);
    EXPECT_TRUE(index.data(Qt::FontRole).value<QFont>().strikeOut());
    EXPECT_EQ(index.data(Qt::ToolTipRole).toString(), QStringLiteral("Voided: Recorded twice"));
    EXPECT_EQ(view.patients()->rowAt(view.patients()->rowOf(patient))->dose.attended,
              attendedBefore - 1);
    EXPECT_EQ(view.selectedSession(), session);
    EXPECT_FALSE(voidButton->isEnabled()); // voided once is enough

    // Hidden on request, shown again.
    ASSERT_GE(tableRow(view, session), 0);
    const int shown = view.sessionTable()->model()->rowCount();
    view.showVoidedBox()->setChecked(false);
    EXPECT_EQ(view.sessionTable()->model()->rowCount(), shown - 1);
    EXPECT_EQ(tableRow(view, session), -1);
    view.showVoidedBox()->setChecked(true);
    EXPECT_EQ(view.sessionTable()->model()->rowCount(), shown);
}

TEST_F(SessionLogViewTest, OnlyThoseWhoMayRemoveRecordsSeeVoid)
{
    SessionLogView view(*m_db, actor("therapist1", Role::Therapist));
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(view.voidButton()->isVisible());
}

TEST_F(SessionLogViewTest, EnterInAnOpenDropDownPicksTheEntryWithoutAddingASession)
{
    // Each list in a window of its own: the offscreen platform gives a window its activation
    // back only when it is shown.
    for (const bool kinds : {false, true}) {
        SessionLogView view(*m_db, m_coordinator);
        view.resize(1000, 600);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        ASSERT_EQ(view.reload(), QString());
        const qint64 patient = patientWithSessions(view);
        ASSERT_GT(patient, 0);
        view.selectPatient(patient);
        QComboBox* box = kinds ? view.kindBox() : view.attendanceBox();
        const qint64 before = sessionsOf(patient);

        // With the list closed, Enter confirms the entry shown and moves on to the next
        // field; it never saves (issue 21, item 3).
        box->setFocus();
        ASSERT_EQ(QApplication::focusWidget(), box);
        QTest::keyClick(box, Qt::Key_Return);
        EXPECT_EQ(sessionsOf(patient), before);
        EXPECT_EQ(QApplication::focusWidget(),
                  kinds ? static_cast<QWidget*>(view.durationBox()) : view.kindBox());

        // With the list open, Enter picks the entry and closes the list; nothing is added.
        box->setFocus();
        box->setCurrentIndex(0);
        box->showPopup();
        ASSERT_TRUE(QTest::qWaitFor([box] { return box->view()->isVisible(); }));
        QWidget* popup = QApplication::activePopupWidget();
        ASSERT_NE(popup, nullptr);
        QWidget* target = popup->focusWidget() ? popup->focusWidget() : box->view();
        QTest::keyClick(target, Qt::Key_Down);
        QTest::keyClick(target, Qt::Key_Return);
        QApplication::processEvents();
        EXPECT_FALSE(box->view()->isVisible());
        EXPECT_EQ(box->currentIndex(), 1);
        EXPECT_EQ(sessionsOf(patient), before)
            << "Enter in the list of " << (kinds ? "types" : "attendance") << " added a session";
        // The Enter that picked the entry does not move on either (the window's focus: the
        // offscreen platform does not give the window its activation back after a popup).
        EXPECT_EQ(view.focusWidget(), box);
    }
}

TEST_F(SessionLogViewTest, EnterInTheOpenCalendarPicksTheDateWithoutAddingASession)
{
    SessionLogView view(*m_db, m_coordinator);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_EQ(view.reload(), QString());
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    const qint64 before = sessionsOf(patient);
    QDateEdit* date = view.dateEdit();
    const QDate today = date->date();
    date->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), date);
    // A click on the arrow opens the calendar.
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 6, date->height() / 2));
    ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }));
    QWidget* popup = QApplication::activePopupWidget();
    QWidget* target = popup->focusWidget() ? popup->focusWidget() : popup;
    QTest::keyClick(target, Qt::Key_Left);
    QTest::keyClick(target, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
    EXPECT_EQ(date->date(), today.addDays(-1));
    EXPECT_EQ(sessionsOf(patient), before) << "Enter in the calendar added a session";
}

// The coordinator's list is every participant they reach, not "my patients" (issue 21,
// item 3); the therapist's is their own.
TEST_F(SessionLogViewTest, TheListIsTitledForTheRole)
{
    auto titles = [](const SessionLogView& view) {
        QStringList out;
        for (const QLabel* label : view.findChildren<QLabel*>())
            out << label->text();
        return out.join(QLatin1Char('|'));
    };
    SessionLogView coordinator(*m_db, m_coordinator);
    EXPECT_TRUE(titles(coordinator).contains(QStringLiteral("Participants: attendance")));
    EXPECT_FALSE(titles(coordinator).contains(QStringLiteral("My patients")));
    SessionLogView therapist(*m_db, actor("therapist1", Role::Therapist));
    EXPECT_TRUE(titles(therapist).contains(QStringLiteral("My patients: attendance")));
}

// On a real display the list may close on the Enter's ShortcutOverride, and the key press then
// reaches the closed field: it picked the entry, and does nothing more there.
TEST_F(SessionLogViewTest, TheEnterThatClosedTheListDoesNothingInTheField)
{
    SessionLogView view(*m_db, m_coordinator);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_EQ(view.reload(), QString());
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    const qint64 before = sessionsOf(patient);
    QComboBox* box = view.attendanceBox();
    box->setFocus();
    box->showPopup();
    ASSERT_TRUE(QTest::qWaitFor([box] { return box->view()->isVisible(); }));
    box->hidePopup(); // as Qt does on the ShortcutOverride, in the same key event
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(view.focusWidget(), box);
    EXPECT_EQ(sessionsOf(patient), before);
    // Later, a fresh Enter in the closed field moves on (the window's focus: the offscreen
    // platform does not give the window its activation back after a popup).
    QApplication::processEvents();
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(view.focusWidget(), view.kindBox());
    EXPECT_EQ(sessionsOf(patient), before);
}

TEST_F(SessionLogViewTest, EnterInTheDateOrTheDurationAddsTheSession)
{
    SessionLogView view(*m_db, m_coordinator);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_EQ(view.reload(), QString());
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    const qint64 before = sessionsOf(patient);
    view.attendanceBox()->setCurrentIndex(0); // attended: the duration is asked
    view.durationBox()->setFocus();
    QTest::keyClick(view.durationBox(), Qt::Key_Return);
    EXPECT_EQ(sessionsOf(patient), before + 1);
    // The date a day earlier (no session there yet in a weekly plan), Enter in the date.
    view.dateEdit()->setDate(view.dateEdit()->date().addDays(-1));
    const qint64 onThatDay =
        scalarText(QStringLiteral("SELECT COUNT(*) FROM therapy_session WHERE participant_id = ? "
                                  "AND session_date = ? AND removed = 0"),
                   {patient, view.dateEdit()->date().toString(Qt::ISODate)})
            .toLongLong();
    if (onThatDay == 0) {
        view.dateEdit()->setFocus();
        QTest::keyClick(view.dateEdit(), Qt::Key_Return);
        EXPECT_EQ(sessionsOf(patient), before + 2);
    }
}

// A second session on a date that has one (issue 21, item 3): the view asks, naming the session
// there; Go back saves nothing and says so; confirmed, it is saved.
TEST_F(SessionLogViewTest, ASecondSessionOnADateAsksFirst)
{
    SessionLogView view(*m_db, m_coordinator);
    view.resize(1100, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_EQ(view.reload(), QString());
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    view.attendanceBox()->setCurrentIndex(0);
    ASSERT_EQ(view.addSession(), QString()); // the first today
    const qint64 before = sessionsOf(patient);

    QString question;
    QStringList buttons;
    answerNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        for (QAbstractButton* b : box->buttons())
            buttons << b->text();
        if (const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(dir + QStringLiteral("/sessions-same-date-question.png"));
        box->button(QMessageBox::No)->click();
    });
    const QString declined = view.addSession();
    EXPECT_TRUE(question.contains(QStringLiteral("already has a session on")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("attended"))) << question.toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Go back")));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Record another session")));
    EXPECT_TRUE(declined.startsWith(QStringLiteral("Not saved:"))) << declined.toStdString();
    EXPECT_EQ(sessionsOf(patient), before);

    answerNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    EXPECT_EQ(view.addSession(), QString());
    EXPECT_EQ(sessionsOf(patient), before + 1);
}

// The coordinator's list holds every randomized participant (7,201 on the 10,000 demo): a
// search field narrows it by study ID, arm or date (issue 21, item 3).
TEST_F(SessionLogViewTest, TheSearchNarrowsThePatients)
{
    SessionLogView view(*m_db, m_coordinator);
    view.resize(1100, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_EQ(view.reload(), QString());
    QAbstractItemModelTester tester(view.patientTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = view.patients()->rowCount();
    ASSERT_GT(all, 2);
    auto* count = view.findChild<QLabel*>(QStringLiteral("patientCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("Participants: %1").arg(all));

    const PatientDose* last = view.patients()->rowAt(all - 1);
    const QString studyId = last->participant.studyId;
    QTest::keyClicks(view.searchField(), studyId.toLower());
    ASSERT_EQ(view.shownPatients(), 1);
    EXPECT_EQ(count->text(), QStringLiteral("Shown: 1 of %1").arg(all));
    // The one shown is selected, so its sessions are there to add to.
    const QModelIndexList selected = view.patientTable()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data().toString(), studyId);
    if (const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR"); !dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/sessions-search-en.png"));

    // An arm code finds that arm's patients; nothing matching shows nothing.
    view.searchField()->setText(QStringLiteral("no such patient"));
    EXPECT_EQ(view.shownPatients(), 0);
    view.searchField()->clear();
    EXPECT_EQ(view.shownPatients(), all);
    EXPECT_EQ(count->text(), QStringLiteral("Participants: %1").arg(all));

    // A patient asked for by id is shown even when the search hid them.
    view.searchField()->setText(studyId);
    const qint64 first = view.patients()->rowAt(0)->participant.id;
    view.selectPatient(first);
    EXPECT_TRUE(view.searchField()->text().isEmpty());
    EXPECT_EQ(view.shownPatients(), all);
}

TEST_F(SessionLogViewTest, ModelsPassTheItemModelTester)
{
    SessionLogView view(*m_db, m_coordinator);
    QAbstractItemModelTester patients(view.patients(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester shown(view.patientTable()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester sessions(view.sessions(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(view.reload(), QString());
    const qint64 patient = patientWithSessions(view);
    ASSERT_GT(patient, 0);
    view.selectPatient(patient);
    ASSERT_GT(view.sessions()->rowCount(), 0);
    view.searchField()->setText(QStringLiteral("1"));
    view.searchField()->clear();
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    EXPECT_EQ(view.patients()->headerData(PatientDoseModel::StudyId, Qt::Horizontal).toString(),
              QStringLiteral("Studie-ID"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
}

TEST_F(SessionLogViewTest, ScreenshotsInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        SessionLogView view(*m_db, m_coordinator);
        view.resize(1100, 700);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        ASSERT_EQ(view.reload(), QString());
        view.searchField()->setText(QStringLiteral("OSL"));
        QApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/sessions-%1.png").arg(language));
    }
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
}

} // namespace
