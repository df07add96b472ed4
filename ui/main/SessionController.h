#pragma once

#include "access/Actor.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QRect>
#include <memory>
#include <optional>
#include <vector>

namespace td {

class ChangePasswordDialog;
class Database;
class LanguageManager;
class LoginDialog;
class MainWindow;

// Who works in the window of one open trial, from sign-in to sign-out: it asks for the sign-in,
// makes a user whose password an administrator reset choose a new one first (cancelling that
// signs out), builds the window for the signed-in user's role, and on Sign out or Switch user
// puts that window away and builds a new one for whoever signs in next, without a restart.
// Dialogs are opened without a nested event loop, so a sign-out can come from anywhere,
// even the lock screen over a dialog that is still waiting for an answer.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(Database& db, LanguageManager& languages, bool demo,
                      QObject* parent = nullptr);
    ~SessionController() override;

    // A trial whose connection is the signed-in user's own (a server trial whose users sign in
    // as their login roles, docs/postgresql.md): every later sign-in opens `path` anew as the
    // user who signs in (LoginDialog's trial mode), `holder` (which holds the database given to
    // the constructor) takes that connection, and the one before is closed once its window is
    // gone. Without this, sign-ins use the open database.
    void reconnectPerUser(const QString& path, std::unique_ptr<Database>& holder);
    // The database of the signed-in user (after a reconnection, not the one first given).
    Database& database() const { return *m_db; }

    // Begins: the sign-in dialog, or with `signedIn` (the first administrator, --user) straight
    // on; the window opens once the user is signed in and needs no new password.
    void start(const std::optional<Actor>& signedIn = std::nullopt);
    // The window of the signed-in user, or null while nobody is signed in.
    MainWindow* window() const;
    // The signed-in user, or after signing out the last one; empty before any sign-in.
    std::optional<Actor> actor() const { return m_actor; }
    // The open sign-in or password dialog, or null.
    LoginDialog* loginDialog() const;
    ChangePasswordDialog* passwordDialog() const;

public slots:
    // Puts the window away and asks for a sign-in; cancelling it ends the application.
    void signOut();
    // Locks the window and asks for a sign-in: someone else signs in (the window is rebuilt
    // for them), or on cancel the lock stays for the signed-in user.
    void switchUser();

signals:
    void windowOpened(MainWindow* window);
    // Nobody is signed in and nobody wants to be, or the window was closed: the application
    // ends (it does not quit by itself when the last window closes, as that happens between
    // two users).
    void finished();
    void restoreRequested(const QString& backupFile, const td::Database::Unlock& unlock);
    void openTrialRequested(const QString& path);
    void encryptRequested(const QString& password);

private:
    void askSignIn();
    void signedIn(const Actor& actor);
    void openWindow(const Actor& actor);
    void closeWindow();
    // Makes `opened` the session's database (reconnectPerUser), after the window is put away.
    void takeOver(std::unique_ptr<Database> opened);
    void dropRetired();

    Database* m_db;
    QString m_reopen; // reconnectPerUser's path, or empty
    std::unique_ptr<Database>* m_holder = nullptr;
    std::vector<std::unique_ptr<Database>> m_retired; // closed once their windows are gone
    LanguageManager& m_languages;
    bool m_demo;
    QPointer<MainWindow> m_window;
    std::vector<QPointer<MainWindow>> m_closed; // put away, deleted later
    QPointer<LoginDialog> m_login;
    QPointer<ChangePasswordDialog> m_password;
    std::optional<Actor> m_actor;
    QRect m_geometry; // of the last window, for the next one
};

} // namespace td
