// The paper-form entry form: keyboard flow, inline refusal, draft after every item and its
// recovery after a crash, completion with score and alert, a reason for changing a completed
// assessment, the blinded assessor's guess of the arm, a date outside the visit's window
// confirmed with a reason, and voiding a saved assessment.
//
// For looking at it: TD_SCREENSHOT_DIR=/tmp trialdesk_ui_tests --gtest_filter='AssessmentEntry*'
// writes entry-*.png there.

#include "entry/AssessmentEntryForm.h"

#include "DemoDatabase.h"
#include "audit/AuditRowFormat.h"
#include "entry/ArmGuessDialog.h"
#include "entry/ReasonDialog.h"
#include "i18n/LanguageManager.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace td;

namespace {

void saveScreenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.grab().save(dir + QStringLiteral("/entry-") + QString::fromLatin1(name) +
                  QStringLiteral(".png"));
}

// Counts (and rejects) any ReasonDialog that opens while `counter` lives: for steps that must
// not ask anything.
class NoQuestionExpected
{
public:
    NoQuestionExpected()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* d = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget())) {
                ++m_opened;
                d->reject();
            }
        });
        m_timer.start();
    }
    int opened()
    {
        QTest::qWait(30);
        return m_opened;
    }

private:
    QTimer m_timer;
    int m_opened = 0;
};

// Runs `answer` on the next modal dialog, once it is open (our dialogs are exec()'d).
template <typename Dialog> void answerNextDialog(std::function<void(Dialog*)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no dialog of the expected kind is open";
        answer(dialog);
        // Whatever happened, do not leave a test waiting on an open dialog.
        if (dialog->isVisible())
            dialog->reject();
    });
}

class AssessmentEntryFormTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        m_coordinator = actor("coordinator", Role::Coordinator);
        m_assessor = actor("assessor", Role::BlindedAssessor);
    }

    // A randomized participant and a visit without an assessment of `instrument` yet, with
    // today (the database's) on the visit's target day.
    std::pair<qint64, qint64> freeVisit(const QString& instrument)
    {
        const auto found = earlyVisit(instrument);
        if (found.first > 0)
            todayAtVisit(found.first, found.second);
        return found;
    }

    // The same with today's real date: the three-year follow-up's window is years away, so
    // whatever is entered for it today is outside the window.
    std::pair<qint64, qint64> earlyVisit(const QString& instrument)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "SELECT p.id, t.id FROM participant p, time_point t WHERE p.randomized_at IS NOT "
            "NULL AND t.code = 'fu3y' AND NOT EXISTS (SELECT 1 FROM assessment a WHERE "
            "a.participant_id = p.id AND a.time_point_id = t.id AND a.instrument_id = ?) "
            "ORDER BY p.id LIMIT 1"));
        q.addBindValue(instrument);
        if (!q.exec() || !q.next())
            return {0, 0};
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    }

    qint64 count(const QString& sql)
    {
        auto v = m_db->scalar(sql);
        return v.ok() ? v->toLongLong() : -1;
    }

    QString itemValues(qint64 participant, qint64 visit, const QString& instrument)
    {
        auto v = m_db->scalar(QStringLiteral("SELECT item_values || '|' || status FROM assessment "
                                             "WHERE participant_id = ? AND time_point_id = ? AND "
                                             "instrument_id = ?"),
                              {participant, visit, instrument});
        return v.ok() ? v->toString() : QString();
    }

    // Types into whichever widget has the focus, key by key, as a person does.
    static void type(const QString& keys)
    {
        for (const QChar c : keys)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    }

    // Puts the focus on an item as a click does (the form selects its answer, so typing
    // replaces it).
    static void focus(QLineEdit* field)
    {
        field->setFocus(Qt::MouseFocusReason);
        QCoreApplication::processEvents();
    }

    static void show(QWidget& w)
    {
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    }

    // The window system gives the form its activation back when a question closes; the
    // offscreen platform leaves that to the caller.
    static void backFromTheQuestion(QWidget& form)
    {
        form.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    }

    static QString text(const QWidget& w, const char* name)
    {
        auto* label = w.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text()
                     : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }

    LanguageManager m_languages;
    Actor m_coordinator;
    Actor m_assessor;
};

