#pragma once

#include "dashboard/TileCard.h"

#include <optional>

namespace td {

// Cohen's d (and Hedges' g) between the first two arms at the endpoint, with its 95% interval
// and the two arms' means.
class EffectSizeCard : public TileCard
{
    Q_OBJECT

public:
    explicit EffectSizeCard(QWidget* parent = nullptr);
    void setFigure(const ArmComparison& comparison, const DashboardContext& context);
    // The computation failed (e.g. the trial has one arm): the message instead.
    void setMessage(const QString& message);
    void clear() override;

protected:
    void retranslateUi() override;

private:
    std::optional<ArmComparison> m_figure;
    DashboardContext m_context;
    QString m_message;
};

} // namespace td
