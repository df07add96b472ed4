#include "dashboard/ChangeCard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace td {

namespace {
constexpr qreal barWidth = 0.75;
}

ChangeCard::ChangeCard(QWidget* parent) : ChartCard(Width::Half, parent) {}

void ChangeCard::setFigure(const std::vector<ChangeClasses>& classes,
                           const DashboardContext& context)
{
    m_figure = classes;
    m_context = context;
    redraw();
    show();
}

void ChangeCard::clear()
{
    m_figure.reset();
    m_context = {};
    redraw();
    hide();
}

void ChangeCard::rebuild()
{
    QChart* c = chart();
    DashboardStyle::resetChart(c);
    //: Title of the change chart; %1 is the instrument.
    c->setTitle(
        tr("Change in %1, baseline to latest score (Wilson 95% CI)").arg(m_context.instrumentName));
    if (!m_figure)
        return;
    const QStringList categories{tr("Recovered"), tr("Improved"), tr("Unchanged"),
                                 tr("Deteriorated")};
    auto* series = new QBarSeries;
    series->setBarWidth(barWidth);
    for (std::size_t i = 0; i < m_figure->size(); ++i) {
        const ChangeClasses& arm = (*m_figure)[i];
        auto* set = new QBarSet(
            tr("%1 (n = %2)").arg(DashboardStyle::armName(arm.arm), DashboardStyle::count(arm.n)));
        const QColor colour =
            DashboardStyle::armColour(m_context, arm.arm.armId, static_cast<int>(i));
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
        for (const Proportion* p :
             {&arm.recovered, &arm.improved, &arm.unchanged, &arm.deteriorated})
            set->append(p->value * 100);
        series->append(set);
    }
    c->addSeries(series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("% of participants"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);

    // Whiskers at the centre of each bar: category - width/2 + (set + 0.5) * width / sets.
    const auto sets = static_cast<qreal>(m_figure->size());
    for (std::size_t i = 0; i < m_figure->size(); ++i) {
        const ChangeClasses& arm = (*m_figure)[i];
        const QColor colour =
            DashboardStyle::armColour(m_context, arm.arm.armId, static_cast<int>(i));
        int category = 0;
        for (const Proportion* p :
             {&arm.recovered, &arm.improved, &arm.unchanged, &arm.deteriorated}) {
            if (p->ci95) {
                const qreal x =
                    category - barWidth / 2 + (static_cast<qreal>(i) + 0.5) * barWidth / sets;
                DashboardStyle::addWhisker(c, xAxis, yAxis, x, p->ci95->lower * 100,
                                           p->ci95->upper * 100, 0.25 * barWidth / sets, colour);
            }
            ++category;
        }
    }
}

} // namespace td
