#include "common/LazyTableView.h"

namespace td {

QModelIndex LazyTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveEnd && model()) {
        const QModelIndex root = rootIndex();
        while (model()->canFetchMore(root))
            model()->fetchMore(root);
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

} // namespace td
