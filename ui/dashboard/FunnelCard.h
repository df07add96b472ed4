#pragma once

#include "dashboard/DashboardCard.h"

#include <optional>

namespace td {

// The screening funnel: assessed, eligible, consented and randomized as horizontal bars,
// each with its count and its share of those assessed.
class FunnelCard : public ChartCard
{
    Q_OBJECT

public:
    explicit FunnelCard(QWidget* parent = nullptr);
    void setFigure(const ScreeningFunnel& funnel);
    void clear() override;

protected:
    void rebuild() override;

private:
    std::optional<ScreeningFunnel> m_figure;
};

} // namespace td
