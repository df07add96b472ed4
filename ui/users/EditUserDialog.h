#pragma once

#include "access/UserRepository.h"
#include "common/FormParts.h"

#include <QDialog>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;
class SiteChoice;

// The administrator changes a user's display name and, for a coordinator or therapist, the
// sites they work at. The user name and role stay. UserRepository::update checks and writes;
// its refusal is shown at the field it concerns, with nothing written.
class EditUserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { General, DisplayName, Sites };

    EditUserDialog(Database& db, const Actor& actor, const User& user, QWidget* parent = nullptr);

    // Saves as if the button were pressed: the refusal, or empty when saved (and accepted).
    QString submit();
    const std::optional<User>& updated() const { return m_updated; }
    std::optional<Field> errorField() const { return m_errors.shown(); }
    QString errorText(Field field) const { return m_errors.text(field); }
    SiteChoice* sites() const { return m_sites; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void refuse(Field field, const QString& message);

    Database& m_db;
    Actor m_actor;
    User m_user;
    bool m_takesSites;
    bool m_noSite = false; // the dialog's own refusal: no site ticked
    std::optional<User> m_updated;
    FieldErrors<Field> m_errors;

    QLabel* m_intro;
    QLabel* m_userLabel;
    QLabel* m_userValue;
    QLabel* m_roleLabel;
    QLabel* m_roleValue;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_sitesLabel;
    SiteChoice* m_sites;
    QLabel* m_sitesHint;
    DialogButtons* m_buttons;
};

} // namespace td
