// One notion of "today" (issue 21, item 8): the user's local date, in core and in the window.
// After local midnight in Norway the UTC date is still yesterday's; a screening dated today
// must not be refused as "later than today".

#include "common/Clock.h"

#include <gtest/gtest.h>
#include <time.h>

namespace {

// Sets the process's time zone for one test (a POSIX rule: no tz database needed).
class LocalZone
{
public:
    explicit LocalZone(const char* tz)
        : m_old(qgetenv("TZ")), m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_old;
    bool m_had;
};

TEST(Clock, TodayIsTheLocalDate)
{
    // 23:30 UTC on 5 December is 00:30 on 6 December in Oslo (CET, UTC+1).
    const td::FixedClock late(QDateTime(QDate(2026, 12, 5), QTime(23, 30), Qt::UTC));
    {
        LocalZone oslo("CET-1CEST,M3.5.0,M10.5.0/3");
        EXPECT_EQ(late.today(), QDate(2026, 12, 6));
        EXPECT_EQ(late.nowUtc().date(), QDate(2026, 12, 5)); // stamps stay UTC
    }
    {
        LocalZone utc("UTC0");
        EXPECT_EQ(late.today(), QDate(2026, 12, 5));
    }
    // West of Greenwich the local date can be the day before the UTC date.
    const td::FixedClock early(QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC));
    LocalZone newYork("EST5EDT,M3.2.0,M11.1.0");
    EXPECT_EQ(early.today(), QDate(2026, 12, 5));
}

} // namespace
