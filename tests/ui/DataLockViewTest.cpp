// The principal investigator's database lock area: locking the trial and a participant from
// the form, signed; the lock shown with its signature; the unlock of the selected lock.

#include "quality/DataLockView.h"

#include "DemoDatabase.h"
#include "Signing.h"
#include "i18n/LanguageManager.h"
#include "quality/DataLocks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace td;

namespace {

class DataLockViewTest : public DemoDatabase
{
protected:
    QString password() const { return QString::fromLatin1(DemoTrial::password); }
};

TEST_F(DataLockViewTest, LocksAndUnlocksWithAReasonAndASignature)
{
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    DataLockView view(*m_db, pi);
    EXPECT_EQ(view.table()->rowCount(), 0);
    auto* state = view.findChild<QLabel*>(QStringLiteral("lockState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->text().contains(QStringLiteral("not locked")));
    // The demo's open data queries are listed before the lock, which is refused until the
    // PI confirms locking with them.
    EXPECT_FALSE(view.openQueriesLabel()->isHidden());
    EXPECT_TRUE(view.openQueriesLabel()->text().contains(QStringLiteral("still open")));
    view.reasonEdit()->setText(QStringLiteral("Primary analysis"));
    EXPECT_TRUE(testui::signing(view, password()).lock().contains(QStringLiteral("still open")));
    EXPECT_EQ(view.table()->rowCount(), 0);
    view.lockWithOpenQueriesBox()->setChecked(true);

    // Without a reason, then without a password: refused, nothing locked.
    view.reasonEdit()->clear();
    EXPECT_TRUE(testui::signing(view, password()).lock().contains(QStringLiteral("reason")));
    view.reasonEdit()->setText(QStringLiteral("Primary analysis"));
    EXPECT_TRUE(view.lock().contains(QStringLiteral("password")));
    EXPECT_EQ(view.table()->rowCount(), 0);

    view.reasonEdit()->setText(QStringLiteral("Primary analysis"));
    EXPECT_EQ(testui::signing(view, password()).lock(), QString());
    ASSERT_EQ(view.table()->rowCount(), 1);
    EXPECT_TRUE(state->text().contains(QStringLiteral("are locked")));
    EXPECT_TRUE(
        view.table()->item(0, 0)->toolTip().contains(QStringLiteral("Signed electronically")));
    auto lock = DataLocks::trialLock(*m_db);
    ASSERT_TRUE(lock.ok() && *lock);

    view.table()->selectRow(0);
    view.reasonEdit()->setText(QStringLiteral("A late questionnaire came by post"));
    EXPECT_EQ(testui::signing(view, password()).unlockSelected(), QString());
    lock = DataLocks::trialLock(*m_db);
    ASSERT_TRUE(lock.ok());
    EXPECT_FALSE(*lock);
    EXPECT_TRUE(state->text().contains(QStringLiteral("not locked")));
}

// The lock chosen to be lifted, and the reason typed for it, survive a refresh of the area.
TEST_F(DataLockViewTest, ARefreshKeepsTheChosenLockAndTheTypedReason)
{
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    DataLockView view(*m_db, pi);
    view.lockWithOpenQueriesBox()->setChecked(true);
    view.reasonEdit()->setText(QStringLiteral("Primary analysis"));
    ASSERT_EQ(testui::signing(view, password()).lock(), QString());
    ASSERT_EQ(view.table()->rowCount(), 1);
    view.table()->selectRow(0);
    view.reasonEdit()->setText(QStringLiteral("A late questionnaire"));
    EXPECT_EQ(view.refresh(), QString());
    EXPECT_EQ(view.table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(view.reasonEdit()->text(), QStringLiteral("A late questionnaire"));
    EXPECT_EQ(testui::signing(view, password()).unlockSelected(), QString());
    auto lock = DataLocks::trialLock(*m_db);
    ASSERT_TRUE(lock.ok());
    EXPECT_FALSE(*lock);
}

TEST_F(DataLockViewTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const Actor pi = actor("pi", Role::PrincipalInvestigator);
    DataLocks locks(*m_db);
    auto participant =
        m_db->scalar(QStringLiteral("SELECT id FROM participant ORDER BY id LIMIT 1"));
    ASSERT_TRUE(participant.ok());
    ASSERT_TRUE(locks
                    .lock(pi, {LockScope::Participant, participant->toLongLong(), 0},
                          QStringLiteral("Source data verified"), SignWith{password()},
                          OpenQueries::LockAnyway)
                    .ok());
    LanguageManager languages;
    DataLockView view(*m_db, pi);
    view.resize(1100, 700);
    for (const char* language : {"en", "nb"}) {
        ASSERT_TRUE(languages.setLanguage(QString::fromLatin1(language)));
        QCoreApplication::processEvents();
        view.grab().save(dir + QStringLiteral("/data-lock-%1.png").arg(QLatin1String(language)));
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

} // namespace
