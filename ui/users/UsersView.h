#pragma once

#include "access/UserRepository.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace td {

class Database;
class ErrorLabel;
class UserTableModel;

// The administrator's Users area: the trial's people (user name, name, role, whether the
// account is active) and "Add user…", so that a new trial's first administrator can add the
// coordinators, therapists and assessors who do the work. Core checks and writes every user.
class UsersView : public QWidget
{
    Q_OBJECT

public:
    UsersView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Reads the users again, keeping the selection; the core's refusal, or empty.
    QString reload();
    // Opens the Add user dialog; after an addition the table shows and selects the new user.
    // The user added, or nothing when the dialog was cancelled.
    std::optional<User> addUser();
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
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    std::optional<User> m_added;
    UserTableModel* m_model;
    QLabel* m_intro;
    QLabel* m_title;
    QTableView* m_table;
    QPushButton* m_add;
    QLabel* m_status;
    ErrorLabel* m_error;
};

} // namespace td
