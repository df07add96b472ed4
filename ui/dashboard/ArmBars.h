#pragma once

#include "reporting/Statistics.h"

#include <QColor>
#include <QString>
#include <optional>
#include <vector>

class QBarCategoryAxis;
class QChart;
class QValueAxis;

namespace td {

// One bar per arm in the arm's colour (a stacked series in which each arm's set has a value
// in its own category only, so every bar is centred on its category), optionally with a 95%
// interval whisker.
struct ArmBar
{
    QString category; // under the bar
    QString legend;   // the legend entry
    QColor colour;
    double value = 0;
    std::optional<Interval> ci95;
};

struct ArmBarAxes
{
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;
};

ArmBarAxes addArmBars(QChart* chart, const std::vector<ArmBar>& bars, double maxValue);

} // namespace td
