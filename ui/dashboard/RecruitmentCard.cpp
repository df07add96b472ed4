#include "dashboard/RecruitmentCard.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace td {

namespace {

qreal msecs(const QDate& date)
{
    return static_cast<qreal>(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

RecruitmentCard::RecruitmentCard(QWidget* parent) : ChartCard(Width::Full, parent)
{
    chartView()->setMinimumHeight(360);
}

void RecruitmentCard::setFigure(const Recruitment& recruitment)
{
    m_figure = recruitment;
    redraw();
    show();
}

void RecruitmentCard::clear()
{
    m_figure.reset();
    redraw();
    hide();
}

void RecruitmentCard::rebuild()
{
    QChart* c = chart();
    DashboardStyle::resetChart(c);
    if (!m_figure) {
        c->setTitle(tr("Recruitment"));
        return;
    }
    const Recruitment& r = *m_figure;
    const int total = r.curves.empty() ? 0 : r.curves.front().total;
    c->setTitle(r.target > 0
                    ? tr("Recruitment: %1 randomized of a target of %2")
                          .arg(DashboardStyle::count(total), DashboardStyle::count(r.target))
                    : tr("Recruitment: %1 randomized").arg(DashboardStyle::count(total)));

    // The date range: the recruitment period, widened to every randomization.
    QDate first = r.start;
    QDate last = r.end;
    for (const RecruitmentCurve& curve : r.curves)
        if (!curve.points.empty()) {
            if (!first.isValid() || curve.points.front().date < first)
                first = curve.points.front().date;
            if (!last.isValid() || curve.points.back().date > last)
                last = curve.points.back().date;
        }
    if (!first.isValid())
        first = QDate::currentDate();
    if (!last.isValid() || last <= first)
        last = first.addDays(1);

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    xAxis->setRange(first.startOfDay(Qt::UTC), last.startOfDay(Qt::UTC));
    xAxis->setTickCount(7);
    xAxis->setTitleText(tr("Date of randomization"));
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0, std::max(1, std::max(total, r.target)) * 1.05);
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("Randomized (cumulative)"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    // One line per curve, as a step from 0 at the start: a point per randomization date.
    int siteIndex = 0;
    for (const RecruitmentCurve& curve : r.curves) {
        auto* series = new QLineSeries;
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(curve.points.size()) + 1);
        points.append({msecs(first), 0});
        for (const RecruitmentPoint& p : curve.points)
            points.append({msecs(p.date), static_cast<qreal>(p.cumulative)});
        series->replace(points);
        QPen pen;
        if (curve.siteId == 0) {
            series->setName(tr("All sites (n = %1)").arg(DashboardStyle::count(curve.total)));
            pen = QPen(DashboardStyle::inkColour(), 2.5);
        } else {
            series->setName(
                tr("Site %1 (n = %2)").arg(curve.siteCode, DashboardStyle::count(curve.total)));
            pen = QPen(DashboardStyle::neutralColour(siteIndex++), 1.8);
        }
        series->setPen(pen);
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (r.target > 0 && r.start.isValid() && r.end.isValid()) {
        auto* target = new QLineSeries;
        target->setName(tr("Target (%1 by %2)")
                            .arg(DashboardStyle::count(r.target),
                                 QLocale().toString(r.end, QLocale::ShortFormat)));
        target->replace(
            QList<QPointF>{{msecs(r.start), 0}, {msecs(r.end), static_cast<qreal>(r.target)}});
        QPen pen(QColor(0x99, 0x99, 0x99), 1.8, Qt::DashLine);
        target->setPen(pen);
        c->addSeries(target);
        target->attachAxis(xAxis);
        target->attachAxis(yAxis);
    }
}

} // namespace td
