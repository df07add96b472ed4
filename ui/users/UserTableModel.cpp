#include "users/UserTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace td {

void UserTableModel::setUsers(std::vector<User> users, std::vector<Site> sites)
{
    beginResetModel();
    m_users = std::move(users);
    m_sites = std::move(sites);
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

const Site* UserTableModel::site(qint64 id) const
{
    for (const Site& s : m_sites)
        if (s.id == id)
            return &s;
    return nullptr;
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

QString UserTableModel::sitesText(const User& user) const
{
    if (user.sites.empty())
        return tr("All sites");
    QStringList codes;
    for (qint64 id : user.sites) {
        const Site* s = site(id);
        codes << (s ? s->code : QString::number(id));
    }
    return codes.join(QStringLiteral(", "));
}

QString UserTableModel::sitesToolTip(const User& user) const
{
    QStringList names;
    for (qint64 id : user.sites)
        if (const Site* s = site(id))
            names << tr("%1 – %2").arg(s->code, QString(s->name));
    return names.join(QLatin1Char('\n'));
}

QString UserTableModel::statusText(const User& user) const
{
    if (!user.active)
        return user.deactivatedAt.isValid()
                   ? tr("Deactivated on %1")
                         .arg(QLocale().toString(user.deactivatedAt.toLocalTime().date(),
                                                 QLocale::ShortFormat))
                   : tr("Deactivated");
    return user.mustChangePassword ? tr("Must change password") : tr("Active");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const User* u = index.isValid() ? userAt(index.row()) : nullptr;
    if (!u || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    // A deactivated account is greyed, so the active people stand out.
    if (role == Qt::ForegroundRole && !u->active)
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == Qt::ToolTipRole && index.column() == Sites && !u->sites.empty())
        return sitesToolTip(*u);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case UserName:
        return u->username;
    case DisplayName:
        return u->displayName;
    case RoleColumn:
        return Roles::displayName(u->role);
    case Sites:
        return sitesText(*u);
    case Status:
        return statusText(*u);
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
    case Sites:
        return tr("Sites");
    case Status:
        return tr("Account");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td
