#pragma once

#include <QString>

namespace td {

// Where and how many automatic backups the window makes when it closes; remembered per
// trial file in the user's settings. Default: on, into a "backups" folder beside the trial
// file, keeping the last 10.
struct BackupSettings
{
    bool onClose = true;
    QString folder;
    int keep = 10;

    static BackupSettings load(const QString& trialFile);
    void save(const QString& trialFile) const;
};

} // namespace td
