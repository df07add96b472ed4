#pragma once

#include "access/UserRepository.h"

#include <QAbstractTableModel>
#include <vector>

namespace td {

// The trial's users for the administrator: user name, display name, role and whether the
// account is active. Texts follow the language in use (call retranslate() on a change).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, RoleColumn, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(std::vector<User> users);
    const User* userAt(int row) const;
    // The row of the user with this id, or -1.
    int rowOf(qint64 userId) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<User> m_users;
};

} // namespace td
