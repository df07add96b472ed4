#pragma once

#include <QString>

namespace td {

class Database;

// Where and how many automatic backups the window makes when it closes; remembered per
// trial in the user's settings, under the database's own key (Database::settingsKey: the
// file's absolute path, or the server's host, port and database). Default: on, into a
// "backups" folder beside the trial file, keeping the last 10. A server trial has none
// (its backups are the server's, ServerBackup): load() gives it no folder and no backup on
// closing.
struct BackupSettings
{
    bool onClose = true;
    QString folder;
    int keep = 10;

    static BackupSettings load(const Database& db);
    void save(const Database& db) const;
    // The settings' group for a database key (tests).
    static QString group(const QString& settingsKey);
};

} // namespace td
