#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace td {

class Database;

// How the trial file lies on disk. Every change appends pages, so the clinical tables' pages
// interleave with the audit trail's and a screen that reads a table on a cold file cache seeks
// all over the file; compact() rewrites it with each table in consecutive pages.
struct FileLayout
{
    qint64 pageSize = 0;
    qint64 pages = 0;          // pages in the file
    qint64 freePages = 0;      // unused pages (the file can shrink by these)
    qint64 dataPages = 0;      // leaf pages of every table and index but the audit trail
    qint64 scatteredPages = 0; // of those, pages that do not follow their predecessor
    // The share of data pages out of order (0: each table reads straight through).
    double scattered() const
    {
        return dataPages > 0 ? static_cast<double>(scatteredPages) / dataPages : 0.0;
    }
    // Whether compacting is worth it: a file of some size whose data pages are scattered or
    // that holds many free pages.
    bool worthCompacting() const;
};

struct CompactionResult
{
    FileLayout before;
    FileLayout after;
};

class FileCompaction
{
    Q_DECLARE_TR_FUNCTIONS(FileCompaction)

public:
    // A file of fewer pages reads fast whatever its layout.
    static constexpr qint64 minimumDataPages = 2048;
    static constexpr double scatteredThreshold = 0.25;

    static Result<FileLayout> measure(Database& db);
    // Rewrites the file (VACUUM) with each table in consecutive pages, then folds the
    // write-ahead log back into it, and audits it. SQLite's VACUUM is one atomic change: when it
    // fails (no disk space, the file locked by another writer, a crash) the file stays as it
    // was. Refused inside a transaction, and when the disk lacks room for the copy.
    static Result<CompactionResult> compact(Database& db, const Actor& actor);
};

} // namespace td
