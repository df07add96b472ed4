#pragma once

#include "access/UserRepository.h"
#include "common/FormParts.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;
class SiteChoice;

// The administrator gives a user another role, with the reason the audit trail keeps
// (UserRepository::changeRole). For a coordinator or therapist the sites they will work at are
// chosen too (the user's own when they had some). The core's refusals (one's own role, the last
// administrator, a missing reason) are shown at their field, with
// nothing written.
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { General, Role, Sites, Reason };

    ChangeRoleDialog(Database& db, const Actor& actor, const User& user, QWidget* parent = nullptr);

    // Chooses the new role (false when there is no such role in the list).
    bool setRole(Role role);
    void setReason(const QString& reason);
    // Changes the role as if the button were pressed: the refusal, or empty when changed (the
    // dialog is then accepted).
    QString submit();
    const std::optional<User>& changed() const { return m_changed; }
    std::optional<Field> errorField() const { return m_errors.shown(); }
    QString errorText(Field field) const { return m_errors.text(field); }
    SiteChoice* sites() const { return m_sites; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateRole();
    void refuse(Field field, const QString& message);
    std::optional<Role> chosenRole() const;

    Database& m_db;
    Actor m_actor;
    User m_user;
    bool m_noSite = false; // the dialog's own refusal: no site ticked
    std::optional<User> m_changed;
    FieldErrors<Field> m_errors;

    QLabel* m_intro;
    QFormLayout* m_form;
    QLabel* m_currentLabel;
    QLabel* m_currentValue;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_roleHint;
    QLabel* m_sitesLabel;
    SiteChoice* m_sites;
    QWidget* m_sitesBox;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    DialogButtons* m_buttons;
};

} // namespace td
