// The entry form's saving: a draft after every answer, completion, a change of a completed
// assessment with a reason, a date outside the visit's window confirmed with a reason, voiding
// with a reason, the blinded assessor's guess of the arm, and the status line that says where
// the form stands.

#include "assessments/ArmGuessRepository.h"
#include "assessments/AssessmentRepository.h"
#include "common/ErrorLabel.h"
#include "entry/ArmGuessDialog.h"
#include "entry/AssessmentEntryForm.h"
#include "entry/ReasonDialog.h"
#include "instruments/MissingAnswers.h"
#include "instruments/ScoringEngine.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace td {

Assessment AssessmentEntryForm::current(AssessmentStatus status) const
{
    Assessment a = m_base;
    a.id = m_id;
    a.date = m_date->date();
    a.status = status;
    for (int i = 0; i < m_storedCount; ++i) {
        const QString& v = m_rows[static_cast<std::size_t>(i)].value;
        a.items << (v.isEmpty() ? Assessment::missingItem() : v);
    }
    return a;
}

namespace {
bool outsideWindow(const Error& error)
{
    return error.code == ErrorCode::Conflict && error.field == QStringLiteral("out_of_window");
}
} // namespace

bool AssessmentEntryForm::confirmOutOfWindow(const QString& message)
{
    m_asking = true;
    ReasonDialog dialog(ReasonDialog::Purpose::OutOfWindow, message, this);
    const bool confirmed = dialog.exec() == QDialog::Accepted;
    m_asking = false;
    if (!confirmed) {
        m_windowDeclined = true; // the answers stay in the form; nothing is saved
        m_error->showMessage(message);
        updateButtons();
        return false;
    }
    m_windowDeclined = false;
    m_base.outOfWindowReason = dialog.reason();
    return true;
}

