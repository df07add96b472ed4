#include "dashboard/FunnelCard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace td {

FunnelCard::FunnelCard(QWidget* parent) : ChartCard(Width::Half, parent) {}

void FunnelCard::setFigure(const ScreeningFunnel& funnel)
{
    m_figure = funnel;
    redraw();
    show();
}

void FunnelCard::clear()
{
    m_figure.reset();
    redraw();
    hide();
}

void FunnelCard::rebuild()
{
    QChart* c = chart();
    DashboardStyle::resetChart(c);
    c->setTitle(tr("Screening funnel"));
    c->legend()->hide();
    if (!m_figure)
        return;
    const ScreeningFunnel& f = *m_figure;
    const std::pair<QString, int> steps[] = {{tr("Randomized"), f.randomized},
                                             {tr("Consented"), f.consented},
                                             {tr("Eligible"), f.eligible},
                                             {tr("Assessed"), f.assessed}};
    // Horizontal bars run bottom-up: the last step first, so that "Assessed" is on top.
    auto* set = new QBarSet(tr("Participants"));
    set->setColor(DashboardStyle::neutralColour(0));
    set->setBorderColor(DashboardStyle::neutralColour(0).darker(120));
    QStringList categories;
    for (const auto& [label, n] : steps) {
        set->append(n);
        const QString share = f.assessed > 0
                                  ? DashboardStyle::percent(static_cast<double>(n) / f.assessed)
                                  : QString();
        //: A step of the screening funnel: name, count, share of those assessed.
        categories << tr("%1: %2 (%3)").arg(label, DashboardStyle::count(n), share);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    auto* xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setRange(0, std::max(1, f.assessed));
    xAxis->applyNiceNumbers();
    xAxis->setTitleText(tr("Participants"));
    c->addAxis(yAxis, Qt::AlignLeft);
    c->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
}

} // namespace td
