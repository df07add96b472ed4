#pragma once

#include "dashboard/DashboardStyle.h"

#include <QAbstractTableModel>
#include <map>
#include <vector>

namespace td {

// Retention as a grid: a row per visit (its week, then one column per arm), each cell the
// share of the participants due for the visit with a completed assessment, with its Wilson
// interval; the background shades with the share (a heat grid).
class RetentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit RetentionModel(QObject* parent = nullptr);

    void setCells(const std::vector<RetentionCell>& cells, const DashboardContext& context);
    void clear();
    // After a language or locale change: every text is rebuilt.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Whether the cells are pooled over all arms (one group, Dashboard::allArms()).
    bool pooled() const;
    // The colour of a share (0..1): white to teal.
    static QColor heat(double share);

private:
    struct Visit
    {
        qint64 id = 0;
        QString code;
        LocalText label;
    };
    const RetentionCell* cell(int row, int column) const;

    std::vector<Visit> m_visits;
    std::vector<ArmLabel> m_arms;
    std::map<std::pair<qint64, qint64>, RetentionCell> m_cells; // (arm, visit)
};

} // namespace td
