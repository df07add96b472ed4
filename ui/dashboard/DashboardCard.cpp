#include "dashboard/DashboardCard.h"

#include "common/LegendSwatches.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace td {

DashboardCard::DashboardCard(Width width, QWidget* parent)
    : QFrame(parent), m_width(width), m_heading(new QLabel(this)), m_body(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("dashboardCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->hide();
    m_body->setContentsMargins(8, 8, 8, 8);
    m_body->addWidget(m_heading);
}

QString DashboardCard::heading() const
{
    return m_heading->text();
}

void DashboardCard::setHeading(const QString& text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

void DashboardCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

ChartCard::ChartCard(Width width, QWidget* parent)
    : DashboardCard(width, parent), m_view(DashboardStyle::makeChartView(this))
{
    body()->setContentsMargins(2, 2, 2, 2);
    body()->addWidget(m_view, 1);
}

QString ChartCard::heading() const
{
    return chart()->title();
}

QChart* ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::redraw()
{
    rebuild();
    enlargeLegendSwatches(chart());
}

} // namespace td