TEST_F(AssessmentEntryFormTest, KeyboardFlowThroughAPhq9)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    ASSERT_EQ(form.itemCount(), 10); // item 10 (difficulty) is recorded, not scored
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(0));
    EXPECT_EQ(text(form, "total"), QStringLiteral("0 so far (0 of 9 items entered)"));
    EXPECT_EQ(text(form, "band"), QStringLiteral("–"));

    // Each allowed digit is taken and the next item gets the focus.
    const QString answers = QStringLiteral("211211111");
    for (int i = 0; i < answers.size(); ++i) {
        type(answers.mid(i, 1));
        EXPECT_EQ(form.itemField(i)->text(), answers.mid(i, 1));
        EXPECT_EQ(QApplication::focusWidget(), form.itemField(i + 1)) << "after item " << i + 1;
        if (i == 1) {
            EXPECT_EQ(text(form, "total"), QStringLiteral("3 so far (2 of 9 items entered)"));
            EXPECT_EQ(text(form, "band"), QStringLiteral("Minimal so far"));
        }
    }
    EXPECT_EQ(text(form, "total"), QStringLiteral("11"));
    EXPECT_EQ(text(form, "band"), QStringLiteral("Moderate"));
    EXPECT_FALSE(text(form, "flags").isEmpty()); // item 9 = 1: suicidality flag shown

    // Up and Backspace (on an empty item) go back; the answer there is replaced by typing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(8));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(7));
    type(QStringLiteral("3"));
    EXPECT_EQ(form.itemField(7)->text(), QStringLiteral("3"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(8));
    EXPECT_EQ(text(form, "total"), QStringLiteral("13"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(9));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(8));

    // A missing answer: NA (typed, or "."), prorated where the rules say.
    focus(form.itemField(2));
    type(QStringLiteral("."));
    EXPECT_EQ(form.itemField(2)->text(), QStringLiteral("NA"));
    EXPECT_EQ(text(form, "total"),
              QStringLiteral("14, prorated from 8 of 9 answered items")); // 12 x 9 / 8 = 13.5
    // Every accepted answer is already in the draft.
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("2,1,NA,2,1,1,1,3,1,NA|draft"));
}

TEST_F(AssessmentEntryFormTest, AValueOutOfRangeIsRefusedInlineAndNotSaved)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    type(QStringLiteral("7"));
    EXPECT_EQ(form.itemField(0)->text(), QString());
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(0)); // stays on the item
    const QString note = text(form, "note_1");
    EXPECT_TRUE(note.contains(QStringLiteral("\"7\""))) << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("0 to 3"))) << note.toStdString();
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")), QString());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);

    // An allowed answer is taken, and the item's note is the reminder again.
    type(QStringLiteral("2"));
    EXPECT_EQ(form.itemField(0)->text(), QStringLiteral("2"));
    EXPECT_EQ(text(form, "note_1"), QStringLiteral("0–3"));
    type(QStringLiteral("1"));
    // A refusal on an item that already has an answer keeps the answer.
    focus(form.itemField(1));
    type(QStringLiteral("9"));
    EXPECT_EQ(form.itemField(1)->text(), QStringLiteral("1"));
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("2,1,NA,NA,NA,NA,NA,NA,NA,NA|draft"));
    focus(form.itemField(2));
    type(QStringLiteral("7"));
    saveScreenshot(form, "refusal");
}

