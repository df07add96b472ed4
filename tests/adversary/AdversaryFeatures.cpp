#include "AdversaryFeatures.h"

namespace tdadv {

namespace {

std::pair<int, int> trainAndTest(const std::vector<std::pair<QString, qint64>>& rows,
                                 std::size_t train, qint64 largest)
{
    std::map<QString, std::map<qint64, int>> table;
    for (std::size_t i = train; i < rows.size(); i += 2)
        ++table[rows[i].first][rows[i].second];
    int right = 0, total = 0;
    for (std::size_t i = 1 - train; i < rows.size(); i += 2) {
        qint64 guess = largest;
        if (auto t = table.find(rows[i].first); t != table.end()) {
            int best = -1;
            for (const auto& [arm, n] : t->second)
                if (n > best) {
                    best = n;
                    guess = arm;
                }
        }
        right += guess == rows[i].second ? 1 : 0;
        ++total;
    }
    return {right, total};
}

} // namespace

double crossValidatedAccuracy(const std::vector<std::pair<QString, qint64>>& rows, qint64 largest)
{
    const auto a = trainAndTest(rows, 0, largest);
    const auto b = trainAndTest(rows, 1, largest);
    const int total = a.second + b.second;
    return total ? 100.0 * (a.first + b.first) / total : 0;
}

} // namespace tdadv
