#pragma once

#include "reporting/Dashboard.h"
#include "trial/LocalText.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <map>
#include <optional>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QWidget;

namespace td {

// What every card of the dashboard needs beside its own figure: the protocol's arm colours
// and visit labels, the chosen instrument, and the moment the figures were computed.
struct DashboardContext
{
    std::map<qint64, QColor> armColours; // empty for those who may not see arms
    // time point code -> the protocol's label, in both languages (shown in the current one)
    std::map<QString, LocalText> visitLabels;
    QString instrumentName; // short name, e.g. HRSD-17
    QDateTime now;          // UTC
};

// Number and text formatting and the chart conventions shared by the dashboard's cards.
class DashboardStyle
{
    Q_DECLARE_TR_FUNCTIONS(DashboardStyle)

public:
    // Numbers in the current locale (QLocale()).
    static QString number(double value, int decimals);
    static QString count(int value);
    // A share (0..1) as a percentage, e.g. "45.6%" / "45,6 %".
    static QString percent(double share, int decimals = 1);
    // "45.6% (39.1–52.3)" for a proportion with its Wilson interval.
    static QString proportion(const Proportion& p);
    // "(lower–upper)" in the unit of the value; empty without an interval.
    static QString interval(const std::optional<Interval>& ci, int decimals, double scale = 1);

    // The arm's protocol colour, or a fixed fallback by position; the pooled group
    // (Dashboard::allArms()) is never arm-coloured: pooledColour().
    static QColor armColour(const DashboardContext& context, qint64 armId, int index);
    // The one group of figures pooled over all arms (Dashboard::allArms()).
    static bool isPooled(const ArmLabel& arm);
    static bool isPooled(qint64 armId);
    // A slate grey that is no protocol colour of the demo and no neutral colour of the sites.
    static QColor pooledColour() { return {0x4a, 0x55, 0x68}; }
    // The group's name and its short label: the arm's name and code, or "All arms" (in the
    // current language) for the pooled group.
    static QString armName(const ArmLabel& arm);
    static QString armCode(const ArmLabel& arm);
    // Colours for things that are not arms (sites, the funnel): greys and greens that no
    // protocol colour of the demo uses, so nothing arm-free looks arm-coloured.
    static QColor neutralColour(int index);
    static QColor inkColour() { return {0x33, 0x33, 0x33}; }

    // A chart view set up the dashboard's way: no animations, antialiased, a light theme,
    // the legend at the bottom, numbers and dates in the current locale.
    static QChartView* makeChartView(QWidget* parent);
    // Removes every series and axis (the chart is rebuilt from its figure).
    static void resetChart(QChart* chart);
    // A vertical interval whisker with caps at `x` (in the x axis' units) from lower to upper;
    // it has no legend entry.
    static void addWhisker(QChart* chart, QAbstractAxis* xAxis, QAbstractAxis* yAxis, qreal x,
                           qreal lower, qreal upper, qreal capHalfWidth, const QColor& colour);
    static void hideFromLegend(QChart* chart, QAbstractSeries* series);
};

} // namespace td