TEST_F(AssessmentEntryFormTest, LettersWhereTheInstrumentAsksForThem)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("bdi2"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("bdi2"));
    show(form);
    type(QStringLiteral("000000000000000"));
    ASSERT_EQ(QApplication::focusWidget(), form.itemField(15)); // item 16, sleep
    type(QStringLiteral("1"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(15)); // 1 needs a letter
    type(QStringLiteral("c"));
    EXPECT_TRUE(text(form, "note_16").contains(QStringLiteral("a, b")))
        << text(form, "note_16").toStdString();
    type(QStringLiteral("B"));
    EXPECT_EQ(form.itemField(15)->text(), QStringLiteral("1b"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(16));
    type(QStringLiteral("1"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(17)); // item 17 takes no letter
    type(QStringLiteral("2a"));
    EXPECT_EQ(form.itemField(17)->text(), QStringLiteral("2a"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(18));
    focus(form.itemField(16));
    type(QStringLiteral("a"));
    EXPECT_EQ(form.itemField(16)->text(), QStringLiteral("1"));
    EXPECT_TRUE(text(form, "note_17").contains(QStringLiteral("0 to 3")))
        << text(form, "note_17").toStdString();
}

TEST_F(AssessmentEntryFormTest, ADraftSurvivesACrashAndIsResumed)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    {
        auto* form = new AssessmentEntryForm(*m_db, m_coordinator, participant, visit,
                                             QStringLiteral("phq9"));
        show(*form);
        type(QStringLiteral("2103"));
        type(QStringLiteral("N")); // being typed when the program dies: lost
        // The program dies: the form goes away without completing or closing.
        delete form;
    }
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("2,1,0,3,NA,NA,NA,NA,NA,NA|draft"));
    AssessmentEntryForm again(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(again);
    const QStringList expected = {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0"),
                                  QStringLiteral("3"), QString()};
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(again.itemField(i)->text(), expected[i]) << "item " << i + 1;
    EXPECT_EQ(QApplication::focusWidget(), again.itemField(4)); // carries on where it stopped
    EXPECT_EQ(text(again, "total"), QStringLiteral("6 so far (4 of 9 items entered)"));
    type(QStringLiteral("1"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE participant_id = %1 "
                                   "AND time_point_id = %2 AND instrument_id = 'phq9'")
                        .arg(participant)
                        .arg(visit)),
              1); // the same row, updated
}

TEST_F(AssessmentEntryFormTest, CompletingShowsTheScoreAndTheAlertRaised)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    // Completing with items left empty is refused, naming them.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(form.isCompleted());
    type(QStringLiteral("11111111"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_FALSE(form.isCompleted());
    type(QStringLiteral("2")); // item 9, thoughts of self-harm
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(form.isCompleted());
    const QString result = text(form, "result");
    EXPECT_TRUE(result.contains(QStringLiteral("Completed: 10, Moderate.")))
        << result.toStdString();
    EXPECT_TRUE(
        result.contains(QStringLiteral("Safety alert raised: Suicidality (PHQ-9, item 9 (Thoughts "
                                       "of being better off dead or of self-harm): answered 2)")))
        << result.toStdString();
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("1,1,1,1,1,1,1,1,2,NA|complete"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM alert WHERE assessment_id = %1 AND kind "
                                   "= 'suicidality'")
                        .arg(form.assessmentId())),
              1);
    // A coordinator is not asked to guess an arm.
    EXPECT_FALSE(form.findChild<QPushButton*>(QStringLiteral("guess"))->isVisible());
    saveScreenshot(form, "completed");
}

