#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace td {

// One parsed answer. A letter (a/b) records the direction of change where the instrument
// asks for it; it does not change the score. A non-zero answer without its letter (legacy data,
// other systems' exports) is the score with the direction not recorded (letter 0).
struct ItemValue
{
    int value = 0;
    char letter = 0;
    bool missing = true;
};

// What the scoring engine derives from one set of answers. Always recomputable.
struct Score
{
    QString instrumentId;
    std::optional<double> total; // empty when not scorable (too many missing) or no total
    bool complete = false;       // every scored item answered
    bool prorated = false;
    QString band; // key, empty when none applies
    QStringList flags;
    std::vector<std::pair<QString, std::optional<double>>> subscales;

    // {"instrument": ..., "total": ..., "complete": ..., "prorated": ..., "band": ...,
    //  "flags": [...], "subscales": {...}} in this order (the command line's interface).
    QString toJson() const;
    bool operator==(const Score& other) const = default;
};

QString jsonNumber(double value);

} // namespace td
