#include "dashboard/AlertsCard.h"

#include <QLocale>

namespace td {

AlertsCard::AlertsCard(QWidget* parent) : TileCard(parent)
{
    retranslateUi();
}

void AlertsCard::setFigure(int open, const QDateTime& oldest, const QDateTime& now)
{
    m_open = open;
    m_oldest = oldest;
    m_now = now;
    retranslateUi();
    show();
}

void AlertsCard::clear()
{
    m_open.reset();
    m_oldest = {};
    retranslateUi();
    hide();
}

void AlertsCard::retranslateUi()
{
    setHeading(tr("Open safety alerts"));
    if (!m_open) {
        setValue({});
        setDetail({});
        return;
    }
    setValue(DashboardStyle::count(*m_open));
    if (*m_open == 0) {
        setDetail(tr("None waiting for acknowledgement."));
        return;
    }
    if (!m_oldest.isValid()) {
        setDetail({});
        return;
    }
    const auto days = static_cast<int>(std::max<qint64>(0, m_oldest.daysTo(m_now)));
    setDetail(tr("The oldest has been open for %Ln day(s) (raised %1).", "", days)
                  .arg(QLocale().toString(m_oldest.toLocalTime().date(), QLocale::ShortFormat)));
}

} // namespace td
