#pragma once

#include "dashboard/DashboardCard.h"

#include <optional>
#include <vector>

namespace td {

// The mean score of the chosen instrument per arm and visit over the weeks since
// randomization (observed cases), a line in the arm's colour with its 95% interval shaded.
class TrajectoryCard : public ChartCard
{
    Q_OBJECT

public:
    explicit TrajectoryCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<TrajectoryCell>& cells, const DashboardContext& context);
    void clear() override;

protected:
    void rebuild() override;

private:
    std::optional<std::vector<TrajectoryCell>> m_figure;
    DashboardContext m_context;
};

} // namespace td
