#pragma once

#include "dashboard/DashboardCard.h"

#include <optional>
#include <vector>

namespace td {

// Change from baseline to the latest score per arm: the shares recovered, improved,
// unchanged and deteriorated (Jacobson-Truax), grouped bars with Wilson 95% intervals.
class ChangeCard : public ChartCard
{
    Q_OBJECT

public:
    explicit ChangeCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<ChangeClasses>& classes, const DashboardContext& context);
    void clear() override;

protected:
    void rebuild() override;

private:
    std::optional<std::vector<ChangeClasses>> m_figure;
    DashboardContext m_context;
};

} // namespace td
