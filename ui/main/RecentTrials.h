#pragma once

#include <QStringList>

namespace td {

// The trials opened lately on this computer (settings "recentTrials"), newest first: a file's
// path, or a server trial's address without a password (ConnectionSpec::address, which keeps its
// TLS settings). Nothing else is stored: no password, no user.
namespace RecentTrials {

constexpr int kept = 8;

// Puts `address` first (once), keeping at most `kept`.
void remember(const QString& address);
QStringList all();
// The server trials among them.
QStringList servers();

} // namespace RecentTrials

} // namespace td