TEST_F(AssessmentEntryFormTest, ChangingACompletedAssessmentNeedsAReason)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    qint64 id = 0;
    {
        AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
        show(form);
        type(QStringLiteral("000000000"));
        form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
        ASSERT_TRUE(form.isCompleted());
        id = form.assessmentId();
    }
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    ASSERT_TRUE(form.isCompleted());
    auto* save = form.findChild<QPushButton*>(QStringLiteral("complete"));
    EXPECT_FALSE(save->isEnabled()); // nothing changed yet
    focus(form.itemField(1));
    type(QStringLiteral("3"));
    EXPECT_TRUE(save->isEnabled());
    // Changing a completed value is not saved item by item.
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("0,0,0,0,0,0,0,0,0,NA|complete"));

    // Cancelled: nothing changes.
    answerNextDialog<ReasonDialog>([](ReasonDialog* d) { d->reject(); });
    save->click();
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("0,0,0,0,0,0,0,0,0,NA|complete"));

    // An empty reason is refused in the dialog; a reason saves the change with it.
    bool refusedEmpty = false;
    answerNextDialog<ReasonDialog>([&refusedEmpty](ReasonDialog* d) {
        d->answer(QStringLiteral("   "));
        refusedEmpty = d->isVisible() && d->result() != QDialog::Accepted;
        d->answer(QStringLiteral("Transcription error: the paper form says 3"));
    });
    save->click();
    EXPECT_TRUE(refusedEmpty);
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("0,3,0,0,0,0,0,0,0,NA|complete"));
    EXPECT_EQ(m_db->scalar(QStringLiteral("SELECT reason FROM (%1) WHERE entity = 'assessment' "
                                          "AND entity_id = ? AND field = 'item_2' AND action = "
                                          "'changed' ORDER BY id DESC LIMIT 1")
                               .arg(AuditRowFormat::entriesSql(m_db->dialect())),
                           {QString::number(id)})
                  ->toString(),
              QStringLiteral("Transcription error: the paper form says 3"));
    EXPECT_FALSE(save->isEnabled());
}

TEST_F(AssessmentEntryFormTest, TheBlindedAssessorGuessesTheArmAfterARating)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("hrsd17"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_assessor, participant, visit, QStringLiteral("hrsd17"));
    show(form);
    type(QStringLiteral("11111111111111111"));
    QStringList choices;
    answerNextDialog<ArmGuessDialog>([&choices](ArmGuessDialog* d) {
        // In the order the dialog shows them (its layout, top to bottom).
        for (int i = 0; i < d->layout()->count(); ++i)
            if (const auto* b = qobject_cast<QAbstractButton*>(d->layout()->itemAt(i)->widget()))
                if (b->objectName().startsWith(QStringLiteral("guess_")))
                    choices << b->text();
        saveScreenshot(*d, "guess");
        d->answer(QStringLiteral("PDT"));
    });
    form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
    ASSERT_TRUE(form.isCompleted());
    EXPECT_EQ(choices, QStringList({QStringLiteral("Cognitive behavioural therapy"),
                                    QStringLiteral("Psychodynamic psychotherapy"),
                                    QStringLiteral("Don't know")}));
    const qint64 pdt = count(QStringLiteral("SELECT id FROM arm WHERE code = 'PDT'"));
    EXPECT_EQ(count(QStringLiteral("SELECT guessed_arm_id FROM arm_guess WHERE assessment_id = %1 "
                                   "AND assessor_id = %2")
                        .arg(form.assessmentId())
                        .arg(m_assessor.userId)),
              pdt);
    EXPECT_TRUE(text(form, "status").contains(QStringLiteral("guess of the arm is recorded")));
    EXPECT_FALSE(form.findChild<QPushButton*>(QStringLiteral("guess"))->isVisible());
}

