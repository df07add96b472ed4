#pragma once

#include "randomization/RandomizationSettings.h"

#include <QTableWidget>

namespace td {

// The protocol's stratification factors for the randomization setup: each can be checked,
// the checked ones are used in the table's order, and each has a weight for minimization.
// Keyboard: the arrows move between rows, Space checks, F2 or typing edits a weight, Tab
// leaves the table.
class FactorTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { FactorColumn, LevelsColumn, WeightColumn };

    explicit FactorTable(QWidget* parent = nullptr);

    // Every factor of the protocol: the chosen ones first, checked, in the settings' order.
    void setFactors(const Protocol& protocol, const std::vector<RandomizationFactor>& chosen);
    // The checked factors in table order; weights only when `withWeights` (1 otherwise).
    std::vector<RandomizationFactor> chosen(bool withWeights) const;
    void setChecked(qint64 factorId, bool checked);
    void setWeight(qint64 factorId, double weight);
    // The row of a factor, or -1.
    int rowOf(qint64 factorId) const;
    // Moves the current row up (-1) or down (+1), keeping it current.
    void moveCurrent(int delta);
    void setWeightsShown(bool shown);
    void setEditable(bool editable);
    // Rebuilds every shown text in the current language (checks, order and weights stay).
    void retranslate();

signals:
    void changed();

private:
    void fitHeight();
    QString describe(const StratFactor& f) const;
    int levels(const StratFactor& f) const;

    Protocol m_protocol;
    bool m_editable = true;
};

} // namespace td
