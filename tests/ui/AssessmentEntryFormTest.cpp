// The paper-form entry form: keyboard flow, inline refusal, draft after every item and its
// recovery after a crash, completion with score and alert, a reason for changing a completed
// assessment, and the blinded assessor's guess of the arm.
//
// For looking at it: TD_SCREENSHOT_DIR=/tmp trialdesk_ui_tests --gtest_filter='AssessmentEntry*'
// writes entry-*.png there.

#include "entry/AssessmentEntryForm.h"

#include "DemoDatabase.h"
#include "entry/ArmGuessDialog.h"
#include "entry/ReasonDialog.h"
#include "i18n/LanguageManager.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
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

    // A randomized participant and a visit without an assessment of `instrument` yet.
    std::pair<qint64, qint64> freeVisit(const QString& instrument)
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
        result.contains(QStringLiteral("Safety alert raised: Suicidality (phq9 item 9 = 2)")))
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
    EXPECT_EQ(m_db->scalar(QStringLiteral("SELECT reason FROM audit_log WHERE entity = "
                                          "'assessment' AND entity_id = ? AND field = 'item_2' "
                                          "AND action = 'changed' ORDER BY id DESC LIMIT 1"),
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
