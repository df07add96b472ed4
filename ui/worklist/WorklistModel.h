#pragma once

#include "worklists/Worklist.h"

#include <QAbstractTableModel>

namespace td {

class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Task, Participant, Since, Due, Detail, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setItems(std::vector<WorkItem> items, const QDate& today);
    const WorkItem* itemAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<WorkItem> m_items;
    QDate m_today;
};

} // namespace td
