#include "worklist/WorklistModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace td {

void WorklistModel::setItems(std::vector<WorkItem> items, const QDate& today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

const WorkItem* WorklistModel::itemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

void WorklistModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    const WorkItem* w = itemAt(index.row());
    if (!w || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool urgent = w->kind == TaskKind::ReviewAlert || w->kind == TaskKind::VisitOverdue;
    if (role == Qt::ForegroundRole && index.column() == Task && urgent)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (static_cast<Column>(index.column())) {
    case Task:
        return Worklist::describe(w->kind);
    case Participant:
        return w->studyId;
    case Since:
        return w->since.isValid() ? locale.toString(w->since, QLocale::ShortFormat) : QString();
    case Due:
        if (!w->due.isValid())
            return QString();
        return w->due < m_today
                   ? tr("%1 (%n day(s) ago)", nullptr, static_cast<int>(w->due.daysTo(m_today)))
                         .arg(locale.toString(w->due, QLocale::ShortFormat))
                   : locale.toString(w->due, QLocale::ShortFormat);
    case Detail:
        return w->detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Task:
        return tr("Task");
    case Participant:
        return tr("Participant");
    case Since:
        return tr("Since");
    case Due:
        return tr("Due by");
    case Detail:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td
