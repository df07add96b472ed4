#pragma once

#include "access/Actor.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QComboBox;

namespace td {

class Database;
class DialogButtons;
class ErrorLabel;
class LanguageManager;

// Sign-in. Errors (wrong password, throttling) are shown in the dialog, which stays open.
// On a trial that opens only with a user's credentials and is not open yet
// (trialOpensWithSignIn: an encrypted file, docs/encryption.md, or a server trial whose users
// sign in as their own login roles, docs/postgresql.md), the user name and password first open
// it (the file's key slot, or the server's sign-in), then sign in; takeDatabase() hands it over.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database& db, LanguageManager& languages, bool demo, QWidget* parent = nullptr);
    LoginDialog(const QString& trialOpenedBySignIn, LanguageManager& languages, bool demo,
                QWidget* parent = nullptr);
    ~LoginDialog() override;
    Actor actor() const { return m_actor; }
    // The trial the sign-in opened (once accepted), or null.
    std::unique_ptr<Database> takeDatabase();
    // For tests and scripted screenshots: fills the fields and signs in.
    bool signIn(const QString& username, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    void attempt();

    Database* m_db = nullptr;
    QString m_trial; // opened by the sign-in, or empty
    std::unique_ptr<Database> m_opened;
    LanguageManager& m_languages;
    bool m_demo;
    Actor m_actor;
    QLabel* m_title;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLabel* m_languageLabel;
    QLabel* m_hint;
    QLabel* m_fileNote; // the encrypted file or server trial that the password opens
    ErrorLabel* m_error;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_language;
    DialogButtons* m_buttons;
};

} // namespace td
