#pragma once

#include "access/UserRepository.h"
#include "common/TaskArea.h"
#include "trial/Protocol.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace td {

class Database;
class ErrorLabel;
class UserTableModel;

// The administrator's Users area: the trial's people (user name, name, role, sites, the
// account's state), deactivated ones greyed but kept, and what the administrator does with
// them: add a user, edit the selected user's name and sites, change their role or deactivate
// or reactivate the account with a reason, and give a temporary password. Core checks and writes
// every change; each dialog shows the core's refusal at its field and the table is read again after
// a change.
class UsersView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    UsersView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

    // Reads the users again, keeping the selection; the core's refusal, or empty.
    QString reload();
    // Opens the Add user dialog; after an addition the table shows and selects the new user.
    // The user added, or nothing when the dialog was cancelled.
    std::optional<User> addUser();
    // The selected user's dialogs (Edit…, Deactivate… or Reactivate…, Reset password…). Each
    // returns the user as changed, or nothing when cancelled or when no user is selected.
    std::optional<User> editUser();
    std::optional<User> changeActive();
    std::optional<User> resetPassword();
    // The selected user's Change role… dialog: the user in their new role, or nothing.
    std::optional<User> changeRole();
    // Selects the user's row (false when the user is not listed).
    bool select(qint64 userId);
    // The selected user's id, or 0.
    qint64 selectedUserId() const;
    UserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum class Change { None, Added, Edited, Deactivated, Reactivated, PasswordReset, RoleChanged };

    void retranslateUi();
    void updateActions();
    const User* selectedUser() const;
    // After a change: the table read again with the user selected, and a line saying what
    // was done.
    void changed(Change change, const User& user);

    Database& m_db;
    Actor m_actor;
    Change m_change = Change::None;
    std::optional<User> m_changed;
    UserTableModel* m_model;
    QLabel* m_intro;
    QLabel* m_title;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_role;
    QPushButton* m_active;
    QPushButton* m_reset;
    QLabel* m_status;
    ErrorLabel* m_error;
};

} // namespace td
