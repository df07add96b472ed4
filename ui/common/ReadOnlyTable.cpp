#include "common/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace td {

QTableWidget* readOnlyTable(QWidget* parent, const QString& objectName)
{
    auto* t = new QTableWidget(parent);
    if (!objectName.isEmpty())
        t->setObjectName(objectName);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace td
