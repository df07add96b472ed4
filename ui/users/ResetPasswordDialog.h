#pragma once

#include "access/UserRepository.h"
#include "common/FormParts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;

// The administrator gives a user a temporary password (typed twice), for instance when they
// forgot theirs; the user must choose a new one at the next sign-in. The core checks the
// password against the policy; its refusal is shown at the password, with nothing written.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { General, Password, Repeat };

    ResetPasswordDialog(Database& db, const Actor& actor, const User& user,
                        QWidget* parent = nullptr);

    // Resets as if the button were pressed: the refusal, or empty when reset (and accepted).
    QString submit();
    QString submit(const QString& password, const QString& repeat);
    bool isReset() const { return m_reset; }
    std::optional<Field> errorField() const { return m_errors.shown(); }
    QString errorText(Field field) const { return m_errors.text(field); }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void refuse(Field field, const QString& message);

    Database& m_db;
    Actor m_actor;
    User m_user;
    bool m_reset = false;
    bool m_mismatch = false; // the dialog's own refusal, retranslated with it
    FieldErrors<Field> m_errors;

    QLabel* m_text;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordHint;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    DialogButtons* m_buttons;
};

} // namespace td
