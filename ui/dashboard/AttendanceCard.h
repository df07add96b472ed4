#pragma once

#include "dashboard/DashboardCard.h"

#include <optional>
#include <vector>

namespace td {

// Session attendance: per arm, the mean share of the planned sessions attended by the
// randomized participants, with its 95% interval.
class AttendanceCard : public ChartCard
{
    Q_OBJECT

public:
    explicit AttendanceCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<ArmAttendance>& attendance, const DashboardContext& context);
    void clear() override;

protected:
    void rebuild() override;

private:
    std::optional<std::vector<ArmAttendance>> m_figure;
    DashboardContext m_context;
};

} // namespace td
