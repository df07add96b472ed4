#pragma once

#include "instruments/InstrumentCatalog.h"
#include "trial/LocalText.h"
#include "worklists/Worklist.h"

#include <QAbstractTableModel>
#include <QHash>

namespace td {

struct Protocol;

// A role's tasks as a table: what to do, for whom, at which visit, with which instruments, since
// when and by when. Overdue rows are marked here (colour and icon are the window's business, so
// they live in ui/, not in the core's Worklist). Filtering and sorting: WorklistFilter.
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Task, Participant, Visit, Instruments, Since, Due, Detail, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // dates as day numbers, visits by week; none when empty
        KindRole,                    // TaskKind as int
        OverdueRole,                 // bool: WorkItem::isOverdue as of today
        SearchRole,                  // study ID, visit, instruments: what the text filter reads
    };

    // How many tasks are late, and how many are not (open: to do this week).
    struct Counts
    {
        int overdue = 0;
        int thisWeek = 0;
    };

    using QAbstractTableModel::QAbstractTableModel;
    // Visit labels and instrument names to show instead of codes and ids.
    void setNames(const Protocol& protocol, InstrumentCatalog catalog);
    void setItems(std::vector<WorkItem> items, const QDate& today);
    const WorkItem* itemAt(int row) const;
    QDate today() const { return m_today; }
    Counts counts() const;
    void retranslate();

    // "10/03/2026 (in 4 days)", "… (today)", "… (2 days ago)" in the current language.
    static QString dueText(const QDate& due, const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct VisitName
    {
        QString code;
        LocalText label;
        int weekOffset = 0;
    };
    QVariant display(const WorkItem& w, int column) const;
    QVariant sortKey(const WorkItem& w, int column) const;
    QString toolTip(const WorkItem& w, int column) const;
    QString visitCode(const WorkItem& w) const;
    QString instrumentNames(const WorkItem& w) const;
    QString search(const WorkItem& w) const;

    std::vector<WorkItem> m_items;
    QDate m_today;
    QHash<qint64, VisitName> m_visits;
    InstrumentCatalog m_catalog;
};

} // namespace td
