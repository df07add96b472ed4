#pragma once

#include "access/UserRepository.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// The administrator adds a person to the trial: user name, display name, role and password
// (typed twice). UserRepository::create checks and writes; its refusal (a taken user name, a
// short password) is shown at the field it concerns and the dialog stays open with nothing
// written. The dialog only checks that the two passwords are the same.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    // Where a refusal is shown.
    enum class Field { General, UserName, Password, Repeat };

    AddUserDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Adds the user as if the button were pressed: the refusal, or empty when added (the
    // dialog is then accepted).
    QString submit();
    // The user added, once submit() succeeded.
    const std::optional<User>& created() const { return m_created; }
    // The field the last refusal was shown at, and its text.
    std::optional<Field> errorField() const { return m_errorField; }
    QString errorText(Field field) const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateRoleHint();
    void fitHeight();
    Field fieldOf(const Error& error, const NewUser& tried) const;
    ErrorLabel* errorLabel(Field field) const;
    QWidget* errorFocus(Field field) const;
    void clearErrors();
    void showError(Field field, const QString& message);
    QWidget* fieldBox(QWidget* field, QLabel* hint, ErrorLabel* error);

    Database& m_db;
    Actor m_actor;
    std::optional<User> m_created;
    std::optional<Field> m_errorField;
    bool m_mismatch = false; // the last refusal was the dialog's own (passwords differ)

    QLabel* m_intro;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_userHint;
    ErrorLabel* m_userError;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_roleHint;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordHint;
    ErrorLabel* m_passwordError;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    ErrorLabel* m_repeatError;
    ErrorLabel* m_error;
    DialogButtons* m_buttons;
};

} // namespace td