void AssessmentEntryForm::saveDraft(bool mayAsk)
{
    if (!m_ready || m_completed || m_voided || m_asking)
        return;
    // Nothing entered yet (or everything cleared): nothing worth a draft.
    const Assessment draft = current(AssessmentStatus::Draft);
    if (draft.items.count(Assessment::missingItem()) == draft.items.size())
        return;
    AssessmentRepository repo(m_db);
    auto result = m_id ? repo.correct(m_actor, draft, QString()) : repo.save(m_actor, draft);
    if (!result.ok() && outsideWindow(result.error())) {
        if (!mayAsk) {
            m_error->showMessage(result.message());
            updateButtons();
            return;
        }
        if (!confirmOutOfWindow(result.message()))
            return;
        result = repo.save(m_actor, current(AssessmentStatus::Draft));
    }
    if (!result.ok()) {
        m_error->showMessage(result.message());
        return;
    }
    clearStaleError(); // saved; the items still to enter for Complete stay listed
    m_id = result->id;
    m_windowDeclined = false; // saved: within the window after all, or confirmed
    m_savedAt =
        QLocale().toString(m_db.clock().nowUtc().toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    updateButtons();
    emit saved(m_id);
}

void AssessmentEntryForm::complete()
{
    if (!m_ready || m_voided)
        return;
    // The item being typed counts: take it if allowed.
    for (int i = 0; i < m_storedCount; ++i) {
        const Row& row = m_rows[static_cast<std::size_t>(i)];
        if (row.field->hasFocus() && row.input.stored(row.field->text()) != row.value) {
            if (!row.input.isAllowed(row.field->text()) && !row.field->text().isEmpty()) {
                refuse(i, row.input.refusal(row.field->text()));
                return;
            }
            takeAnswer(i, row.field->text());
        }
    }
    if (m_completed && !m_edited)
        return;
    if (const int firstBlank = showBlankItems(); firstBlank >= 0) {
        focusItem(firstBlank);
        return;
    }
    m_error->hide();
    if (!confirmMissingAnswers())
        return;
    const Assessment a = current(AssessmentStatus::Complete);
    AssessmentRepository repo(m_db);
    QString reason;
    if (m_completed) {
        ReasonDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    auto result = m_id ? repo.correct(m_actor, a, reason) : repo.save(m_actor, a);
    if (!result.ok() && outsideWindow(result.error())) {
        // Asked again even after a Cancel: completing is a decision of its own.
        if (!confirmOutOfWindow(result.message()))
            return;
        result = repo.save(m_actor, current(AssessmentStatus::Complete));
    }
    if (!result.ok()) {
        m_error->showMessage(result.message());
        return;
    }
    m_error->hide();
    m_id = result->id;
    m_completed = true;
    m_edited = false;
    for (Row& row : m_rows)
        row.field->setText(row.input.shown(row.value));
    const std::vector<qint64> raised = repo.raisedAlerts();
    m_raised.clear();
    if (!raised.empty()) {
        auto open = AlertRepository(m_db).list(m_actor, true);
        if (open.ok())
            for (const Alert& alert : *open)
                if (std::find(raised.begin(), raised.end(), alert.id) != raised.end())
                    m_raised.push_back(alert);
    }
    showResult(m_raised);
    m_guessPending = m_actor.can(Permission::RecordArmGuess) &&
                     ArmGuessRepository(m_db).canRecord(m_actor, m_id).ok();
    updateButtons();
    emit saved(m_id);
    if (m_guessPending)
        askGuess();
}

int AssessmentEntryForm::showBlankItems()
{
    QStringList blank;
    int firstBlank = -1;
    for (int i = 0; i < m_storedCount; ++i)
        if (!m_definition.items[static_cast<std::size_t>(i)].optional && asked(i) &&
            m_rows[static_cast<std::size_t>(i)].value.isEmpty()) {
            blank << m_definition.items[static_cast<std::size_t>(i)].id;
            firstBlank = firstBlank < 0 ? i : firstBlank;
        }
    m_blankMessage = blank.isEmpty() ? QString()
                                     : tr("Not entered yet: item %1. Type the answer, or NA "
                                          "where the paper form has none.")
                                           .arg(blank.join(QStringLiteral(", ")));
    if (m_blankMessage.isEmpty())
        m_error->hide();
    else
        m_error->showMessage(m_blankMessage);
    return firstBlank;
}

void AssessmentEntryForm::clearStaleError()
{
    if (m_error->isHidden())
        return;
    // The list of items not entered yet shrinks as they are entered; any other refusal was
    // about the answers or the date as they were, and a save that fails again says so again.
    if (!m_blankMessage.isEmpty() && m_error->text() == m_blankMessage)
        showBlankItems();
    else
        m_error->hide();
}

bool AssessmentEntryForm::confirmMissingAnswers()
{
    auto values = ScoringEngine::parse(m_definition, current(AssessmentStatus::Complete).items);
    if (!values.ok())
        return true; // the save refuses it with the engine's message
    const MissingAnswers missing = MissingAnswers::of(m_definition, *values);
    if (missing.outcome() == MissingAnswers::Outcome::None)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Complete with missing answers?"),
                    missing.consequence(m_definition), QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("missingAnswers"));
    box.setInformativeText(tr("Go back to enter the answers from the paper form, or complete "
                              "the assessment as it is."));
    switch (missing.outcome()) {
    case MissingAnswers::Outcome::Prorated:
        box.button(QMessageBox::Yes)->setText(tr("Complete, prorated"));
        break;
    case MissingAnswers::Outcome::NotScorable:
        box.button(QMessageBox::Yes)->setText(tr("Complete as not scorable"));
        break;
    case MissingAnswers::Outcome::Partial:
    case MissingAnswers::Outcome::None:
        box.button(QMessageBox::Yes)->setText(tr("Complete"));
        break;
    }
    box.button(QMessageBox::No)->setText(tr("Go back"));
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        return true;
    focusItem(missing.firstIndex());
    return false;
}

void AssessmentEntryForm::askGuess()
{
    ArmGuessDialog dialog(m_arms, this);
    if (dialog.exec() != QDialog::Accepted)
        return; // "Later": the button stays
    auto guess = ArmGuessRepository(m_db).record(m_actor, m_id, dialog.guess());
    if (!guess.ok()) {
        m_error->showMessage(guess.message());
        return;
    }
    m_guessPending = false;
    m_guessRecorded = true;
    updateButtons();
}

void AssessmentEntryForm::voidAssessment()
{
    if (!m_ready || m_id == 0 || m_voided)
        return;
    const QString what = tr("%1 of %2 at %3, %4")
                             .arg(m_definition.shortName, m_studyId, m_visit,
                                  QLocale().toString(m_date->date(), QLocale::ShortFormat));
    ReasonDialog dialog(ReasonDialog::Purpose::VoidAssessment, what, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status removed = AssessmentRepository(m_db).remove(m_actor, m_id, dialog.reason());
    if (!removed.ok()) {
        m_error->showMessage(removed.message());
        return;
    }
    m_error->hide();
    m_voided = true;
    m_edited = false;
    m_guessPending = false;
    for (Row& row : m_rows)
        row.field->setEnabled(false);
    m_date->setEnabled(false);
    m_result->hide();
    updateButtons();
    emit saved(m_id);
}

void AssessmentEntryForm::updateButtons()
{
    m_complete->setText(m_completed ? tr("Save changes…") : tr("Complete (Ctrl+Enter)"));
    m_complete->setEnabled(m_ready && !m_voided && (!m_completed || m_edited));
    m_guess->setVisible(m_guessPending);
    // Once there is a saved record to void, for those who may.
    m_void->setVisible(m_ready && m_id != 0 && m_actor.can(Permission::RemoveClinicalRecords));
    m_void->setEnabled(!m_voided);
    const QString windowReason = m_base.outOfWindowReason.trimmed();
    m_windowNote->setText(
        windowReason.isEmpty()
            ? QString()
            : tr("Entered outside the visit's window. Reason: %1").arg(windowReason));
    m_windowNote->setVisible(!windowReason.isEmpty() && m_id != 0);
    QString status;
    if (!m_ready)
        status.clear();
    else if (m_voided)
        status = tr("Voided: kept in the audit trail with its reason, left out of scores and "
                    "exports. Entering this visit again starts a new assessment.");
    else if (m_windowDeclined && m_id == 0)
        status = tr("Not saved: the date is outside the visit's window. Change the date, or "
                    "press Complete to confirm it with a reason.");
    else if (m_completed && m_edited)
        status = tr("Changed, not saved yet: saving a completed assessment asks for a reason.");
    else if (m_completed)
        status = m_guessRecorded ? tr("Completed. Your guess of the arm is recorded.")
                                 : tr("Completed.");
    else if (m_id)
        status = m_savedAt.isEmpty()
                     ? tr("Draft: the answers entered so far are saved.")
                     : tr("Draft saved at %1: closing the form keeps it.").arg(m_savedAt);
    else
        status = tr("Nothing saved yet: the first answer starts a draft.");
    m_status->setText(status);
}

} // namespace td
