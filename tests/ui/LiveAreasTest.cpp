// Live updates per area (docs/postgresql.md): what another client committed makes only the views
// that show it read the trial again. The notification itself is tests/postgres's; here the
// window is given the areas a notification names.

#include "main/LiveAreas.h"

#include "DemoDatabase.h"
#include "dashboard/DashboardView.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "quality/DataLockView.h"
#include "registry/RegistryView.h"
#include "reporting/ConsortPane.h"

#include <QTabWidget>

using namespace td;

using LiveAreasTest = DemoDatabase;

namespace {
QString titleOf(const MainWindow& window, QWidget* area)
{
    const int index = window.tabs()->indexOf(area);
    return index >= 0 ? window.tabs()->tabText(index) : QString();
}
} // namespace

TEST_F(LiveAreasTest, EachViewFollowsOnlyItsOwnAreas)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
    const QString registry = titleOf(window, window.registry());
    const QString dashboard = titleOf(window, window.dashboard());
    const QString consort = titleOf(window, window.findChild<ConsortPane*>());
    const QString locks = titleOf(window, window.findChild<DataLockView*>());
    for (const QString& t : {registry, dashboard, consort, locks})
        ASSERT_FALSE(t.isEmpty());

    // The PI's window shows no users: a change to them reads nothing again.
    EXPECT_TRUE(window.applyLiveChanges({QStringLiteral("users")}).isEmpty());
    // A database lock: the lock area and the dashboard, not the registry or the CONSORT flow.
    const QStringList lock = window.applyLiveChanges({QStringLiteral("locks")});
    EXPECT_TRUE(lock.contains(locks) && lock.contains(dashboard))
        << qPrintable(lock.join(QStringLiteral(", ")));
    EXPECT_FALSE(lock.contains(registry) || lock.contains(consort))
        << qPrintable(lock.join(QStringLiteral(", ")));
    // A randomization: the registry, the dashboard and the CONSORT flow, not the lock area.
    const QStringList allocation = window.applyLiveChanges({QStringLiteral("randomization")});
    EXPECT_TRUE(allocation.contains(registry) && allocation.contains(dashboard) &&
                allocation.contains(consort))
        << qPrintable(allocation.join(QStringLiteral(", ")));
    EXPECT_FALSE(allocation.contains(locks)) << qPrintable(allocation.join(QStringLiteral(", ")));

    // A participant's page follows the participant's changes, not the users'.
    const qint64 participant =
        m_db->scalar(QStringLiteral("SELECT MIN(id) FROM participant"))->toLongLong();
    ASSERT_NE(window.openParticipant(participant), nullptr);
    const QString page = window.tabs()->tabText(window.tabs()->currentIndex());
    EXPECT_TRUE(window.applyLiveChanges({QStringLiteral("assessments")}).contains(page));
    EXPECT_FALSE(window.applyLiveChanges({QStringLiteral("users")}).contains(page));

    // The protocol, or a table with no area of its own, concerns every view.
    for (const QString& everything : {QStringLiteral("protocol"), QStringLiteral("other")}) {
        const QStringList all = window.applyLiveChanges({everything});
        EXPECT_EQ(all.size(), window.tabs()->count()) << qPrintable(all.join(QStringLiteral(", ")));
    }
}

TEST_F(LiveAreasTest, EveryAreaFollowsSomethingOrTheProtocol)
{
    // Only the protocol area follows nothing but the protocol (and "other").
    for (int a = 0; a <= static_cast<int>(MainWindow::Area::DataQuality); ++a) {
        const auto area = static_cast<MainWindow::Area>(a);
        EXPECT_TRUE(area == MainWindow::Area::Protocol || !LiveAreas::followedBy(area).isEmpty())
            << a;
        EXPECT_TRUE(LiveAreas::concerns(LiveAreas::followedBy(area), {QStringLiteral("protocol")}));
    }
}
