// The allocation list of an encrypted trial (issue 17, item 5; docs/encryption.md): sealed
// under the statisticians' allocation key, each entry on its own under a key from the data key.
// A coordinator randomizes without a statistician; the file's allocation tables hold sealed
// bytes only; only a statistician opens the list, its export and the replay; the allocation
// key slots follow the statisticians; a list from before (a trial encrypted later) is sealed
// at a statistician's first sign-in and allocation carries on where it was.

#include "RandomizationFixture.h"
#include "access/UserRepository.h"
#include "audit/Keyring.h"
#include "exchange/TrialEncryption.h"
#include "randomization/RandomizationReplay.h"
#include "storage/KeySlots.h"

#include <QSqlQuery>
#include <atomic>
#include <thread>

using namespace td;

namespace tdtest {
namespace {

class EncryptedAllocationTest : public RandomizationTest
{
protected:
    void SetUp() override
    {
        qputenv("TD_TEST_ENCRYPTED", "1");
        RandomizationTest::SetUp();
        qunsetenv("TD_TEST_ENCRYPTED");
        ASSERT_TRUE(db().encrypted());
    }

    // The same file opened again with a user's password, as another program would, and the
    // user signed in there.
    std::unique_ptr<Database> openAs(const Actor& who)
    {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.clock = m_clock;
        options.user = who.username;
        options.password = passwordOf(who.username);
        auto opened = must(Database::open(dbPath(), options), "open as user");
        must(UserRepository(*opened).login(who.username, passwordOf(who.username)), "sign in");
        return opened;
    }

    int allocationSlots(Database& on, const QString& username)
    {
        return KeySlots::countAllocation(must(on.cryptHeader(), "header"), username);
    }

    // Every entry of the list as the statistician reads it, per stratum.
    std::map<QString, std::vector<qint64>> armsByStratum(Database& on, const Actor& statistician)
    {
        std::map<QString, std::vector<qint64>> out;
        for (const AllocationListEntry& e :
             must(AllocationListRepository(on).entries(statistician), "entries"))
            out[e.stratum].push_back(e.armId);
        return out;
    }
};

TEST_F(EncryptedAllocationTest, ACoordinatorRandomizesFromTheSealedListAndReplayVerifies)
{
    useBlocks({2, 4}, {m_siteFactor});
    auto expected = armsByStratum(db(), m_statistician);
    ASSERT_EQ(expected.size(), 2u);
    // The coordinator's program, on a connection of its own: no statistician signed in there.
    auto coordinatorDb = openAs(m_coordinator);
    ASSERT_FALSE(coordinatorDb->keyring().anyAllocationKey());
    std::map<QString, int> taken;
    for (int i = 0; i < 8; ++i) {
        const Participant p = consented(i % 2 ? m_siteBrg : m_siteOsl);
        auto a = Randomizer(*coordinatorDb).allocate(m_coordinator, p.id);
        ASSERT_TRUE(a.ok()) << str(a.message());
        const int position = ++taken[a->stratum];
        EXPECT_EQ(a->position, position);
        EXPECT_EQ(a->armId, expected[a->stratum][static_cast<std::size_t>(position - 1)]);
    }
    // The statistician's replay opens the list and checks every allocation against it.
    const ReplayReport report = must(RandomizationReplay::run(db()), "replay");
    EXPECT_TRUE(report.allMatch()) << str(report.problems.front().problem);
    EXPECT_EQ(report.blockAllocations, 8);
    EXPECT_EQ(report.lists, 1);
}

TEST_F(EncryptedAllocationTest, TwoConnectionsAllocatingAtOnceNeverShareAnEntry)
{
    useBlocks({2, 4}, {m_siteFactor});
    constexpr int perThread = 12;
    std::vector<qint64> ids[2];
    for (int t = 0; t < 2; ++t)
        for (int i = 0; i < perThread; ++i)
            ids[t].push_back(consented(i % 2 ? m_siteBrg : m_siteOsl).id);
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    auto work = [&](int t) {
        // Each thread has its own connection, opened with the coordinator's password.
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.clock = m_clock;
        options.user = m_coordinator.username;
        options.password = passwordOf(m_coordinator.username);
        auto opened = Database::open(dbPath(), options);
        ++ready;
        if (!opened.ok()) {
            ++failures;
            return;
        }
        while (ready.load() < 2)
            std::this_thread::yield();
        Randomizer randomizer(**opened);
        for (qint64 id : ids[t])
            if (!randomizer.allocate(m_coordinator, id).ok())
                ++failures;
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation")), 2 * perThread);
    // Positions in each stratum are 1..n without gaps or repeats.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM (SELECT stratum FROM "
                                            "allocation GROUP BY stratum HAVING MAX(position) "
                                            "<> COUNT(*) OR COUNT(DISTINCT position) <> "
                                            "COUNT(*)) AS broken")),
              0);
    const ReplayReport report = must(RandomizationReplay::run(db()), "replay");
    EXPECT_TRUE(report.allMatch());
    EXPECT_EQ(report.blockAllocations, 2 * perThread);
}

