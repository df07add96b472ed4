#pragma once

#include "dashboard/DashboardCard.h"

class QLabel;

namespace td {

// A small card with a heading, one large value and a few lines of detail.
class TileCard : public DashboardCard
{
    Q_OBJECT

public:
    explicit TileCard(QWidget* parent = nullptr);
    QString valueText() const;
    QString detailText() const;

protected:
    void setValue(const QString& value);
    void setDetail(const QString& detail);

private:
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace td
