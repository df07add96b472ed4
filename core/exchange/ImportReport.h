#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <vector>

namespace td {

// One refused piece of an import file: where it is and why it was refused. `line` is the
// 1-based physical line of the file where the record starts (0 when the problem concerns the
// whole file); `column` names the CSV column, ODM element/attribute or REDCap field.
struct ImportProblem
{
    qint64 line = 0;
    QString column;
    QString reason; // translated
};

// The outcome of validating (and, when clean, applying) an import. Every import validates the
// whole file before writing; when `problems` is non-empty nothing was written.
struct ImportReport
{
    QString file;        // the imported file's name, as named in the audit rows
    qint64 records = 0;  // records read from the file
    qint64 imported = 0; // records written (0 whenever problems is non-empty)
    std::vector<ImportProblem> problems;

    bool ok() const { return problems.empty(); }
    void refuse(qint64 atLine, const QString& col, const QString& why)
    {
        problems.push_back({atLine, col, why});
    }
};

// How far an import has got, 0 to 100, reported now and then (at most once a percent) while it
// validates (0-50) and writes (50-100). Returning false cancels it: nothing is written.
using ImportProgress = std::function<bool(int percent)>;

} // namespace td
