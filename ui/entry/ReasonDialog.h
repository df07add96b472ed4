#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace td {

class DialogButtons;
class ErrorLabel;

// Asks the reason for a change the audit trail keeps: changing a completed assessment, entering
// one outside its visit's window, voiding an assessment or a session. An empty reason is refused
// in the dialog, which stays open.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { ChangeCompleted, OutOfWindow, VoidAssessment, VoidSession };

    explicit ReasonDialog(QWidget* parent = nullptr); // ChangeCompleted
    // `detail` is shown above the question as given: the core's refusal (OutOfWindow) or the
    // record to be voided, already in the current language.
    ReasonDialog(Purpose purpose, const QString& detail, QWidget* parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    QString detail() const;
    QString reason() const;
    // The dialog's refusal of an empty reason, or empty.
    QString errorText() const;
    // For tests: types the reason and presses the accept button.
    void answer(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void fitHeight();
    void attempt();
    QString emptyRefusal() const;

    Purpose m_purpose;
    QLabel* m_detail;
    QLabel* m_text;
    QLineEdit* m_reason;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
