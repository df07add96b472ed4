#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "storage/Database.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace td {

class Database;
class LockTimeBox;
class ServerBackupBox;

// The data tools of the statistician and the administrator: analysis exports, backups
// (now, on close, and restore; on a server trial, what the server's administrator runs
// instead: ServerBackupBox), a check of the audit trail, and the administrator's lock time.
// Each part is shown only to roles that may use it; core checks again.
class DataToolsView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    DataToolsView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Whether this role has any tool here.
    bool hasTools() const;
    // Each action writes its outcome to the status line and returns it (an error or a report).
    QString exportTo(const QString& formatKey, const QString& path);
    // Rewrites the trial file with each table in consecutive pages when it is scattered
    // (FileCompaction), or says that it is in order; returns what it said.
    QString compactFile();
    QString backupNow();
    QString verifyAuditTrail();
    QString statusText() const;
    // The server trial's backup commands (null for a file, or a role without backups).
    ServerBackupBox* serverBackups() const { return m_serverBackups; }
    // Chooses the backup to restore instead of the file dialog (tests): the file, or "" for
    // none.
    void setRestoreFileChooser(std::function<QString()> choose)
    {
        m_chooseRestoreFile = std::move(choose);
    }

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

signals:
    // The user confirmed a restore from this backup file (an encrypted one with what opens
    // it); the window must close the trial first, so the application does it.
    void restoreRequested(const QString& backupFile, const td::Database::Unlock& unlock);
    // The administrator set a new lock time (minutes without input).
    void lockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void listFormats();
    void chooseExportFile();
    void chooseRestoreFile();
    void saveBackupSettings();
    void showStatus(const QString& text, bool error);

    Database& m_db;
    Actor m_actor;
    std::function<QString()> m_chooseRestoreFile;
    QGroupBox* m_exportBox;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QCheckBox* m_blinded;
    QPushButton* m_export;
    QLabel* m_plaintextNote; // exports are plaintext (docs/encryption.md)
    QGroupBox* m_backupBox;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    QLabel* m_backupNote; // whether backups are encrypted, as the trial is
    QCheckBox* m_onClose;
    QPushButton* m_backupNow;
    QPushButton* m_restore;
    QPushButton* m_compact;
    QGroupBox* m_auditBox;
    QLabel* m_auditText;
    QPushButton* m_verify;
    LockTimeBox* m_lockTime = nullptr;
    ServerBackupBox* m_serverBackups = nullptr; // a server trial's, instead of m_backupBox
    QLabel* m_status;
};

} // namespace td
