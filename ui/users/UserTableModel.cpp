#include "users/UserTableModel.h"

#include <QBrush>
#include <QColor>

namespace td {

void UserTableModel::setUsers(std::vector<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const User* UserTableModel::userAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_users[static_cast<std::size_t>(row)] : nullptr;
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (std::size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].id == userId)
            return static_cast<int>(i);
    return -1;
}

void UserTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const User* u = index.isValid() ? userAt(index.row()) : nullptr;
    if (!u || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    // A deactivated account is greyed, so the active people stand out.
    if (role == Qt::ForegroundRole && !u->active)
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case UserName:
        return u->username;
    case DisplayName:
        return u->displayName;
    case RoleColumn:
        return Roles::displayName(u->role);
    case Status:
        return u->active ? tr("Active") : tr("Deactivated");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Account");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td
