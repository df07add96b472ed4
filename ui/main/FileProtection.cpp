#include "main/FileProtection.h"

#include "access/TrialKeys.h"
#include "main/RecoveryKeyDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace td {

FileProtection::FileProtection(Database& db, const Actor& actor, QMainWindow* window,
                               QMenu* fileMenu)
    : QObject(window), m_db(db), m_actor(actor), m_window(window), m_mark(new QLabel(window))
{
    m_mark->setObjectName(QStringLiteral("encryptionMark"));
    m_mark->setStyleSheet(
        db.encrypted()
            ? QStringLiteral("QLabel { color: #0f5132; padding: 2px 8px; }")
            : QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 2px 8px; }"));
    window->statusBar()->addPermanentWidget(m_mark);
    if (actor.can(Permission::ManageUsers) && !db.readOnly()) {
        if (db.encrypted()) {
            m_recovery = new QAction(this);
            m_recovery->setObjectName(QStringLiteral("makeRecoveryKey"));
            connect(m_recovery, &QAction::triggered, this, [this] { makeRecoveryKey(); });
            fileMenu->addAction(m_recovery);
        } else {
            m_encrypt = new QAction(this);
            m_encrypt->setObjectName(QStringLiteral("encryptFile"));
            connect(m_encrypt, &QAction::triggered, this, &FileProtection::askEncrypt);
            fileMenu->addAction(m_encrypt);
        }
    }
    retranslateUi();
}

void FileProtection::retranslateUi()
{
    if (m_db.encrypted()) {
        m_mark->setText(tr("Encrypted"));
        m_mark->setToolTip(tr("The trial file, its log and its backups are encrypted: they "
                              "open only with a user's password or the recovery key. Exports "
                              "for analysis are not encrypted."));
    } else {
        m_mark->setText(tr("Not encrypted"));
        m_mark->setToolTip(tr("Anyone who copies this trial file can read it with any SQLite "
                              "program. An administrator can encrypt it (File menu)."));
    }
    if (m_encrypt)
        m_encrypt->setText(tr("&Encrypt this trial file…"));
    if (m_recovery)
        m_recovery->setText(tr("Make the &recovery key…"));
}

QString FileProtection::makeRecoveryKey(bool show)
{
    auto key = TrialKeys::makeRecoveryKey(m_db, m_actor);
    if (!key.ok()) {
        if (show)
            QMessageBox::warning(m_window, tr("Recovery key"), key.message());
        return key.message();
    }
    if (show) {
        RecoveryKeyDialog dialog(m_db.path(), *key, m_window);
        dialog.exec();
    }
    return *key;
}

void FileProtection::askEncrypt()
{
    QMessageBox ask(QMessageBox::Question, tr("Encrypt this trial file"),
                    tr("The trial file will be encrypted in place: a checked, encrypted copy "
                       "takes its place and the plain file is not kept. Only you can open it "
                       "at first; every other user opens it once you give them a new password "
                       "(Users). Backups and exports made before stay unencrypted. The window "
                       "closes and you sign in again."),
                    QMessageBox::Ok | QMessageBox::Cancel, m_window);
    ask.button(QMessageBox::Ok)->setText(tr("Encrypt"));
    ask.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    if (ask.exec() != QMessageBox::Ok)
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(m_window, tr("Encrypt this trial file"),
                              tr("Your password (it will open the encrypted file):"),
                              QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty())
        emit encryptRequested(password);
}

} // namespace td
