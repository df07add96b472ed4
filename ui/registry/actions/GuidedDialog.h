#pragma once

#include "access/Actor.h"
#include "common/FormParts.h"
#include "common/Result.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// A participant step (screening, eligibility, consent, covariates, therapist, randomization,
// status change) as a dialog that says exactly what will happen before it happens. The fields
// sit in form(); the "What will happen" text follows them as they change; the confirm button
// applies the step through core, which checks it again. A refusal is shown at the field core
// names (Error::field) when the dialog has it, else under the form, and changes nothing.
class GuidedDialog : public QDialog
{
    Q_OBJECT

public:
    GuidedDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Confirms the step as if the button were pressed (also for tests).
    void confirm();
    QString summaryText() const;
    // The refusal shown, at its field or under the form; empty when there is none.
    QString errorText() const;
    // The field whose line shows the refusal (Error::field); empty when it is shown under the
    // form, or when there is none.
    QString errorField() const;
    // The refusal shown at one field, or empty.
    QString fieldErrorText(const QString& field) const;
    // After showOutcome(): the step is done and the dialog tells what happened.
    bool isDone() const { return m_done; }

protected:
    QFormLayout* form() const { return m_form; }
    // A field core may name in a refusal: the widget with a refusal line under it (and a grey
    // hint between them, when given), for a form row. `focus` takes the keyboard on a refusal
    // (default: the widget).
    QWidget* refusable(const QString& field, QWidget* widget, QLabel* hint = nullptr,
                       QWidget* focus = nullptr);
    // A refusal line the subclass placed itself (criteria, covariates).
    void addRefusalLine(const QString& field, ErrorLabel* line, QWidget* focus);
    // Call from the subclass constructor once its fields exist, and on language change.
    void retranslateUi();
    // Call when a field changes.
    void updateSummary();
    // After a successful step, keeps the dialog open with summary() now telling the outcome,
    // and turns the buttons into a single Close (where the outcome is news: randomization,
    // the eligibility that follows from screening answers).
    void showOutcome();
    void setConfirmEnabled(bool enabled);
    // Shows a refusal found before the step (e.g. loading what the dialog needs).
    void showRefusal(const Error& error);
    void changeEvent(QEvent* event) override;

    virtual QString title() const = 0;
    virtual QString confirmText() const = 0;
    virtual void retranslateFields() = 0;
    // What will happen, in full sentences (after showOutcome(): what happened).
    virtual QString summary() const = 0;
    // Performs the step through core: ok, or core's refusal. Success closes the dialog unless
    // the subclass called showOutcome().
    virtual Status apply() = 0;

    Database& m_db;
    Actor m_actor;

private:
    void clearRefusals();

    QFormLayout* m_form;
    QLabel* m_summaryTitle;
    QLabel* m_summary;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
    FieldErrors<QString> m_fieldErrors;
    bool m_done = false;
};

} // namespace td
