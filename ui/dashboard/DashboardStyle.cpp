#include "dashboard/DashboardStyle.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <array>

namespace td {

QString DashboardStyle::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString DashboardStyle::count(int value)
{
    return QLocale().toString(value);
}

QString DashboardStyle::percent(double share, int decimals)
{
    //: A percentage; %1 is the number (Norwegian puts a space before the sign).
    return tr("%1%").arg(number(share * 100, decimals));
}

QString DashboardStyle::interval(const std::optional<Interval>& ci, int decimals, double scale)
{
    if (!ci)
        return {};
    //: A 95% confidence interval: lower–upper.
    return tr("(%1–%2)").arg(number(ci->lower * scale, decimals),
                             number(ci->upper * scale, decimals));
}

QString DashboardStyle::proportion(const Proportion& p)
{
    if (p.total == 0)
        return tr("–");
    return percent(p.value) + QLatin1Char(' ') + interval(p.ci95, 1, 100);
}

bool DashboardStyle::isPooled(qint64 armId)
{
    return armId == Dashboard::allArms().armId;
}

bool DashboardStyle::isPooled(const ArmLabel& arm)
{
    return isPooled(arm.armId);
}

QString DashboardStyle::armName(const ArmLabel& arm)
{
    if (isPooled(arm))
        return Dashboard::allArms().name;
    // The protocol's name in the language shown (the participant page's LocalText rule).
    return LocalText(arm.name, arm.nameNb.isEmpty() ? arm.name : arm.nameNb).text();
}

QString DashboardStyle::armCode(const ArmLabel& arm)
{
    return isPooled(arm) ? Dashboard::allArms().name : arm.code;
}

QColor DashboardStyle::armColour(const DashboardContext& context, qint64 armId, int index)
{
    if (isPooled(armId))
        return pooledColour();
    const auto found = context.armColours.find(armId);
    if (found != context.armColours.end() && found->second.isValid())
        return found->second;
    static const std::array<QColor, 4> fallback = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd),
        QColor(0x8c, 0x56, 0x4b)};
    return fallback[static_cast<std::size_t>(index) % fallback.size()];
}

QColor DashboardStyle::neutralColour(int index)
{
    static const std::array<QColor, 5> palette = {
        QColor(0x2a, 0x9d, 0x8f), QColor(0xe9, 0xa0, 0x3b), QColor(0x6b, 0x8e, 0x23),
        QColor(0x70, 0x70, 0x70), QColor(0x26, 0x46, 0x53)};
    return palette[static_cast<std::size_t>(index) % palette.size()];
}

QChartView* DashboardStyle::makeChartView(QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0); // no grey ring inside the card
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    // Tall enough for a vertical axis title of about 30 characters in either language.
    view->setMinimumHeight(340);
    return view;
}

void DashboardStyle::resetChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(QLocale());
}

void DashboardStyle::addWhisker(QChart* chart, QAbstractAxis* xAxis, QAbstractAxis* yAxis, qreal x,
                                qreal lower, qreal upper, qreal capHalfWidth, const QColor& colour)
{
    auto* whisker = new QLineSeries;
    // One polyline: the lower cap, the bar, the upper cap.
    whisker->replace(QList<QPointF>{{x - capHalfWidth, lower},
                                    {x + capHalfWidth, lower},
                                    {x, lower},
                                    {x, upper},
                                    {x - capHalfWidth, upper},
                                    {x + capHalfWidth, upper}});
    QPen pen(colour.darker(150));
    pen.setWidthF(1.5);
    whisker->setPen(pen);
    chart->addSeries(whisker);
    whisker->attachAxis(xAxis);
    whisker->attachAxis(yAxis);
    hideFromLegend(chart, whisker);
}

void DashboardStyle::hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace td
