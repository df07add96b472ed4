#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <algorithm>
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
    // At most this many problems are listed; the rest are only counted (`unlisted`).
    static constexpr size_t maxProblems = 1000;

    QString file;        // the imported file's name, as named in the audit rows
    qint64 records = 0;  // records read from the file
    qint64 imported = 0; // records written (0 whenever there is a problem)
    std::vector<ImportProblem> problems;
    qint64 unlisted = 0; // problems found beyond the first maxProblems
    // What an import that takes what it can (the REDCap dictionary) left out, with why: not
    // problems, the rest was imported.
    std::vector<ImportProblem> skipped;
    // What the import assumed about the file (translated sentences), e.g. "Columns are
    // separated by semicolons."; shown with the outcome, refused or not.
    QStringList assumptions;
    // A file the import proposes, with --check (the REDCap data import's mapping, as JSON).
    QByteArray proposal;

    bool ok() const { return problems.empty() && unlisted == 0; }
    qint64 problemCount() const { return static_cast<qint64>(problems.size()) + unlisted; }
    void refuse(qint64 atLine, const QString& col, const QString& why)
    {
        if (problems.size() < maxProblems)
            problems.push_back({atLine, col, why});
        else
            ++unlisted;
    }
    // Sorts the problems by line (stable: a line's problems keep their order) and keeps the
    // first maxProblems, counting the others; `moreUnlisted` were counted elsewhere.
    void sortProblems(qint64 moreUnlisted = 0)
    {
        std::stable_sort(
            problems.begin(), problems.end(),
            [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        unlisted += moreUnlisted;
        if (problems.size() > maxProblems) {
            unlisted += static_cast<qint64>(problems.size() - maxProblems);
            problems.resize(maxProblems);
        }
    }
};

// How far an import has got, 0 to 100, reported now and then (at most once a percent) while it
// validates (0-50) and writes (50-100). Returning false cancels it: nothing is written.
using ImportProgress = std::function<bool(int percent)>;

} // namespace td
