// Opening a trial made before scores were stored scores its assessments once; answers that
// today's rules refuse stay unscored (for the data manager), and nothing else changes.

#include "instruments/TrialDatabase.h"

#include "FixtureData.h"
#include "TestTrial.h"

#include <QFile>

using namespace td;
using namespace tdtest;

TEST(TrialDatabase, UpgradeScoresTheAssessmentsOfAnOlderTrial)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v4.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture::path(4), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    auto db = openTrialDatabase(file);
    ASSERT_TRUE(db.ok()) << str(db.message());
    EXPECT_EQ((*db)->versionAtOpen(), 4);
    EXPECT_EQ(sqlCount(**db, QStringLiteral("SELECT COUNT(*) FROM assessment_score")), 3);
    EXPECT_EQ(sqlValue(**db, QStringLiteral("SELECT total FROM assessment_score WHERE "
                                            "assessment_id = 1"))
                  .toDouble(),
              11.0); // 10 x 9 / 8 = 11.25, prorated
    // hrsd17 item 4 = "1a" was accepted before answers were validated: it stays unscored.
    EXPECT_EQ(sqlCount(**db, QStringLiteral("SELECT COUNT(*) FROM assessment_score WHERE "
                                            "assessment_id = 3")),
              0);
    EXPECT_EQ(sqlValue(**db, QStringLiteral("SELECT item_values FROM assessment WHERE id = 3"))
                  .toString(),
              QStringLiteral("2,1,0,1a,2,1,0,1,2,1,1,0,1,2,0,1,0"));
}

TEST(TrialDatabase, CurrentTrialsAreNotRescored)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v5.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture::path(5), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    auto db = openTrialDatabase(file);
    ASSERT_TRUE(db.ok()) << str(db.message());
    // The fixture's stored scores are kept as they are (three rows, one of them null).
    EXPECT_EQ(sqlCount(**db, QStringLiteral("SELECT COUNT(*) FROM assessment_score")), 3);
}
