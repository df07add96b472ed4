#pragma once

// The adversary's learner: from (feature value, true arm) pairs, how often a lookup table
// guesses the arm right on participants it has not seen.

#include <QString>
#include <map>
#include <string>
#include <vector>

namespace tdadv {

// Feature name -> one (value, arm) pair per randomized participant.
using Features = std::map<std::string, std::vector<std::pair<QString, qint64>>>;

// Two-fold cross-validated accuracy (percent) of a majority table: learnt on the even rows and
// tested on the odd ones, then the other way round. A value never seen in training is guessed
// as `largest`, the largest arm.
double crossValidatedAccuracy(const std::vector<std::pair<QString, qint64>>& rows, qint64 largest);

// Adds one participant's value of one feature.
inline void add(Features& f, const std::string& name, const QString& value, qint64 arm)
{
    f[name].push_back({value, arm});
}

} // namespace tdadv
