#pragma once

// What the benchmark executables share: opening the trial named by --db (with --runs), the
// first active user of a role, timing (the first, cold run and the median of the following
// runs, in milliseconds of wall-clock time and of this process' CPU time, which tells the work
// apart from a busy machine) and the process' resident memory.

#include "access/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace td::bench {

inline double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Runs `work` 1 + runs times and prints the figures; false when the work failed.
inline bool time(const char* label, int runs, const std::function<bool()>& work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i <= runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuMs();
        if (!work()) {
            std::printf("%-34s failed\n", label);
            return false;
        }
        cpu.push_back(cpuMs() - cpuStart);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::printf("%-34s first %7.1f ms (cpu %7.1f)   median %7.1f ms (cpu %7.1f)\n", label,
                wall.front(), cpu.front(), median({wall.begin() + 1, wall.end()}),
                median({cpu.begin() + 1, cpu.end()}));
    return true;
}

// Resident memory now and at its peak (VmRSS, VmHWM), in MiB; -1 when unknown.
inline std::pair<double, double> residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double now = -1;
    double peak = -1;
    if (!f.open(QIODevice::ReadOnly))
        return {now, peak};
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmRSS:")
            now = parts[1].toDouble() / 1024.0;
        if (parts.size() >= 2 && parts[0] == "VmHWM:")
            peak = parts[1].toDouble() / 1024.0;
    }
    return {now, peak};
}

// The trial of `--db FILE` and `--runs N` (default 5), opened, with a line saying what it
// holds; nothing (after the usage or the error on stderr) when it cannot be opened.
struct BenchTrial
{
    std::unique_ptr<Database> db;
    QString path;
    int runs = 5;
};

inline std::optional<BenchTrial> openTrial(const char* program)
{
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    BenchTrial trial;
    trial.path = arg("--db", QString());
    trial.runs = std::max(1, arg("--runs", QStringLiteral("5")).toInt());
    if (trial.path.isEmpty() || !QFileInfo::exists(trial.path)) {
        std::fprintf(stderr, "usage: %s --db FILE [--runs N]\n", program);
        return std::nullopt;
    }
    auto db = Database::open(trial.path);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return std::nullopt;
    }
    trial.db = std::move(db).value();
    auto participants = trial.db->scalar(QStringLiteral("SELECT COUNT(*) FROM participant"));
    std::printf("%s: %lld participants, %d runs after the first\n", qPrintable(trial.path),
                participants.ok() ? participants->toLongLong() : -1LL, trial.runs);
    return trial;
}

// The first active user with the role key (principal_investigator, coordinator, ...): the
// benchmarks need no password. A zero user id when there is none.
inline Actor firstUser(Database& db, Role role, const char* key, const char* name)
{
    auto id = db.scalar(
        QStringLiteral("SELECT id FROM users WHERE role = ? AND active = 1 ORDER BY id LIMIT 1"),
        {QString::fromLatin1(key)});
    return {id.ok() ? id->toLongLong() : 0, QString::fromLatin1(name), role};
}

} // namespace td::bench
