#pragma once

#include <QString>

class QTableWidget;
class QWidget;

namespace td {

// A list shown as a table: whole rows selected one at a time, nothing edited in place, no row
// numbers, the last column taking the rest of the width.
QTableWidget* readOnlyTable(QWidget* parent, const QString& objectName = {});

} // namespace td
