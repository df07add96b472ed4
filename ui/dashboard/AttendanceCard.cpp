#include "dashboard/AttendanceCard.h"

#include "dashboard/ArmBars.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QValueAxis>

namespace td {

AttendanceCard::AttendanceCard(QWidget* parent) : ChartCard(Width::Half, parent) {}

void AttendanceCard::setFigure(const std::vector<ArmAttendance>& attendance,
                               const DashboardContext& context)
{
    m_figure = attendance;
    m_context = context;
    redraw();
    show();
}

void AttendanceCard::clear()
{
    m_figure.reset();
    m_context = {};
    redraw();
    hide();
}

void AttendanceCard::rebuild()
{
    QChart* c = chart();
    DashboardStyle::resetChart(c);
    c->setTitle(tr("Session attendance per arm (95% CI)"));
    if (!m_figure)
        return;
    std::vector<ArmBar> bars;
    for (std::size_t i = 0; i < m_figure->size(); ++i) {
        const ArmAttendance& a = (*m_figure)[i];
        const MeanEstimate& m = a.proportionOfDose;
        std::optional<Interval> ci;
        if (m.ci95)
            ci = Interval{m.ci95->lower * 100, m.ci95->upper * 100};
        //: Under an arm's attendance bar (two lines): arm code, mean share, interval, plan.
        bars.push_back({tr("%1: %2 %3<br>of %Ln planned session(s)", "", a.planned)
                            .arg(a.arm.code, DashboardStyle::percent(m.mean),
                                 DashboardStyle::interval(m.ci95, 1, 100)),
                        DashboardStyle::armName(a.arm),
                        DashboardStyle::armColour(m_context, a.arm.armId, static_cast<int>(i)),
                        m.mean * 100, ci});
    }
    const ArmBarAxes axes = addArmBars(c, bars, 100);
    axes.values->setLabelFormat(QStringLiteral("%.0f"));
    axes.values->setTickCount(6);
    axes.values->setTitleText(tr("% of planned sessions"));
    // The two-line labels fit the category; Qt Charts would cut them at the first line's end.
    axes.categories->setTruncateLabels(false);
}

} // namespace td
