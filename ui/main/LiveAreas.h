#pragma once

#include "main/MainWindow.h"

#include <QStringList>

namespace td {

// Which of the window's views follow which changes of other clients (docs/postgresql.md,
// "Live updates"). LiveUpdates names the areas a commit changed ("participants",
// "randomization", "assessments", "sessions", "alerts", "queries", "locks", "protocol",
// "users", "other"); each view reads the trial again only when one of the areas it shows
// changed. A change to the protocol, or to a table with no area ("other"), concerns every view.
namespace LiveAreas {

// The areas whose changes a task area shows.
QStringList followedBy(MainWindow::Area area);
// The areas whose changes a participant's page shows.
QStringList followedByParticipantPages();
// Whether a view that follows `followed` must read the trial again after `changed`.
bool concerns(const QStringList& followed, const QStringList& changed);

} // namespace LiveAreas

} // namespace td
