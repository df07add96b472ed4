#include "dashboard/ArmSizesCard.h"

#include "dashboard/ArmBars.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

namespace td {

ArmSizesCard::ArmSizesCard(QWidget* parent) : ChartCard(Width::Half, parent) {}

void ArmSizesCard::setFigure(const std::vector<ArmSize>& sizes, const DashboardContext& context)
{
    m_figure = sizes;
    m_context = context;
    redraw();
    show();
}

void ArmSizesCard::clear()
{
    m_figure.reset();
    m_context = {};
    redraw();
    hide();
}

void ArmSizesCard::rebuild()
{
    QChart* c = chart();
    DashboardStyle::resetChart(c);
    if (!m_figure) {
        c->setTitle(tr("Arm sizes"));
        return;
    }
    int total = 0;
    int largest = 1;
    std::vector<ArmBar> bars;
    for (std::size_t i = 0; i < m_figure->size(); ++i) {
        const ArmSize& s = (*m_figure)[i];
        total += s.randomized;
        largest = std::max(largest, s.randomized);
        bars.push_back({tr("%1: %2").arg(s.arm.code, DashboardStyle::count(s.randomized)),
                        DashboardStyle::armName(s.arm),
                        DashboardStyle::armColour(m_context, s.arm.armId, static_cast<int>(i)),
                        static_cast<double>(s.randomized), std::nullopt});
    }
    c->setTitle(tr("Arm sizes (%1 randomized)").arg(DashboardStyle::count(total)));
    const ArmBarAxes axes = addArmBars(c, bars, largest * 1.1);
    axes.values->setLabelFormat(QStringLiteral("%.0f"));
    axes.values->applyNiceNumbers();
    axes.values->setTitleText(tr("Randomized"));
}

} // namespace td