TEST_F(AssessmentEntryFormTest, AGuessPutOffCanBeRecordedLater)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("hrsd17"));
    ASSERT_GT(participant, 0);
    qint64 id = 0;
    {
        AssessmentEntryForm form(*m_db, m_assessor, participant, visit, QStringLiteral("hrsd17"));
        show(form);
        type(QStringLiteral("00000000000000000"));
        answerNextDialog<ArmGuessDialog>([](ArmGuessDialog* d) { d->reject(); }); // "Later"
        form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
        ASSERT_TRUE(form.isCompleted());
        id = form.assessmentId();
        EXPECT_TRUE(form.findChild<QPushButton*>(QStringLiteral("guess"))->isVisible());
    }
    AssessmentEntryForm form(*m_db, m_assessor, participant, visit, QStringLiteral("hrsd17"));
    show(form);
    auto* later = form.findChild<QPushButton*>(QStringLiteral("guess"));
    ASSERT_TRUE(later->isVisible());
    answerNextDialog<ArmGuessDialog>([](ArmGuessDialog* d) { d->answer(QString()); });
    later->click();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM arm_guess WHERE assessment_id = %1 AND "
                                   "guessed_arm_id IS NULL")
                        .arg(id)),
              1);
    EXPECT_FALSE(later->isVisible());
}

TEST_F(AssessmentEntryFormTest, LabelsFollowTheLanguage)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    auto itemLabel = [&form] {
        for (const QLabel* l : form.findChildren<QLabel*>())
            if (l->text().startsWith(QStringLiteral("Little interest")) ||
                l->text().startsWith(QStringLiteral("Lite interesse")))
                return l->text();
        return QString();
    };
    EXPECT_EQ(itemLabel(), QStringLiteral("Little interest or pleasure in doing things"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_EQ(itemLabel(), QStringLiteral("Lite interesse for eller glede av å gjøre ting"));
    show(form);
    type(QStringLiteral("2"));
    saveScreenshot(form, "nb");
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
}

} // namespace

namespace {

qint64 rowsAt(Database& db, qint64 participant, qint64 visit, const QString& instrument)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE participant_id = ? "
                                      "AND time_point_id = ? AND instrument_id = ?"),
                       {participant, visit, instrument});
    return v.ok() ? v->toLongLong() : -1;
}

