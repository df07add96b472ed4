#include "dashboard/RetentionModel.h"

#include <algorithm>

namespace td {

RetentionModel::RetentionModel(QObject* parent) : QAbstractTableModel(parent) {}

void RetentionModel::setCells(const std::vector<RetentionCell>& cells,
                              const DashboardContext& context)
{
    beginResetModel();
    m_visits.clear();
    m_arms.clear();
    m_cells.clear();
    for (const RetentionCell& c : cells) {
        if (std::none_of(m_arms.begin(), m_arms.end(),
                         [&c](const ArmLabel& a) { return a.armId == c.arm.armId; }))
            m_arms.push_back(c.arm);
        if (std::none_of(m_visits.begin(), m_visits.end(),
                         [&c](const Visit& v) { return v.id == c.timePointId; })) {
            const auto label = context.visitLabels.find(c.timePointCode);
            m_visits.push_back(
                {c.timePointId, c.timePointCode,
                 label == context.visitLabels.end() ? LocalText(c.timePointCode) : label->second});
        }
        m_cells[{c.arm.armId, c.timePointId}] = c;
    }
    endResetModel();
}

void RetentionModel::clear()
{
    beginResetModel();
    m_visits.clear();
    m_arms.clear();
    m_cells.clear();
    endResetModel();
}

void RetentionModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

bool RetentionModel::pooled() const
{
    return !m_arms.empty() && std::all_of(m_arms.begin(), m_arms.end(), [](const ArmLabel& a) {
        return DashboardStyle::isPooled(a);
    });
}

int RetentionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visits.size());
}

int RetentionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_arms.size());
}

const RetentionCell* RetentionModel::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return nullptr;
    const auto found = m_cells.find({m_arms[static_cast<std::size_t>(column)].armId,
                                     m_visits[static_cast<std::size_t>(row)].id});
    return found == m_cells.end() ? nullptr : &found->second;
}

QColor RetentionModel::heat(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const QColor low(0xff, 0xff, 0xff);
    const QColor high(0x5f, 0xb8, 0xad);
    auto mix = [t](int a, int b) { return static_cast<int>(a + (b - a) * t); };
    return {mix(low.red(), high.red()), mix(low.green(), high.green()),
            mix(low.blue(), high.blue())};
}

QVariant RetentionModel::data(const QModelIndex& index, int role) const
{
    const RetentionCell* c = index.isValid() ? cell(index.row(), index.column()) : nullptr;
    if (!c)
        return {};
    const Proportion& p = c->retained;
    switch (role) {
    case Qt::DisplayRole:
        return DashboardStyle::proportion(p);
    case Qt::ToolTipRole:
        //: Retention tooltip: arm, visit, completed, due.
        return tr("%1 at %2: %3 of %4 due with a completed assessment")
            .arg(DashboardStyle::armName(c->arm),
                 m_visits[static_cast<std::size_t>(index.row())].label.text(),
                 DashboardStyle::count(p.count), DashboardStyle::count(p.total));
    case Qt::BackgroundRole:
        return p.total > 0 ? heat(p.value) : QColor(0xf2, 0xf2, 0xf2);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    default:
        return {};
    }
}

QVariant RetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const ArmLabel& arm = m_arms[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            //: Retention column header: arm code, then the unit of the cells.
            return tr("%1, % (95% CI)").arg(DashboardStyle::armCode(arm));
        if (role == Qt::ToolTipRole)
            return DashboardStyle::armName(arm);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Visit& v = m_visits[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole)
        return v.label.text();
    if (role == Qt::ToolTipRole)
        return v.code;
    return {};
}

} // namespace td
