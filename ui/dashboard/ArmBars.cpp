#include "dashboard/ArmBars.h"

#include "dashboard/DashboardStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace td {

ArmBarAxes addArmBars(QChart* chart, const std::vector<ArmBar>& bars, double maxValue)
{
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.55);
    QStringList categories;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        auto* set = new QBarSet(bars[i].legend);
        set->setColor(bars[i].colour);
        set->setBorderColor(bars[i].colour.darker(130));
        for (std::size_t k = 0; k < bars.size(); ++k)
            set->append(k == i ? bars[i].value : 0.0);
        series->append(set);
        categories << bars[i].category;
    }
    chart->addSeries(series);
    ArmBarAxes axes;
    axes.categories = new QBarCategoryAxis;
    axes.categories->append(categories);
    axes.values = new QValueAxis;
    axes.values->setRange(0, maxValue);
    chart->addAxis(axes.categories, Qt::AlignBottom);
    chart->addAxis(axes.values, Qt::AlignLeft);
    series->attachAxis(axes.categories);
    series->attachAxis(axes.values);
    for (std::size_t i = 0; i < bars.size(); ++i)
        if (bars[i].ci95)
            DashboardStyle::addWhisker(chart, axes.categories, axes.values, static_cast<qreal>(i),
                                       bars[i].ci95->lower, bars[i].ci95->upper, 0.08,
                                       bars[i].colour);
    return axes;
}

} // namespace td
