#pragma once

#include <QTableView>

namespace td {

// A table over a model that hands its rows over lazily (canFetchMore / fetchMore). Qt fetches
// a batch only when the view scrolls to the bottom, so Ctrl+End went to the last row fetched so
// far and took one press per batch (50 on 10,000 participants). Here Ctrl+End (and End) fetch
// the rest first, so they reach the last row at once.
class LazyTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace td
