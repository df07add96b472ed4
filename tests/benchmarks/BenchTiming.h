#pragma once

// Timing for the benchmark executables: the first (cold) run and the median of the following
// runs, in milliseconds of wall-clock time and of this process' CPU time (the latter tells the
// work apart from a busy machine); and the process' resident memory.

#include <QFile>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
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

} // namespace td::bench
