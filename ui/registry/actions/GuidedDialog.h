#pragma once

#include "access/Actor.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// A registry step (screening, eligibility, consent, randomization, withdrawal) as a dialog
// that says exactly what will happen before it happens. The fields sit in form(); the
// "What will happen" text follows them as they change; the confirm button applies the step
// through core, which checks it again. A refusal is shown in the dialog and changes nothing.
class GuidedDialog : public QDialog
{
    Q_OBJECT

public:
    GuidedDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Confirms the step as if the button were pressed (also for tests).
    void confirm();
    QString summaryText() const;
    QString errorText() const;

protected:
    QFormLayout* form() const { return m_form; }
    // Call from the subclass constructor once its fields exist, and on language change.
    void retranslateUi();
    // Call when a field changes.
    void updateSummary();
    // After a successful step, keeps the dialog open with summary() now telling the outcome,
    // and turns the buttons into a single Close (where the outcome is news: randomization).
    void showOutcome();
    void setConfirmEnabled(bool enabled);
    void changeEvent(QEvent* event) override;

    virtual QString title() const = 0;
    virtual QString confirmText() const = 0;
    virtual void retranslateFields() = 0;
    // What will happen, in full sentences (after showOutcome(): what happened).
    virtual QString summary() const = 0;
    // Performs the step: an empty string on success, else core's message. Success closes the
    // dialog unless the subclass called showOutcome().
    virtual QString apply() = 0;

    Database& m_db;
    Actor m_actor;

private:
    QFormLayout* m_form;
    QLabel* m_summaryTitle;
    QLabel* m_summary;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
    bool m_done = false;
};

} // namespace td
