#pragma once

#include "access/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;

// The first start of a real (non-demo) trial database: create its administrator.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(Database& db, QWidget* parent = nullptr);
    Actor actor() const { return m_actor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void create();

    Database& m_db;
    Actor m_actor;
    QLabel* m_intro;
    QLabel* m_userLabel;
    QLabel* m_nameLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    ErrorLabel* m_error;
    QLineEdit* m_user;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    DialogButtons* m_buttons;
};

} // namespace td
