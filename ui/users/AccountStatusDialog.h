#pragma once

#include "access/UserRepository.h"
#include "common/FormParts.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;

// Deactivates an active account, or reactivates a deactivated one, with the reason the audit
// trail keeps. The account itself stays, with the person's name on what they did. The core
// refuses an empty reason (shown at the reason), and deactivating oneself or the last
// administrator (shown under the form); the dialog stays open with nothing written.
class AccountStatusDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { General, Reason };

    AccountStatusDialog(Database& db, const Actor& actor, const User& user,
                        QWidget* parent = nullptr);

    // True: the dialog deactivates; false: it reactivates.
    bool deactivates() const { return m_user.active; }
    // Changes the account as if the button were pressed with this reason typed: the refusal,
    // or empty when changed (the dialog is then accepted).
    QString submit(const QString& reason);
    QString submit();
    const std::optional<User>& changed() const { return m_changed; }
    std::optional<Field> errorField() const { return m_errors.shown(); }
    QString errorText(Field field) const { return m_errors.text(field); }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    User m_user;
    std::optional<User> m_changed;
    FieldErrors<Field> m_errors;

    QLabel* m_text;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    DialogButtons* m_buttons;
};

} // namespace td
