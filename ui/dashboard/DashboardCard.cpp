#include "dashboard/DashboardCard.h"

#include "common/LegendSwatches.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
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
    fitTitle();
}

void ChartCard::resizeEvent(QResizeEvent* event)
{
    DashboardCard::resizeEvent(event);
    fitTitle();
}

void ChartCard::fitTitle()
{
    // Qt Charts cuts a title wider than the chart ("..."): in a narrow card (half or a third of
    // the window at 1100 pixels, Norwegian titles) the title's type is made smaller instead,
    // down to three quarters of its size.
    QFont font = chart()->titleFont();
    if (m_titlePoints <= 0)
        m_titlePoints = font.pointSizeF();
    font.setPointSizeF(m_titlePoints);
    const QMargins margins = chart()->margins();
    const qreal room = m_view->width() - margins.left() - margins.right() - 16;
    const qreal wanted = QFontMetricsF(font).horizontalAdvance(chart()->title());
    if (wanted > room && room > 0)
        font.setPointSizeF(std::max(m_titlePoints * 0.75, m_titlePoints * room / wanted));
    if (font != chart()->titleFont())
        chart()->setTitleFont(font);
}

} // namespace td
