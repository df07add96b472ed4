#pragma once

#include "access/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace td {

class Database;
class ParticipantTableModel;

// The participant registry: every participant the signed-in user may see, filterable.
class RegistryView : public QWidget
{
    Q_OBJECT

public:
    RegistryView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Loads the rows; returns the error message, or an empty string.
    QString reload();
    int visibleRows() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateCount();

    ParticipantTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace td
