#pragma once

#include "access/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// A user changes their own password: the current one, the new one twice. The password rules
// are shown under the new password, and each refusal of the core appears under the field it is
// about. Forced (after an administrator reset the password) it says why it is there, and its
// Cancel becomes Sign out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Voluntary, Forced };
    // Where a refusal is shown.
    enum class Field { Current, Replacement, Repeat, General };

    ChangePasswordDialog(Database& db, const Actor& actor, Mode mode, QWidget* parent = nullptr);
    // The user after the change (no longer asked to change the password).
    Actor actor() const { return m_actor; }
    // For tests: fills the fields and asks the core; true when the password was changed.
    bool change(const QString& current, const QString& replacement, const QString& repeat);
    // The refusal shown at a field, or an empty text.
    QString errorText(Field field) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void attempt();
    void showError(Field field, const QString& message);
    void clearErrors();
    void fitHeight();
    ErrorLabel* errorLabel(Field field) const;

    Database& m_db;
    Actor m_actor;
    Mode m_mode;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    QLabel* m_replacementLabel;
    QLabel* m_repeatLabel;
    QLabel* m_rules;
    QLineEdit* m_current;
    QLineEdit* m_replacement;
    QLineEdit* m_repeat;
    ErrorLabel* m_currentError;
    ErrorLabel* m_replacementError;
    ErrorLabel* m_repeatError;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
