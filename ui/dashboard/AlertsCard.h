#pragma once

#include "dashboard/TileCard.h"

#include <QDateTime>
#include <optional>

namespace td {

// The open safety alerts: how many, and how long the oldest has been open.
class AlertsCard : public TileCard
{
    Q_OBJECT

public:
    explicit AlertsCard(QWidget* parent = nullptr);
    // `oldest`: when the oldest open alert was raised (invalid when none or unknown).
    void setFigure(int open, const QDateTime& oldest, const QDateTime& now);
    void clear() override;

protected:
    void retranslateUi() override;

private:
    std::optional<int> m_open;
    QDateTime m_oldest;
    QDateTime m_now;
};

} // namespace td
