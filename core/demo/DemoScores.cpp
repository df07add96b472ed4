#include "demo/DemoScores.h"

#include <algorithm>
#include <cmath>

namespace td {

namespace {
int clampRound(double v, int lo, int hi)
{
    return std::clamp(static_cast<int>(std::lround(v)), lo, hi);
}

QStringList toStrings(const std::vector<int>& values)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(values.size()));
    for (int v : values)
        out << QString::number(v);
    return out;
}

std::vector<int> hrsdMaxima()
{
    // Items 1,2,3,7,8,9,10,11,15 are 0-4; the others 0-2.
    std::vector<int> m(17, 2);
    for (int i : {1, 2, 3, 7, 8, 9, 10, 11, 15})
        m[static_cast<std::size_t>(i - 1)] = 4;
    return m;
}
} // namespace

std::vector<int> DemoScores::spread(int total, const std::vector<int>& maxima, Random& rnd,
                                    int rare)
{
    std::vector<int> values(maxima.size(), 0);
    int capacity = 0;
    for (int m : maxima)
        capacity += m;
    total = std::clamp(total, 0, capacity);
    for (int placed = 0; placed < total;) {
        const auto i = static_cast<std::size_t>(rnd.below(maxima.size()));
        if (static_cast<int>(i) == rare && (total < capacity / 2 || !rnd.chance(0.03)))
            continue;
        if (values[i] < maxima[i]) {
            ++values[i];
            ++placed;
        }
    }
    return values;
}

QStringList DemoScores::items(const QString& id, double hrsd, double improvement, Random& rnd)
{
    if (id == QStringLiteral("hrsd17"))
        return toStrings(spread(clampRound(hrsd, 0, 52), hrsdMaxima(), rnd, 2));
    if (id == QStringLiteral("bdi2")) {
        QStringList out = toStrings(spread(clampRound(hrsd * 1.3 + rnd.normal() * 3.0, 0, 63),
                                           std::vector<int>(21, 3), rnd, 8));
        // Sleep (16) and appetite (18) record the direction of change with the score.
        for (int i : {15, 17})
            if (out[i] != QStringLiteral("0"))
                out[i] += rnd.chance(0.5) ? QStringLiteral("a") : QStringLiteral("b");
        return out;
    }
    if (id == QStringLiteral("phq9")) {
        const int total = clampRound(hrsd * 0.7 + rnd.normal() * 2.0, 0, 27);
        QStringList out = toStrings(spread(total, std::vector<int>(9, 3), rnd, 8));
        out << QString::number(std::min(3, total / 7)); // item 10: difficulty, not scored
        if (rnd.chance(0.03))
            out[static_cast<qsizetype>(rnd.below(9))] = QStringLiteral("NA");
        return out;
    }
    if (id == QStringLiteral("gad7"))
        return toStrings(spread(clampRound(hrsd * 0.45 + rnd.normal() * 2.0, 0, 21),
                                std::vector<int>(7, 3), rnd));
    if (id == QStringLiteral("wsas"))
        return toStrings(spread(clampRound(hrsd * 0.9 + rnd.normal() * 3.0, 0, 40),
                                std::vector<int>(5, 8), rnd));
    if (id == QStringLiteral("rfq8")) {
        // Low certainty and high uncertainty about mental states ease as therapy works.
        QStringList out;
        for (int i = 0; i < 8; ++i)
            out << QString::number(clampRound(4.5 - improvement + rnd.normal() * 1.3, 1, 7));
        return out;
    }
    if (id == QStringLiteral("rfs"))
        return {QString::number(clampRound(3.5 + 1.5 * improvement + rnd.normal() * 0.8, -1, 9))};
    return {};
}

} // namespace td
