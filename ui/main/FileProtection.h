#pragma once

#include "access/Actor.h"

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace td {

class Database;

// How the trial file is protected at rest, in the main window (docs/encryption.md): a mark in
// the status bar ("Encrypted" or "Not encrypted"), and for an administrator the offer to
// encrypt a plain file (asking the password again, which makes their key slot) or, on an
// encrypted file, to make the recovery key (shown once).
class FileProtection : public QObject
{
    Q_OBJECT

public:
    FileProtection(Database& db, const Actor& actor, QMainWindow* window, QMenu* fileMenu);
    QLabel* mark() const { return m_mark; }
    QAction* encryptAction() const { return m_encrypt; }
    QAction* recoveryKeyAction() const { return m_recovery; }
    void retranslateUi();
    // The recovery key made and shown (tests call it without the dialog's event loop);
    // the message when it could not be made.
    QString makeRecoveryKey(bool show = true);

signals:
    // The administrator confirmed encrypting the file with their password: the application
    // closes the window and the trial, encrypts it, and asks for a sign-in again.
    void encryptRequested(const QString& password);

private:
    void askEncrypt();

    Database& m_db;
    Actor m_actor;
    QMainWindow* m_window;
    QLabel* m_mark;
    QAction* m_encrypt = nullptr;
    QAction* m_recovery = nullptr;
};

} // namespace td
