#pragma once

#include "exchange/ServerBackup.h"

#include <QGroupBox>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace td {

class Database;

// The Data tools' backups on a server trial (docs/postgresql.md, "Backups on a server"): what
// backup and restore mean there, the commands the server's administrator runs with the trial's
// own address (ServerBackup), and that there is nothing to compact. Nothing here writes.
class ServerBackupBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServerBackupBox(Database& db, QWidget* parent = nullptr);
    // The commands shown, or empty when the server did not say who owns the tables.
    QString dumpCommand() const;
    QString restoreCommand() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    std::optional<ServerBackup::Plan> m_plan;
    QString m_planError;
    QLabel* m_about;
    QLabel* m_dumpLabel;
    QLineEdit* m_dump;
    QPushButton* m_copyDump;
    QLabel* m_restoreLabel;
    QLabel* m_restoreText;
    QLineEdit* m_restore;
    QPushButton* m_copyRestore;
    QLabel* m_compactNote;
};

} // namespace td
