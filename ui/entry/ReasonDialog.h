#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace td {

class DialogButtons;
class ErrorLabel;

// Asks why a completed assessment is changed (the reason goes into the audit trail). An empty
// reason is refused in the dialog, which stays open.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReasonDialog(QWidget* parent = nullptr);
    QString reason() const;
    // For tests: types the reason and presses Save.
    void answer(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void attempt();

    QLabel* m_text;
    QLineEdit* m_reason;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