TEST_F(EncryptedAllocationTest, TheAllocationTablesHoldSealedBytesOnly)
{
    const AllocationListInfo info = useBlocks({2, 4}, {m_siteFactor});
    allocate(consented(m_siteOsl).id);
    // Read with the data key open, as anyone with a password and an SQL tool would.
    EXPECT_EQ(sqlValue(db(), QStringLiteral("SELECT seed FROM allocation_list")).toString(),
              QString());
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE sealed "
                                            "IS NULL")),
              0);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry")), 0);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation_list_sealed_entry")),
              info.entries);
    // Each entry is a nonce, 16 sealed bytes (arm, block, block length) and a tag: nothing else.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM allocation_list_sealed_entry "
                                            "WHERE length(sealed) <> 56")),
              0);
    QSqlQuery q(db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA table_info(allocation_list_sealed_entry)")));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    EXPECT_EQ(columns, (QStringList{QStringLiteral("id"), QStringLiteral("list_id"),
                                    QStringLiteral("stratum"), QStringLiteral("position"),
                                    QStringLiteral("sealed")}));
    // The seed is nowhere in the database, not in the trail either.
    EXPECT_FALSE(dumpDatabase(db()).contains(QString::number(listSeed)));
}

TEST_F(EncryptedAllocationTest, OnlyAStatisticianWithTheKeyOpensTheListItsExportAndTheReplay)
{
    useBlocks({2, 4}, {m_siteFactor});
    const auto expected = armsByStratum(db(), m_statistician);
    allocate(consented(m_siteOsl).id);

    // Another program with the file open by a password, no statistician signed in: the list,
    // the replay and the statistician's own reads are refused, saying what is needed and who
    // has it.
    auto other = openAs(m_coordinator);
    auto replay = RandomizationReplay::run(*other);
    ASSERT_FALSE(replay.ok());
    EXPECT_EQ(replay.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(replay.message().contains(QStringLiteral("allocation key")))
        << str(replay.message());
    EXPECT_TRUE(replay.message().contains(QStringLiteral("statistician"))) << str(replay.message());
    auto list = AllocationListRepository(*other).entries(m_statistician);
    ASSERT_FALSE(list.ok());
    EXPECT_TRUE(list.message().contains(QStringLiteral("held by statistician")))
        << str(list.message());
    EXPECT_FALSE(AllocationListRepository(*other).entries(m_coordinator).ok());

    // The statistician signs in there: their slot opens the key, and everything opens.
    auto statisticianDb = openAs(m_statistician); // and signs in
    EXPECT_TRUE(statisticianDb->keyring().allocationKey(m_statistician.username));
    EXPECT_EQ(armsByStratum(*statisticianDb, m_statistician), expected);
    const ReplayReport report = must(RandomizationReplay::run(*statisticianDb), "replay");
    EXPECT_TRUE(report.allMatch());
    EXPECT_EQ(report.blockAllocations, 1);
    // Signed out, the key goes with them.
    must(UserRepository(*statisticianDb).signOut(m_statistician), "sign out");
    EXPECT_FALSE(statisticianDb->keyring().anyAllocationKey());
    EXPECT_FALSE(AllocationListRepository(*statisticianDb).entries(m_statistician).ok());
}

TEST_F(EncryptedAllocationTest, AStratumThatRunsOutNeedsAStatisticianToBeExtended)
{
    Trial trial = m_protocol.trial;
    trial.targetSampleSize = 4; // 4 entries per stratum
    must(ProtocolRepository(db()).saveTrial(m_admin, trial, QStringLiteral("small")), "trial");
    useBlocks({2}, {m_siteFactor});
    const int perStratum = AllocationListRepository::entriesPerStratum(4, 2);
    // Use up Oslo's entries from the coordinator's own program.
    auto coordinatorDb = openAs(m_coordinator);
    for (int i = 0; i < perStratum; ++i)
        ASSERT_TRUE(
            Randomizer(*coordinatorDb).allocate(m_coordinator, consented(m_siteOsl).id).ok());
    const Participant next = consented(m_siteOsl);
    auto refused = Randomizer(*coordinatorDb).allocate(m_coordinator, next.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("site=OSL"))) << str(refused.message());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("statistician")));
    // Where a statistician holding the key is signed in, the stratum is extended from the seed.
    auto a = Randomizer(db()).allocate(m_coordinator, next.id);
    ASSERT_TRUE(a.ok()) << str(a.message());
    EXPECT_EQ(a->position, perStratum + 1);
    const ReplayReport report = must(RandomizationReplay::run(db()), "replay");
    EXPECT_TRUE(report.allMatch()) << str(report.problems.front().problem);
}

