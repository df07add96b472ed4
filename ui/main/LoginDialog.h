#pragma once

#include "access/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QComboBox;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;
class LanguageManager;

// Sign-in. Errors (wrong password, throttling) are shown in the dialog, which stays open.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database& db, LanguageManager& languages, bool demo, QWidget* parent = nullptr);
    Actor actor() const { return m_actor; }
    // For tests and scripted screenshots: fills the fields and signs in.
    bool signIn(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void attempt();

    Database& m_db;
    LanguageManager& m_languages;
    bool m_demo;
    Actor m_actor;
    QLabel* m_title;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLabel* m_languageLabel;
    QLabel* m_hint;
    ErrorLabel* m_error;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_language;
    DialogButtons* m_buttons;
};

} // namespace td