TEST_F(AssessmentEntryFormTest, OutsideTheWindowCancelChangesNothingAndKeepsTheAnswers)
{
    const auto [participant, visit] = earlyVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    const qint64 audit = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // The first answer would start the draft: the core refuses the date, the form asks.
    QString asked;
    ReasonDialog::Purpose purpose = ReasonDialog::Purpose::ChangeCompleted;
    answerNextDialog<ReasonDialog>([&](ReasonDialog* d) {
        asked = d->detail();
        purpose = d->purpose();
        d->reject();
    });
    type(QStringLiteral("2"));
    backFromTheQuestion(form);
    EXPECT_EQ(purpose, ReasonDialog::Purpose::OutOfWindow);
    EXPECT_TRUE(asked.contains(QStringLiteral("outside the window of the visit fu3y")))
        << asked.toStdString();
    // Cancelled: nothing written, the answer stays in the form, the form says it is not saved.
    EXPECT_EQ(rowsAt(*m_db, participant, visit, QStringLiteral("phq9")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    EXPECT_EQ(form.itemField(0)->text(), QStringLiteral("2"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(1));
    EXPECT_EQ(text(form, "error"), asked);
    EXPECT_TRUE(text(form, "status").startsWith(QStringLiteral("Not saved")))
        << text(form, "status").toStdString();
    EXPECT_TRUE(form.outOfWindowReason().isEmpty());

    // The next answers are not asked about again, and not saved either.
    {
        NoQuestionExpected watch;
        type(QStringLiteral("1100"));
        EXPECT_EQ(watch.opened(), 0);
    }
    EXPECT_EQ(form.itemField(4)->text(), QStringLiteral("0"));
    EXPECT_EQ(rowsAt(*m_db, participant, visit, QStringLiteral("phq9")), 0);

    // Complete asks again; cancelled again, still nothing.
    type(QStringLiteral("00000"));
    answerNextDialog<ReasonDialog>([](ReasonDialog* d) { d->reject(); });
    form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
    EXPECT_FALSE(form.isCompleted());
    EXPECT_EQ(rowsAt(*m_db, participant, visit, QStringLiteral("phq9")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    EXPECT_EQ(form.itemField(8)->text(), QStringLiteral("0"));
}

TEST_F(AssessmentEntryFormTest, OutsideTheWindowConfirmedStoresTheReason)
{
    const auto [participant, visit] = earlyVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    // An empty reason is refused in the dialog, which stays open; a reason saves the draft.
    QString refusal;
    answerNextDialog<ReasonDialog>([&refusal](ReasonDialog* d) {
        d->answer(QStringLiteral("  "));
        refusal = d->isVisible() ? d->errorText() : QString();
        d->answer(QStringLiteral("Participant moves abroad before the window"));
    });
    type(QStringLiteral("2"));
    backFromTheQuestion(form);
    EXPECT_EQ(refusal, QStringLiteral("Entering outside the window needs a reason: type why."));
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("2,NA,NA,NA,NA,NA,NA,NA,NA,NA|draft"));
    auto stored = [&] {
        auto v = m_db->scalar(QStringLiteral("SELECT out_of_window_reason FROM assessment WHERE "
                                             "participant_id = ? AND time_point_id = ? AND "
                                             "instrument_id = 'phq9'"),
                              {participant, visit});
        return v.ok() ? v->toString() : QString();
    };
    EXPECT_EQ(stored(), QStringLiteral("Participant moves abroad before the window"));
    EXPECT_TRUE(text(form, "windowNote").contains(QStringLiteral("moves abroad")));

    // The rest is saved item by item without asking again, and completes.
    {
        NoQuestionExpected watch;
        type(QStringLiteral("11111111"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        EXPECT_EQ(watch.opened(), 0);
    }
    ASSERT_TRUE(form.isCompleted());
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("phq9")),
              QStringLiteral("2,1,1,1,1,1,1,1,1,NA|complete"));
    EXPECT_EQ(stored(), QStringLiteral("Participant moves abroad before the window"));
    EXPECT_EQ(rowsAt(*m_db, participant, visit, QStringLiteral("phq9")), 1);

    // Opened again, the form says so.
    AssessmentEntryForm again(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    EXPECT_EQ(again.outOfWindowReason(),
              QStringLiteral("Participant moves abroad before the window"));
}

TEST_F(AssessmentEntryFormTest, ASavedAssessmentIsVoidedWithAReason)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    auto* voidButton = form.findChild<QPushButton*>(QStringLiteral("void"));
    ASSERT_NE(voidButton, nullptr);
    EXPECT_FALSE(voidButton->isVisible()); // nothing saved yet
    type(QStringLiteral("000000000"));
    form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
    ASSERT_TRUE(form.isCompleted());
    ASSERT_TRUE(voidButton->isVisible());
    ASSERT_TRUE(voidButton->isEnabled());
    const qint64 id = form.assessmentId();
    auto removed = [&] {
        auto v = m_db->scalar(
            QStringLiteral("SELECT removed || '|' || COALESCE(removed_reason, '') FROM "
                           "assessment WHERE id = ?"),
            {id});
        return v.ok() ? v->toString() : QString();
    };

    // Without a reason it is refused in the dialog; cancelled, nothing changes.
    QString refusal;
    answerNextDialog<ReasonDialog>([&refusal](ReasonDialog* d) {
        EXPECT_EQ(d->purpose(), ReasonDialog::Purpose::VoidAssessment);
        d->answer(QString());
        refusal = d->errorText();
        d->reject();
    });
    voidButton->click();
    EXPECT_EQ(refusal, QStringLiteral("Voiding needs a reason: type why."));
    EXPECT_EQ(removed(), QStringLiteral("0|"));
    EXPECT_FALSE(form.isVoided());

    // With a reason: voided, kept, and the form no longer takes answers.
    answerNextDialog<ReasonDialog>(
        [](ReasonDialog* d) { d->answer(QStringLiteral("Entered for the wrong participant")); });
    voidButton->click();
    EXPECT_EQ(removed(), QStringLiteral("1|Entered for the wrong participant"));
    EXPECT_TRUE(form.isVoided());
    EXPECT_FALSE(voidButton->isEnabled());
    EXPECT_FALSE(form.itemField(0)->isEnabled());
    EXPECT_FALSE(form.findChild<QPushButton*>(QStringLiteral("complete"))->isEnabled());
    EXPECT_TRUE(text(form, "status").startsWith(QStringLiteral("Voided")));
    // The visit can be entered again: a new form starts empty.
    AssessmentEntryForm again(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    EXPECT_EQ(again.assessmentId(), 0);
    EXPECT_FALSE(again.isCompleted());
}

TEST_F(AssessmentEntryFormTest, TheBlindedAssessorHasNoVoidButton)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("hrsd17"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_assessor, participant, visit, QStringLiteral("hrsd17"));
    show(form);
    type(QStringLiteral("1"));
    ASSERT_GT(form.assessmentId(), 0); // a saved draft
    EXPECT_FALSE(form.findChild<QPushButton*>(QStringLiteral("void"))->isVisible());
}

// Items answered NA: completing says what will happen and lets the person go back (issue 21,
// item 4). A BDI-II needs every item, so one NA leaves it not scorable.
TEST_F(AssessmentEntryFormTest, ABdi2WithAnItemMissingAsksBeforeCompletingAsNotScorable)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("bdi2"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("bdi2"));
    show(form);
    type(QStringLiteral("1111"));
    type(QStringLiteral(".")); // item 5 left blank on paper
    type(QStringLiteral("1111111111"));
    type(QStringLiteral("1a"));
    type(QStringLiteral("1"));
    type(QStringLiteral("1b"));
    type(QStringLiteral("111"));
    ASSERT_EQ(form.itemField(20)->text(), QStringLiteral("1"));

    // Go back: nothing completed, and the missing item has the focus.
    QString question;
    QStringList buttons;
    answerNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        for (QAbstractButton* b : box->buttons())
            buttons << b->text();
        saveScreenshot(*box, "missing-question");
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    backFromTheQuestion(form);
    EXPECT_TRUE(question.contains(QStringLiteral("Item 5 of BDI-II is marked NA (missing)")))
        << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("completed as not scorable")))
        << (question).toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("Go back")));
    EXPECT_TRUE(buttons.contains(QStringLiteral("Complete as not scorable")));
    EXPECT_FALSE(form.isCompleted());
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(4));
    EXPECT_TRUE(
        itemValues(participant, visit, QStringLiteral("bdi2")).endsWith(QStringLiteral("|draft")));

    // Confirmed: completed, not scorable, as the question said.
    answerNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
    ASSERT_TRUE(form.isCompleted());
    EXPECT_TRUE(text(form, "result").contains(QStringLiteral("not scorable")))
        << text(form, "result").toStdString();
    EXPECT_TRUE(itemValues(participant, visit, QStringLiteral("bdi2"))
                    .startsWith(QStringLiteral("1,1,1,1,NA,")));
}

