#pragma once

#include "common/Random.h"

#include <QString>
#include <QStringList>

namespace td {

// Plausible raw item values for the demo trial, driven by one latent severity per visit.
// (The demo only; real scoring lives with the instrument definitions.)
class DemoScores
{
public:
    // hrsd: the participant's HRSD-17 total at this visit (0-52); improvement: 0..1 share of
    // the expected treatment effect reached so far (mentalizing scales improve with it).
    static QStringList items(const QString& instrumentId, double hrsd, double improvement,
                             Random& rnd);

private:
    // Spreads a total over items; the item at `rare` (a suicide item, -1 for none) takes points
    // only rarely, as in real samples.
    static std::vector<int> spread(int total, const std::vector<int>& maxima, Random& rnd,
                                   int rare = -1);
};

} // namespace td
