#pragma once

#include "access/Actor.h"
#include "assessments/Assessment.h"
#include "entry/ItemInput.h"
#include "instruments/InstrumentDefinition.h"
#include "outcomes/AlertRepository.h"
#include "quality/DataQuery.h"
#include "trial/Protocol.h"

#include <QDialog>
#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td {

class Database;
class ErrorLabel;
struct Score;

// Entry of one paper form (issue 5): generated from the instrument's definition, one row per
// item, keyboard only. An allowed answer moves on to the next item; Backspace (on an empty item)
// and Up go back; a refused answer is not taken and the item says why. The total and band follow
// every keystroke. Every accepted answer is saved at once as a draft (the same assessment row),
// so a crash loses at most the item being typed, and opening the form again for the same
// participant, visit and instrument resumes it. Complete (Ctrl+Enter) saves the assessment as
// complete and shows the score and any safety alert; a completed assessment changes only with a
// reason. After a blinded assessor completes a rating, they record a guess of the arm.
// A date outside the visit's window is saved only once the person entering it confirms it with a
// reason (the core refuses it until then); cancelling keeps the answers in the form, unsaved.
// A saved assessment can be voided with a reason (kept in the audit trail, counted nowhere).
// A non-modal dialog: it stays open after completion to show the result.
class AssessmentEntryForm : public QDialog
{
    Q_OBJECT

public:
    AssessmentEntryForm(Database& db, const Actor& actor, qint64 participantId, qint64 timePointId,
                        const QString& instrumentId, QWidget* parent = nullptr);
    ~AssessmentEntryForm() override;

    qint64 assessmentId() const { return m_id; }
    bool isCompleted() const { return m_completed; }
    bool isVoided() const { return m_voided; }
    // Why it is entered outside its visit's window, once confirmed (or as stored); else empty.
    QString outOfWindowReason() const { return m_base.outOfWindowReason; }
    int itemCount() const { return static_cast<int>(m_rows.size()); }
    QLineEdit* itemField(int index) const;
    // The marker of an open data query on the item (visible only when there is one).
    QLabel* queryMarker(int index) const;
    QLabel* formQueries() const { return m_formQueries; }

signals:
    // An assessment row was written (draft, completion or correction).
    void saved(qint64 assessmentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        ItemInput input;
        QLabel* number = nullptr;
        QLabel* label = nullptr;
        QLineEdit* field = nullptr;
        QLabel* note = nullptr;  // the allowed answers, or why an answer was refused
        QLabel* query = nullptr; // an open data query on the item (hidden when none)
        QString value;           // the accepted answer; empty while not entered
    };

    static QString language(); // "nb" or "en", for the instrument's labels
    bool load(qint64 participantId, qint64 timePointId, const QString& instrumentId);
    void build();
    void retranslateUi();

    // Keyboard flow.
    bool typeInto(int index, const QString& typed);
    void finishItem(int index);
    // Focuses item `index`, or the next asked one in the direction `step` (+1, -1).
    void focusItem(int index, int step = 1);
    // Disables the items the answers' branching logic hides (ScoringEngine::asked) and says
    // so in their notes; enables those it shows again.
    void applyBranching();
    bool asked(int index) const;
    void leaveItem(int index);
    void takeAnswer(int index, const QString& value);
    void refuse(int index, const QString& message);
    void clearNote(int index);

    Assessment current(AssessmentStatus status) const;
    // `mayAsk`: a refusal for a date outside the visit's window asks to confirm it (not while
    // the date is being typed, nor again after a Cancel until Complete is pressed).
    void saveDraft(bool mayAsk);
    void complete();
    // Asks to confirm the core's refusal of a date outside the visit's window with a reason;
    // true when confirmed (the reason is then kept for the saves that follow).
    bool confirmOutOfWindow(const QString& message);
    // Items answered NA: says what completing will do (prorate, or not scorable) and asks;
    // false when the person goes back (the first such item then has the focus).
    bool confirmMissingAnswers();
    // Shows the items not entered yet (hides the line when none); the first one's index, or -1.
    int showBlankItems();
    // After an answer or the date changed: the refusal shown under the form no longer holds.
    void clearStaleError();
    void voidAssessment();
    void showScore();
    void showResult(const std::vector<Alert>& alerts);
    void askGuess();
    void updateButtons();
    // Marks the items with an open data query, and says so for queries on the whole form.
    void showQueries();
    QString scoreText(const Score& s) const;

    Database& m_db;
    Actor m_actor;
    InstrumentDefinition m_definition;
    std::vector<Arm> m_arms;
    QString m_studyId;
    QString m_visit;
    Assessment m_base; // participant, visit, instrument; id once saved
    qint64 m_id = 0;
    bool m_completed = false;
    bool m_edited = false;         // a completed assessment was changed and not yet saved
    bool m_ready = false;          // loaded; else the form shows why it cannot be used
    bool m_guessPending = false;   // a completed blinded rating still without a guess of the arm
    bool m_guessRecorded = false;  // recorded in this form
    bool m_windowDeclined = false; // outside the window, not confirmed: nothing saved yet
    bool m_asking = false;         // the out-of-window question is open
    bool m_voided = false;
    QString m_blankMessage;      // the error line's list of the items not entered yet, when shown
    std::vector<Alert> m_raised; // safety alerts raised by the last completion or correction
    int m_storedCount = 0;       // number of items in the stored row (optional items may be absent)
    std::vector<Row> m_rows;
    std::vector<bool> m_asked;            // per item: shown by its branching logic (all when none)
    std::vector<DataQuery> m_openQueries; // open and answered queries on this form

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_formQueries = nullptr; // open data queries on the whole form
    QLabel* m_dateLabel;
    QDateEdit* m_date = nullptr;
    QLabel* m_help;
    QLabel* m_totalCaption;
    QLabel* m_total;
    QLabel* m_bandCaption;
    QLabel* m_band;
    QLabel* m_flags;
    QLabel* m_status;
    QLabel* m_result;
    QLabel* m_windowNote; // entered outside the visit's window, and why
    ErrorLabel* m_error;
    QPushButton* m_complete;
    QPushButton* m_guess;
    QPushButton* m_void;
    QPushButton* m_close;
    QString m_savedAt; // time of the last draft save, for the status line
};

} // namespace td
