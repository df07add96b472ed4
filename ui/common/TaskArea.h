#pragma once

#include <QString>

class QWidget;

namespace td {

// One task area of the main window: a tab such as the worklist, the participants, the session
// log, the dashboard, the data tools, the database lock, the users or the protocol. Each
// area's view implements it. MainWindow builds its tabs from the areas a role meets
// (MainWindow::areasFor), keeps those shown() says the user may see, titles the tabs with
// title(), and calls refresh() on every area after any change made in the window and on
// File > Refresh (F5).
class TaskArea
{
public:
    virtual ~TaskArea() = default;

    // The tab's title, in the current language.
    virtual QString title() const = 0;
    // Whether the signed-in user may see this area and has anything in it. Core refuses
    // whatever the area would do for anyone else; this keeps it out of sight.
    virtual bool shown() const { return true; }
    // The widget the tab shows.
    virtual QWidget* widget() = 0;
    // Reads the trial again, keeping what the user is in the middle of (a selection, unsaved
    // edits); the error to show, or an empty string.
    virtual QString refresh() = 0;

protected:
    TaskArea() = default;
    TaskArea(const TaskArea&) = default;
    TaskArea& operator=(const TaskArea&) = default;
};

} // namespace td
