#include "main/RecentTrials.h"

#include "storage/ConnectionSpec.h"

#include <QSettings>
#include <algorithm>

namespace td::RecentTrials {

namespace {
const QString key = QStringLiteral("recentTrials");
}

void remember(const QString& address)
{
    if (address.isEmpty())
        return;
    QStringList list = all();
    list.removeAll(address);
    list.prepend(address);
    while (list.size() > kept)
        list.removeLast();
    QSettings().setValue(key, list);
}

QStringList all()
{
    QStringList list = QSettings().value(key).toStringList();
    // A password never belongs here: an address that carries one is dropped, not shown.
    list.erase(std::remove_if(list.begin(), list.end(),
                              [](const QString& a) {
                                  const auto spec = ConnectionSpec::parse(a);
                                  return !spec.ok() || !spec->password.isEmpty();
                              }),
               list.end());
    return list;
}

QStringList servers()
{
    QStringList out;
    for (const QString& a : all())
        if (ConnectionSpec::isServerUri(a))
            out << a;
    return out;
}

} // namespace td::RecentTrials
