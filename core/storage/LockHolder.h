#pragma once

#include <QString>

namespace td {

// Which process holds a lock on a database file, as far as the system tells: its name and
// process id, "trialdesk-cli (process 4711)", or an empty string when nobody does or the
// system does not say. On Linux the answer comes from fcntl(F_GETLK) on SQLite's lock bytes of
// the file and of its -shm file, and the name from /proc/<pid>/comm.
QString lockHolder(const QString& databaseFile);

} // namespace td
