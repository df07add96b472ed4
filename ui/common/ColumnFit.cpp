#include "common/ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace td {

namespace {

// Refits its table after a language switch: by then the view has retranslated its model (a
// parent's change event runs before its children's), and the refit waits for the event loop
// so that every header and cell already has its new text.
class LanguageRefit : public QObject
{
public:
    LanguageRefit(QTableView* table, int widenUpTo)
        : QObject(table), m_table(table), m_widenUpTo(widenUpTo)
    {
        table->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_table && event->type() == QEvent::LanguageChange)
            QTimer::singleShot(0, this, [this] { fitColumns(m_table, m_widenUpTo); });
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
    int m_widenUpTo;
};

} // namespace

void fitColumns(QTableView* table, int widenUpTo)
{
    QHeaderView* header = table->horizontalHeader();
    // A stretched last section is as wide as the room left, not its text: measure without it.
    const bool stretch = header->stretchLastSection();
    header->setStretchLastSection(false);
    table->resizeColumnsToContents();
    const int columns = header->length();
    header->setStretchLastSection(stretch);
    if (widenUpTo <= 0)
        return;
    int width = columns + 2 * table->frameWidth() +
                table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    if (!table->verticalHeader()->isHidden())
        width += table->verticalHeader()->width();
    table->setMinimumWidth(std::min(width, widenUpTo));
}

void refitOnLanguageChange(QTableView* table, int widenUpTo)
{
    new LanguageRefit(table, widenUpTo);
}

} // namespace td
