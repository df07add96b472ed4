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

// The administrator adds a person to the trial: user name, display name, role, the sites a
// coordinator or therapist works at, and password (typed twice). UserRepository::create checks
// and writes; its refusal (a taken user name, a password the policy refuses) is shown at the
// field it concerns and the dialog stays open with nothing written. The dialog itself only
// checks that the two passwords are the same and that "Only these sites" has a site ticked.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    // Where a refusal is shown.
    enum class Field { General, UserName, Sites, Password, Repeat };

    AddUserDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Adds the user as if the button were pressed: the refusal, or empty when added (the
    // dialog is then accepted).
    QString submit();
    // The user added, once submit() succeeded.
    const std::optional<User>& created() const { return m_created; }
    // The field the last refusal was shown at, and its text.
    std::optional<Field> errorField() const { return m_errors.shown(); }
    QString errorText(Field field) const { return m_errors.text(field); }
    SiteChoice* sites() const { return m_sites; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class OwnRefusal { None, Mismatch, NoSite };

    void retranslateUi();
    void updateRole();
    QString ownRefusalText() const;
    Field fieldOf(const Error& error) const;
    void refuse(Field field, const QString& message);

    Database& m_db;
    Actor m_actor;
    std::optional<User> m_created;
    FieldErrors<Field> m_errors;
    OwnRefusal m_own = OwnRefusal::None; // the dialog's own refusal, retranslated with it

    QLabel* m_intro;
    QFormLayout* m_form;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_userHint;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_roleHint;
    QLabel* m_sitesLabel;
    SiteChoice* m_sites;
    QWidget* m_sitesBox;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordHint;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    DialogButtons* m_buttons;
};

} // namespace td
