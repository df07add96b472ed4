#include "TestBackend.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace tdtest {

QString testServer()
{
    return qEnvironmentVariable("TRIALDESK_TEST_SERVER");
}

QString newServerDatabase()
{
    static QAtomicInt counter;
    return QStringLiteral("%1/t%2_%3")
        .arg(testServer())
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace tdtest
