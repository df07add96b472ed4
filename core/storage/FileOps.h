#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace td {

// The few file operations that keep a trial's data to its owner and never destroy a file by
// accident: trial files, backups and exports are created readable and writable by their owner
// only (0600), and a finished file is moved into place without replacing one that is there.
class FileOps
{
    Q_DECLARE_TR_FUNCTIONS(FileOps)

public:
    // Owner read and write only (0600).
    static constexpr QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
        QFileDevice::WriteUser;

    // Creates an empty file that only its owner may read and write; refuses an existing one.
    static Status createPrivate(const QString& path);
    // The whole file, or NotFound naming it and why it could not be read.
    static Result<QByteArray> readWhole(const QString& path);
    // What a program that does not restrict its files gives a new file: 0666 less the umask.
    static QFileDevice::Permissions umaskPermissions();
    // Whether this program may change the file: the file and its folder are writable (SQLite
    // writes its journal beside the file). A file or folder without any write permission bit
    // counts as read-only for the superuser too, who could write it anyway.
    static bool writable(const QString& path);
    // Writes the file's content to the disk (fsync), so a rename after it publishes the data.
    static bool sync(const QString& path);
    // Moves `from` to `to` in the same folder. Without `replace`, an existing `to` is never
    // replaced, even one that appears meanwhile; with it, `to` is replaced in one step.
    static Status place(const QString& from, const QString& to, bool replace);
    // Whether two paths name the same file (the same inode, whatever the path or link).
    static bool sameFile(const QString& a, const QString& b);
};

} // namespace td
