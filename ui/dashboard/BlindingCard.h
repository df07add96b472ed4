#pragma once

#include "dashboard/TileCard.h"

#include <optional>
#include <vector>

namespace td {

// Bang's blinding index per arm from the blinded assessors' arm guesses, with its 95% interval.
class BlindingCard : public TileCard
{
    Q_OBJECT

public:
    explicit BlindingCard(QWidget* parent = nullptr);
    void setFigure(const std::vector<ArmBlinding>& arms);
    void clear() override;

protected:
    void retranslateUi() override;

private:
    std::optional<std::vector<ArmBlinding>> m_figure;
};

} // namespace td
