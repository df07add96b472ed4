#pragma once

#include "access/Actor.h"

#include <QPointer>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace td {

class Database;
class ErrorLabel;

// What the window shows while it is locked (after a time without input, or Lock now): who is
// signed in, and a field for that user's password. The window puts it in place of its content,
// so nothing of the trial stays readable, and engage() hides the application's other windows
// (entry forms, open dialogs) without closing them: nothing being typed is lost, and a dialog
// that was waiting for an answer waits on after the unlock.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Remembers the focus and hides every other visible window of the application.
    void engage();
    // Shows those windows again and gives the focus back.
    void release();
    // Closes the windows hidden by engage() (they are shown again first, so a dialog waiting in
    // exec() returns as cancelled); for signing out while locked.
    void closeHidden();
    // Checks the password with the core (throttled and audited) and emits unlocked() when it is
    // right; otherwise shows the core's message and stays. For tests as well as the field.
    bool unlock(const QString& password);
    QString errorText() const;

signals:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    QLabel* m_title;
    QLabel* m_who;
    QLabel* m_prompt;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    ErrorLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
    std::vector<QPointer<QWidget>> m_hidden;
    QPointer<QWidget> m_focus;
};

} // namespace td
