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
// On an encrypted trial file that is not open yet (docs/encryption.md), the user name and
// password first open the file (its key slot), then sign in; takeDatabase() hands it over.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database& db, LanguageManager& languages, bool demo, QWidget* parent = nullptr);
    LoginDialog(const QString& encryptedFile, LanguageManager& languages, bool demo,
                QWidget* parent = nullptr);
    ~LoginDialog() override;
    Actor actor() const { return m_actor; }
    // The encrypted trial the sign-in opened (once accepted), or null.
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
    QString m_encryptedFile;
    std::unique_ptr<Database> m_opened;
    LanguageManager& m_languages;
    bool m_demo;
    Actor m_actor;
    QLabel* m_title;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLabel* m_languageLabel;
    QLabel* m_hint;
    QLabel* m_fileNote; // the encrypted file that the password opens
    ErrorLabel* m_error;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_language;
    DialogButtons* m_buttons;
};

} // namespace td
