#pragma once

#include "dashboard/DashboardCard.h"

#include <optional>
#include <vector>

namespace td {

// Arm sizes: the number randomized to each arm, in the arm's colour.
class ArmSizesCard : public ChartCard
{
    Q_OBJECT

public:
    explicit ArmSizesCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<ArmSize>& sizes, const DashboardContext& context);
    void clear() override;

protected:
    void rebuild() override;

private:
    std::optional<std::vector<ArmSize>> m_figure;
    DashboardContext m_context;
};

} // namespace td
