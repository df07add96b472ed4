#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QTemporaryFile>
#include <memory>

namespace td {

struct ExportFileOptions
{
    // An existing file may be replaced (the command line's --force; the window asks first).
    // Never a trial, a backup or a database's journal: those are refused whatever this says.
    bool replace = false;
    // The finished file gets the permissions of the user's umask (0666 less it) instead of
    // 0600, readable by its owner only.
    bool followUmask = false;
};

// Every export file is written through this class (data sets, codebook, ODM, allocation list,
// protocol files, reports, pictures): the rule for where an export may go lives here alone.
// The file is written under a temporary name in the target's folder, readable by its owner
// only, and moved into place when complete: the target appears whole or not at all.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // `openTrial`: the trial file the export is read from (may be empty).
    ExportFile(QString target, QString openTrial, ExportFileOptions options = {});
    ~ExportFile(); // removes the temporary file unless committed
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;

    // Checks the target and creates the temporary file beside it.
    Status open();
    QIODevice& device() { return m_file; }
    // Writes the data to the disk, sets the permissions and moves the file into place.
    Status commit();
    // Removes the temporary file; nothing appears at the target.
    void cancel();

    // Refuses, with a message naming what was wrong and what is allowed: an empty name, a
    // folder, a missing folder, the open trial file or its -wal, -shm or -journal file, any
    // TrialDesk database (a trial or a backup, known by its content, not its name) or
    // database journal, and an existing file unless `options.replace`.
    static Status checkTarget(const QString& target, const QString& openTrial,
                              const ExportFileOptions& options);
    // open(), the bytes, commit().
    static Status write(const QString& target, const QByteArray& bytes, const QString& openTrial,
                        const ExportFileOptions& options);

private:
    QString m_target;
    QString m_openTrial;
    ExportFileOptions m_options;
    QTemporaryFile m_file;
    bool m_open = false;
};

} // namespace td