TEST_F(AssessmentEntryFormTest, APhq9WithOneItemMissingSaysItWillBeProrated)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("phq9"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("phq9"));
    show(form);
    type(QStringLiteral("2.2222220"));
    QString question;
    answerNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        EXPECT_EQ(box->button(QMessageBox::Yes)->text(), QStringLiteral("Complete, prorated"));
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(question.contains(QStringLiteral("prorated from the 8 answered items of 9: 16")))
        << question.toStdString();
    ASSERT_TRUE(form.isCompleted());
    // Every item answered: no question at all (the unscored item 10 does not count).
    const auto [other, otherVisit] = freeVisit(QStringLiteral("gad7"));
    ASSERT_GT(other, 0);
    AssessmentEntryForm gad(*m_db, m_coordinator, other, otherVisit, QStringLiteral("gad7"));
    show(gad);
    type(QStringLiteral("1111111"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(gad.isCompleted());
}

// The red message goes once what it was about is put right (issue 21, item 4): the list of
// items not entered shrinks as they are typed and goes with the last; an item's refusal goes
// with the next allowed answer; a reason dialog's refusal goes as the reason is typed.
TEST_F(AssessmentEntryFormTest, TheRedMessageGoesOnceTheValueIsCorrected)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("gad7"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("gad7"));
    show(form);
    auto* error = form.findChild<QLabel*>(QStringLiteral("error"));
    ASSERT_NE(error, nullptr);
    type(QStringLiteral("11111"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("item 6, 7")))
        << (error->text()).toStdString();
    saveScreenshot(form, "not-entered");
    type(QStringLiteral("1"));
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("item 7"))) << (error->text()).toStdString();
    EXPECT_FALSE(error->text().contains(QStringLiteral("6"))) << (error->text()).toStdString();
    type(QStringLiteral("1"));
    EXPECT_FALSE(error->isVisible()) << (error->text()).toStdString();

    // An item's refusal: red, then the reminder again once an allowed answer is typed.
    focus(form.itemField(2));
    type(QStringLiteral("5"));
    auto* note = form.findChild<QLabel*>(QStringLiteral("note_3"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("\"5\""))) << (note->text()).toStdString();
    EXPECT_TRUE(note->styleSheet().contains(QStringLiteral("#b00020")));
    type(QStringLiteral("2"));
    EXPECT_EQ(note->text(), QStringLiteral("0–3"));
    EXPECT_FALSE(note->styleSheet().contains(QStringLiteral("#b00020")));

    // A reason dialog: "needs a reason" goes as soon as one is typed.
    ReasonDialog dialog(ReasonDialog::Purpose::VoidAssessment, QStringLiteral("GAD-7"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.answer(QString());
    ASSERT_FALSE(dialog.errorText().isEmpty());
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("reason"));
    ASSERT_NE(reason, nullptr);
    QTest::keyClicks(reason, QStringLiteral("Wrong participant"));
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

// BDI-II items 16 and 18 as a plain digit (legacy forms without the a/b direction): Enter takes
// the digit as the score, and the item says the direction is not recorded (issue 21, item 4).
TEST_F(AssessmentEntryFormTest, ADigitAloneOnItems16And18IsTheScoreWithoutDirection)
{
    const auto [participant, visit] = freeVisit(QStringLiteral("bdi2"));
    ASSERT_GT(participant, 0);
    AssessmentEntryForm form(*m_db, m_coordinator, participant, visit, QStringLiteral("bdi2"));
    show(form);
    EXPECT_TRUE(text(form, "note_16").contains(QStringLiteral("digit alone")))
        << text(form, "note_16").toStdString();
    type(QStringLiteral("000000000000000"));
    ASSERT_EQ(QApplication::focusWidget(), form.itemField(15));
    type(QStringLiteral("2"));
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(15)); // a letter may follow
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), form.itemField(16));
    EXPECT_EQ(form.itemField(15)->text(), QStringLiteral("2"));
    EXPECT_EQ(text(form, "note_16"), QStringLiteral("Score 2, direction (a/b) not recorded"));
    type(QStringLiteral("0"));
    type(QStringLiteral("3b"));
    EXPECT_EQ(text(form, "note_18"), QStringLiteral("0 1a 1b 2a 2b 3a 3b, or a digit alone: "
                                                    "direction not recorded"));
    type(QStringLiteral("000"));
    saveScreenshot(form, "digit-alone");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(form.isCompleted());
    EXPECT_TRUE(text(form, "result").contains(QStringLiteral("Completed: 5, Minimal.")))
        << text(form, "result").toStdString();
    EXPECT_EQ(itemValues(participant, visit, QStringLiteral("bdi2")),
              QStringLiteral("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,3b,0,0,0|complete"));
}

} // namespace
