#pragma once

#include "dashboard/DashboardCard.h"

#include <optional>

namespace td {

// Recruitment: the cumulative number randomized over the recruitment period, all sites and
// each site, against the target line from 0 at the start to the target at the end.
class RecruitmentCard : public ChartCard
{
    Q_OBJECT

public:
    explicit RecruitmentCard(QWidget* parent = nullptr);
    void setFigure(const Recruitment& recruitment);
    void clear() override;

protected:
    void rebuild() override;

private:
    std::optional<Recruitment> m_figure;
};

} // namespace td