TEST_F(EncryptedAllocationTest, AllocationKeySlotsFollowTheStatisticians)
{
    useBlocks({2, 4}, {m_siteFactor});
    EXPECT_EQ(allocationSlots(db(), m_statistician.username), 1);
    for (const Actor* other : {&m_admin, &m_coordinator, &m_pi, &m_assessor})
        EXPECT_EQ(allocationSlots(db(), other->username), 0) << str(other->username);

    // A new statistician, added while one who holds the key is signed in: a slot of their own.
    UserRepository users(db());
    const QString secondPassword = QStringLiteral("Second passord 42!");
    const User second = must(
        users.create(m_admin,
                     {QStringLiteral("statistician2"), {}, Role::Statistician, secondPassword}),
        "second statistician");
    EXPECT_EQ(allocationSlots(db(), second.username), 1);
    const Actor secondActor{second.id, second.username, Role::Statistician};
    {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.user = second.username;
        options.password = secondPassword;
        auto theirs = must(Database::open(dbPath(), options), "open as second");
        must(UserRepository(*theirs).login(second.username, secondPassword), "second signs in");
        EXPECT_EQ(armsByStratum(*theirs, secondActor), armsByStratum(db(), m_statistician));
    }

    // A password change rewraps the key: the new password opens it, the old one no longer.
    const QString newPassword = QStringLiteral("Changed passord 77!");
    must(users.changePassword(m_statistician, passwordOf(m_statistician.username), newPassword),
         "change password");
    auto header = must(db().cryptHeader(), "header");
    EXPECT_EQ(KeySlots::countAllocation(header, m_statistician.username), 1);
    EXPECT_TRUE(KeySlots::openAllocation(header, m_statistician.username, newPassword).ok());
    EXPECT_FALSE(KeySlots::openAllocation(header, m_statistician.username,
                                          passwordOf(m_statistician.username))
                     .ok());

    // A deactivated statistician's slots are gone; the other keeps theirs.
    must(users.deactivate(m_admin, second.id, QStringLiteral("left the trial")), "deactivate");
    EXPECT_EQ(allocationSlots(db(), second.username), 0);
    EXPECT_EQ(KeySlots::count(must(db().cryptHeader(), "header"), second.username), 0);
    EXPECT_EQ(allocationSlots(db(), m_statistician.username), 1);
}

// A plain trial with a list and allocations, encrypted afterwards: its list is stored as every
// list was before schema version 15, in the clear, until a statistician signs in.
class EncryptedLaterAllocationTest : public RandomizationTest
{
protected:
    std::unique_ptr<Database> openAs(const QString& user, const QString& password)
    {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        options.clock = m_clock;
        options.user = user;
        options.password = password;
        return must(Database::open(dbPath(), options), "open as user");
    }
};

