#include "dashboard/TrajectoryCard.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <limits>

namespace td {

TrajectoryCard::TrajectoryCard(QWidget* parent) : ChartCard(Width::Half, parent)
{
    // Its score axis names the instrument ("Gjennomsnittlig HRSD-17 totalskår"): room for it.
    chartView()->setMinimumHeight(390);
}

void TrajectoryCard::setFigure(const std::vector<TrajectoryCell>& cells,
                               const DashboardContext& context)
{
    m_figure = cells;
    m_context = context;
    redraw();
    show();
}

void TrajectoryCard::clear()
{
    m_figure.reset();
    m_context = {};
    redraw();
    hide();
}

void TrajectoryCard::rebuild()
{
    QChart* c = chart();
    DashboardStyle::resetChart(c);
    const bool pooled =
        m_figure && !m_figure->empty() &&
        std::all_of(m_figure->begin(), m_figure->end(),
                    [](const TrajectoryCell& cell) { return DashboardStyle::isPooled(cell.arm); });
    c->setTitle(
        pooled
            //: Title of the trajectory chart when the arms are pooled; %1: instrument.
            ? tr("Mean %1, all arms pooled, observed cases (95% CI)").arg(m_context.instrumentName)
            //: Title of the trajectory chart; %1 is the instrument, e.g. HRSD-17.
            : tr("Mean %1 per arm, observed cases (95% CI)").arg(m_context.instrumentName));
    if (!m_figure)
        return;

    // The cells come arm by arm, each arm's visits in week order.
    struct ArmLine
    {
        ArmLabel arm;
        QList<QPointF> mean, lower, upper;
    };
    std::vector<ArmLine> lines;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    int lastWeek = 1;
    for (const TrajectoryCell& cell : *m_figure) {
        if (lines.empty() || lines.back().arm.armId != cell.arm.armId)
            lines.push_back({cell.arm, {}, {}, {}});
        const qreal week = cell.weekOffset;
        const double lo = cell.score.ci95 ? cell.score.ci95->lower : cell.score.mean;
        const double hi = cell.score.ci95 ? cell.score.ci95->upper : cell.score.mean;
        lines.back().mean.append({week, cell.score.mean});
        lines.back().lower.append({week, lo});
        lines.back().upper.append({week, hi});
        low = std::min(low, lo);
        high = std::max(high, hi);
        lastWeek = std::max(lastWeek, cell.weekOffset);
    }
    if (lines.empty()) {
        low = 0;
        high = 1;
    }
    auto* xAxis = new QValueAxis;
    xAxis->setRange(0, lastWeek);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->applyNiceNumbers();
    xAxis->setTitleText(tr("Weeks since randomization"));
    auto* yAxis = new QValueAxis;
    yAxis->setRange(std::max(0.0, low - (high - low) * 0.1), high + (high - low) * 0.1);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Mean %1 total").arg(m_context.instrumentName));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ArmLine& line = lines[i];
        const QColor colour =
            DashboardStyle::armColour(m_context, line.arm.armId, static_cast<int>(i));
        auto* band = new QAreaSeries;
        auto* upper = new QLineSeries(band);
        auto* lower = new QLineSeries(band);
        upper->replace(line.upper);
        lower->replace(line.lower);
        band->setUpperSeries(upper);
        band->setLowerSeries(lower);
        QColor fill = colour;
        fill.setAlpha(45);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        band->setName(tr("%1 95% CI").arg(DashboardStyle::armCode(line.arm)));
        c->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        DashboardStyle::hideFromLegend(c, band);

        auto* mean = new QLineSeries;
        mean->replace(line.mean);
        mean->setName(DashboardStyle::armName(line.arm));
        mean->setPen(QPen(colour, 2.2));
        mean->setPointsVisible(true);
        mean->setMarkerSize(7);
        c->addSeries(mean);
        mean->attachAxis(xAxis);
        mean->attachAxis(yAxis);
    }
}

} // namespace td
