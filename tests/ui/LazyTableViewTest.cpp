// Ctrl+End in a table over a lazily fetched model reaches the last row at once (issue 21, item
// 7): the registry at 10,000 participants took one press per batch of 200.

#include "common/LazyTableView.h"

#include "DemoDatabase.h"
#include "participants/ParticipantTableModel.h"
#include "registry/RegistryView.h"
#include "sessions/SessionLogView.h"
#include "sessions/SessionModels.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>
#include <iostream>

using namespace td;

namespace {

// 10,000 rows handed over 200 at a time, as the registry's model does.
class LazyRows : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_fetched;
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_fetched < total;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent))
            return;
        const int more = std::min(200, total - m_fetched);
        beginInsertRows({}, m_fetched, m_fetched + more - 1);
        m_fetched += more;
        endInsertRows();
    }
    static constexpr int total = 10000;

private:
    int m_fetched = 0;
};

TEST(LazyTableView, CtrlEndReachesTheLastRowAtOnce)
{
    LazyRows rows;
    LazyTableView view;
    view.setModel(&rows);
    view.resize(600, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(rows.index(0, 0));
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(rows.rowCount(), LazyRows::total);
    EXPECT_EQ(view.currentIndex().row(), LazyRows::total - 1);
    // Ctrl+Home goes back to the first.
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    EXPECT_EQ(view.currentIndex().row(), 0);
}

TEST(LazyTableView, APlainQTableViewStopsAtTheLastBatch)
{
    // What the registry did before: the last row fetched so far.
    LazyRows rows;
    QTableView view;
    view.setModel(&rows);
    view.resize(600, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(rows.index(0, 0));
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    EXPECT_LT(view.currentIndex().row(), LazyRows::total - 1);
}

class RegistryEndTest : public DemoDatabase
{
};

TEST_F(RegistryEndTest, CtrlEndInTheRegistryReachesTheLastParticipant)
{
    RegistryView view(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_EQ(view.reload(), QString());
    view.resize(1100, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
    EXPECT_EQ(view.table()->currentIndex().row(), view.model()->matchCount() - 1);
    EXPECT_EQ(view.model()->rowCount(), view.model()->matchCount());
}

// On the 10,000-participant demo (made once with `trialdesk-cli demo --participants 10000`):
//   TD_LARGE_DEMO=/tmp/demo10k.sqlite trialdesk_ui_tests --gtest_filter='RegistryAtScale*'
TEST(RegistryAtScale, CtrlEndAndTheSessionSearchOnTenThousandParticipants)
{
    const QString demo = qEnvironmentVariable("TD_LARGE_DEMO");
    if (demo.isEmpty())
        GTEST_SKIP() << "set TD_LARGE_DEMO to a demo made with trialdesk-cli demo --participants "
                        "10000 --unencrypted";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    ASSERT_TRUE(QFile::copy(demo, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    auto id = (*db)->scalar(QStringLiteral("SELECT id FROM users WHERE username = 'coordinator'"));
    ASSERT_TRUE(id.ok());
    const Actor coordinator{id->toLongLong(), QStringLiteral("coordinator"), Role::Coordinator};

    RegistryView registry(**db, coordinator);
    ASSERT_EQ(registry.reload(), QString());
    registry.resize(1100, 700);
    registry.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&registry));
    ASSERT_GT(registry.model()->matchCount(), 5000);
    registry.table()->setFocus();
    registry.table()->setCurrentIndex(registry.model()->index(0, 0));
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(registry.table(), Qt::Key_End, Qt::ControlModifier);
    std::cout << "Ctrl+End over " << registry.model()->matchCount()
              << " participants: " << timer.elapsed() << " ms\n";
    EXPECT_EQ(registry.table()->currentIndex().row(), registry.model()->matchCount() - 1);
    const QString shots = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        registry.grab().save(shots + QStringLiteral("/registry-10k-ctrl-end.png"));

    SessionLogView sessions(**db, coordinator);
    ASSERT_EQ(sessions.reload(), QString());
    const int all = sessions.patients()->rowCount();
    const QString last = sessions.patients()->rowAt(all - 1)->participant.studyId;
    timer.restart();
    sessions.searchField()->setText(last);
    std::cout << "Search over " << all << " patients of the session log: " << timer.elapsed()
              << " ms\n";
    EXPECT_EQ(sessions.shownPatients(), 1);
    if (!shots.isEmpty()) {
        sessions.resize(1100, 700);
        sessions.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&sessions));
        sessions.grab().save(shots + QStringLiteral("/sessions-10k-search.png"));
    }
}

} // namespace