TEST_F(EncryptedLaterAllocationTest, AListFromBeforeIsSealedAtAStatisticiansFirstSignIn)
{
    const AllocationListInfo info = useBlocks({2, 4}, {m_siteFactor});
    std::map<QString, std::vector<qint64>> expected;
    for (const AllocationListEntry& e :
         must(AllocationListRepository(db()).entries(m_statistician), "entries"))
        expected[e.stratum].push_back(e.armId);
    allocate(consented(m_siteOsl).id);
    allocate(consented(m_siteOsl).id);
    const Participant waiting = consented(m_siteOsl);

    const QString adminPassword = passwordOf(m_admin.username);
    must(TrialEncryption::encrypt(std::move(m_db), m_admin, adminPassword), "encrypt");
    // The others open the encrypted file after a password reset (docs/encryption.md).
    const QString temporary = QStringLiteral("Temporary passord 5150!");
    {
        auto admin = openAs(m_admin.username, adminPassword);
        UserRepository users(*admin);
        must(users.login(m_admin.username, adminPassword), "admin signs in");
        must(users.resetPassword(m_admin, m_statistician.userId, temporary), "reset statistician");
        must(users.resetPassword(m_admin, m_coordinator.userId, temporary), "reset coordinator");
        // Still in the clear: nobody holding a statistician's password has signed in.
        EXPECT_EQ(sqlCount(*admin, QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE "
                                                  "sealed IS NULL")),
                  1);
    }

    auto statisticianDb = openAs(m_statistician.username, temporary);
    must(UserRepository(*statisticianDb).login(m_statistician.username, temporary),
         "statistician signs in");
    Database& s = *statisticianDb;
    EXPECT_EQ(sqlValue(s, QStringLiteral("SELECT seed FROM allocation_list")).toString(),
              QString());
    EXPECT_EQ(sqlCount(s, QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE sealed IS "
                                         "NULL")),
              0);
    // Only the two entries taken stay in the clear (the allocations name them; their arms are
    // those participants' own), without their blocks.
    EXPECT_EQ(sqlCount(s, QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry")), 2);
    EXPECT_EQ(sqlCount(s, QStringLiteral("SELECT COUNT(*) FROM allocation_list_entry WHERE "
                                         "block_number <> 0 OR block_length <> 0")),
              0);
    EXPECT_EQ(sqlCount(s, QStringLiteral("SELECT COUNT(*) FROM allocation_list_sealed_entry")),
              info.entries);
    EXPECT_EQ(auditEntries(s, QStringLiteral("action = 'sealed' AND entity = 'allocation_list'")),
              1);
    EXPECT_EQ(KeySlots::countAllocation(must(s.cryptHeader(), "header"), m_statistician.username),
              1);
    // The append-only guards are back.
    EXPECT_FALSE(sqlExec(s, QStringLiteral("DELETE FROM allocation_list_sealed_entry")).isEmpty());
    EXPECT_FALSE(sqlExec(s, QStringLiteral("UPDATE allocation_list SET seed = '1'")).isEmpty());
    EXPECT_FALSE(sqlExec(s, QStringLiteral("DELETE FROM allocation_list_entry")).isEmpty());

    // The statistician reads the same list; the coordinator carries on where allocation was.
    std::map<QString, std::vector<qint64>> read;
    for (const AllocationListEntry& e :
         must(AllocationListRepository(s).entries(m_statistician), "entries"))
        read[e.stratum].push_back(e.armId);
    EXPECT_EQ(read, expected);
    auto coordinatorDb = openAs(m_coordinator.username, temporary);
    must(UserRepository(*coordinatorDb).login(m_coordinator.username, temporary),
         "coordinator signs in");
    auto a = Randomizer(*coordinatorDb).allocate(m_coordinator, waiting.id);
    ASSERT_TRUE(a.ok()) << str(a.message());
    EXPECT_EQ(a->position, 3);
    EXPECT_EQ(a->armId, expected[QStringLiteral("site=OSL")][2]);
    const ReplayReport report = must(RandomizationReplay::run(s), "replay");
    EXPECT_TRUE(report.allMatch()) << str(report.problems.front().problem);
    EXPECT_EQ(report.blockAllocations, 3);
}

} // namespace
} // namespace tdtest
