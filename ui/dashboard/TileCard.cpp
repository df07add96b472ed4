#include "dashboard/TileCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace td {

TileCard::TileCard(QWidget* parent)
    : DashboardCard(Width::Third, parent), m_value(new QLabel(this)), m_detail(new QLabel(this))
{
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_value);
    body()->addWidget(m_detail);
    body()->addStretch(1);
}

QString TileCard::valueText() const
{
    return m_value->text();
}

QString TileCard::detailText() const
{
    return m_detail->text();
}

void TileCard::setValue(const QString& value)
{
    m_value->setText(value);
}

void TileCard::setDetail(const QString& detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

} // namespace td
