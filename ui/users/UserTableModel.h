#pragma once

#include "access/UserRepository.h"
#include "trial/Protocol.h"

#include <QAbstractTableModel>
#include <vector>

namespace td {

// The trial's users for the administrator: user name, display name, role, the sites they work
// at, and the account's state (active, deactivated on a date, or waiting for a new password).
// Deactivated accounts stay listed, greyed. Texts follow the language in use (call
// retranslate() on a change).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, RoleColumn, Sites, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    // The users, and the trial's sites that name the sites users work at.
    void setUsers(std::vector<User> users, std::vector<Site> sites = {});
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
    QString sitesText(const User& user) const;
    QString sitesToolTip(const User& user) const;
    QString statusText(const User& user) const;
    const Site* site(qint64 id) const;

    std::vector<User> m_users;
    std::vector<Site> m_sites;
};

} // namespace td
