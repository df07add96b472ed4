// Pictures of every area of every role at the default window size (1100×700) and at 1920×1080,
// in both languages, to look at for cut columns, clipped buttons and cramped charts: each tab of
// the window, scrolled a screenful at a time where it is longer, and a participant with safety
// alerts (each section of the page). Each window opens in English and is switched to Norwegian
// while open, as a user does from the Language menu.
//   TD_SCREENSHOT_DIR=/tmp/shots build/tests/ui/trialdesk_ui_tests
//   --gtest_filter='ScreenshotLayout*'
// Without TD_SCREENSHOT_DIR the tour is skipped. Names: <size>-<language>-<user>-<area>.png.

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "participant/ParticipantPage.h"
#include "visits/VisitTimeline.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>

using namespace td;

namespace {

using ScreenshotLayout = DemoDatabase;

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// The area's class name without the namespace ("WorklistView"), for the file name.
QString areaName(const QWidget* w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    return name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
}

// Moves today a few days past the next visit not yet held, so that the worklists have tasks.
void todayAfterNextVisit(Database& db, const Actor& pi, int days)
{
    auto ids = db.scalar(QStringLiteral(
        "SELECT group_concat(id) FROM participant WHERE status IN ('randomized', 'in_treatment')"));
    ASSERT_TRUE(ids.ok());
    QDate next;
    for (const QString& id : ids->toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto visits = VisitTimeline::forParticipant(db, pi, id.toLongLong());
        ASSERT_TRUE(visits.ok()) << visits.message().toStdString();
        for (const Visit& v : *visits)
            if (v.state == VisitState::Upcoming && (!next.isValid() || v.target < next))
                next = v.target;
    }
    ASSERT_TRUE(next.isValid());
    db.setClock(std::make_shared<FixedClock>(QDateTime(next.addDays(days), QTime(9, 0), Qt::UTC)));
}

TEST_F(ScreenshotLayout, EveryAreaAtTwoSizesInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const std::vector<std::pair<const char*, Role>> users = {
        {"coordinator", Role::Coordinator},   {"therapist1", Role::Therapist},
        {"assessor", Role::BlindedAssessor},  {"pi", Role::PrincipalInvestigator},
        {"statistician", Role::Statistician}, {"admin", Role::Administrator}};
    todayAfterNextVisit(*m_db, actor("pi", Role::PrincipalInvestigator), 10);
    // A randomized participant with safety alerts and the most assessments.
    auto chosen = m_db->scalar(QStringLiteral(
        "SELECT p.id FROM participant p WHERE p.arm_id IS NOT NULL ORDER BY "
        "(SELECT COUNT(*) FROM alert a WHERE a.participant_id = p.id) > 0 DESC, "
        "(SELECT COUNT(*) FROM assessment x WHERE x.participant_id = p.id) DESC LIMIT 1"));
    ASSERT_TRUE(chosen.ok()) << chosen.message().toStdString();
    LanguageManager languages;
    for (const QSize size : {QSize(1100, 700), QSize(1920, 1080)}) {
        const QString sizeName = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const auto& [user, role] : users) {
            // Signed in in English, then switched to Norwegian while the window is open (as a
            // user does from the Language menu): every area must follow without being rebuilt.
            ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
            MainWindow window(*m_db, actor(user, role), languages);
            window.resize(size);
            window.show();
            settle();
            ParticipantPage* page = nullptr;
            if (role == Role::Coordinator || role == Role::BlindedAssessor ||
                role == Role::PrincipalInvestigator)
                page = window.openParticipant(chosen->toLongLong());
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
                ASSERT_TRUE(languages.setLanguage(language));
                settle();
                auto save = [&](const QString& what) {
                    settle();
                    const QString name =
                        QStringLiteral("%1-%2-%3-%4.png")
                            .arg(sizeName, language, QString::fromLatin1(user), what);
                    EXPECT_TRUE(window.grab().save(QDir(dir).filePath(name))) << name.toStdString();
                };
                for (int i = 0; i < window.tabs()->count(); ++i) {
                    QWidget* area = window.tabs()->widget(i);
                    if (area == page)
                        continue;
                    window.tabs()->setCurrentIndex(i);
                    const QString name = QStringLiteral("%1-%2").arg(i).arg(areaName(area));
                    save(name);
                    // Long areas (the dashboard, the diagram): each screenful.
                    const auto scrolls = area->findChildren<QScrollArea*>();
                    for (QScrollArea* scroll : scrolls) {
                        QScrollBar* bar = scroll->verticalScrollBar();
                        if (!scroll->isVisible() || bar->maximum() == 0)
                            continue;
                        for (int part = 1; bar->value() < bar->maximum() && part < 6; ++part) {
                            bar->setValue(bar->value() + bar->pageStep());
                            save(QStringLiteral("%1-scrolled%2").arg(name).arg(part));
                        }
                        bar->setValue(0);
                        break;
                    }
                }
                if (!page)
                    continue;
                window.tabs()->setCurrentWidget(page);
                for (int s = 0; s < page->sections()->count(); ++s) {
                    page->sections()->setCurrentIndex(s);
                    save(QStringLiteral("participant-%1").arg(s));
                }
            }
        }
    }
}

} // namespace
