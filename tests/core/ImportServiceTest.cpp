// The imports by kind, as the command line and the window's Import menu reach them: each kind's
// key, the permission it needs and the name of its records, and each run handed to its import
// (which validates the whole file and writes nothing when it finds a problem).

#include "exchange/ImportService.h"

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"

#include <QFile>

using namespace td;
using namespace tdtest;

namespace {

TEST(ImportService, EveryKindHasAKeyThatReadsBack)
{
    EXPECT_EQ(ImportService::keys(),
              (QStringList{QStringLiteral("assessments"), QStringLiteral("redcap-dictionary"),
                           QStringLiteral("redcap-records"), QStringLiteral("odm")}));
    ASSERT_EQ(ImportService::kinds().size(), 4u);
    QStringList names;
    for (ImportKind kind : ImportService::kinds()) {
        EXPECT_EQ(ImportService::kindFromKey(ImportService::key(kind)), kind);
        const QString name = ImportService::recordsName(kind);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_FALSE(names.contains(name)) << str(name);
        names << name;
    }
    EXPECT_EQ(ImportService::kindFromKey(QStringLiteral("spreadsheet")), std::nullopt);
    EXPECT_EQ(ImportService::kindFromKey(QString()), std::nullopt);
}

TEST(ImportService, ADictionaryChangesTheProtocolSoItNeedsTheProtocolEditor)
{
    EXPECT_EQ(ImportService::permission(ImportKind::Assessments), Permission::EnterAssessments);
    EXPECT_EQ(ImportService::permission(ImportKind::Odm), Permission::EnterAssessments);
    EXPECT_EQ(ImportService::permission(ImportKind::RedcapRecords), Permission::EnterAssessments);
    EXPECT_EQ(ImportService::permission(ImportKind::RedcapDictionary),
              Permission::ImportInstruments);
}

class ImportServiceTrial : public TestTrial
{
protected:
    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            throw SetupFailure("cannot write " + str(name));
        return path;
    }

    QByteArray phq9Csv(const Participant& p) const
    {
        return "study_id,site,visit,session_number,instrument,date,rater,status,missing_reason,"
               "item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9\r\n" +
               QStringLiteral(
                   "%1,OSL,baseline,,phq9,%2,coordinator,complete,,1,1,1,1,1,1,1,1,0\r\n")
                   .arg(p.studyId, today().addDays(-2).toString(Qt::ISODate))
                   .toUtf8();
    }

    qint64 assessments()
    {
        return sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM assessment"));
    }
};

TEST_F(ImportServiceTrial, EachKindRunsItsOwnImport)
{
    const Participant p = randomized(m_armCbt);
    const QString csv = write(QStringLiteral("a.csv"), phq9Csv(p));
    ImportService service(db());

    // The CSV given as ODM or as a dictionary: each import reads it as its own format and
    // refuses it at its first line; nothing is written.
    const QString before = dumpDatabase(db());
    auto asOdm = service.run(m_coordinator, ImportKind::Odm, csv);
    ASSERT_TRUE(asOdm.ok()) << str(asOdm.message());
    EXPECT_FALSE(asOdm->ok());
    EXPECT_EQ(asOdm->imported, 0);
    auto asDictionary = service.run(m_admin, ImportKind::RedcapDictionary, csv);
    if (asDictionary.ok()) {
        EXPECT_FALSE(asDictionary->ok());
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));

    // As assessments it imports, with progress reported on the way.
    int lastPercent = -1;
    auto imported = service.run(m_coordinator, ImportKind::Assessments, csv, [&](int percent) {
        lastPercent = percent;
        return true;
    });
    ASSERT_TRUE(imported.ok()) << str(imported.message());
    ASSERT_TRUE(imported->ok()) << str(imported->problems.front().reason);
    EXPECT_EQ(imported->imported, 1);
    EXPECT_EQ(assessments(), 1);
    EXPECT_EQ(lastPercent, 100);
}

TEST_F(ImportServiceTrial, EachImportChecksThePermissionItself)
{
    const Participant p = randomized(m_armCbt);
    const QString csv = write(QStringLiteral("a.csv"), phq9Csv(p));
    ImportService service(db());
    const QString before = dumpDatabase(db());
    for (ImportKind kind : ImportService::kinds()) {
        const Actor& who = kind == ImportKind::RedcapDictionary ? m_pi : m_statistician;
        ASSERT_FALSE(who.can(ImportService::permission(kind)));
        auto r = service.run(who, kind, csv);
        ASSERT_FALSE(r.ok()) << str(ImportService::key(kind));
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden) << str(ImportService::key(kind));
    }
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(ImportServiceTrial, AFileThatIsNotThereIsAnErrorNotAnEmptyImport)
{
    ImportService service(db());
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.csv"));
    for (ImportKind kind : {ImportKind::Assessments, ImportKind::Odm}) {
        auto r = service.run(m_coordinator, kind, missing);
        const bool refused = !r.ok() || !r->ok();
        EXPECT_TRUE(refused) << str(ImportService::key(kind));
        if (r.ok()) {
            EXPECT_EQ(r->imported, 0);
        }
    }
}

} // namespace
