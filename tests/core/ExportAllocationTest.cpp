// The allocation list export: every entry of the list in use, with the participant who took it
// (or none yet), and every allocation made by minimization; only the unblinded statistician
// may write it, and it has no blinded form.

#include "ExportTestSupport.h"
#include "RandomizationFixture.h"
#include "exchange/ExportService.h"

#include <QFileInfo>

using namespace td;
using namespace tdtest;

namespace {

class ExportAllocationTest : public RandomizationTest
{
protected:
    QString out(const QString& name) const { return m_dir.filePath(name); }
    Result<ExportSummary> run(const Actor& a, const QString& name, ExportOptions o = {})
    {
        return ExportService(db()).exportTo(a, *ExportFormats::find(u"allocation"), out(name), o);
    }
};

TEST_F(ExportAllocationTest, ListsEveryEntryWithWhoTookItAndEveryMinimizationAllocation)
{
    const AllocationListInfo list = useBlocks({4}, {m_siteFactor});
    const Participant first = consented(m_siteOsl);
    const Allocation a1 = allocate(first.id);
    const Participant second = consented(m_siteOsl);
    const Allocation a2 = allocate(second.id);

    auto r = run(m_statistician, QStringLiteral("allocation.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_TRUE(r->withArms);
    const auto csv = parseCsv(readText(out(QStringLiteral("allocation.csv"))));
    ASSERT_FALSE(csv.empty());
    EXPECT_EQ(
        csv.front(),
        (QStringList{QStringLiteral("source"), QStringLiteral("list_id"), QStringLiteral("stratum"),
                     QStringLiteral("position"), QStringLiteral("block"),
                     QStringLiteral("block_length"), QStringLiteral("arm"),
                     QStringLiteral("study_id"), QStringLiteral("site"), QStringLiteral("sequence"),
                     QStringLiteral("allocated_at"), QStringLiteral("allocated_by")}));
    const auto stored = sqlCount(
        db(), QStringLiteral(
                  "SELECT (SELECT COUNT(*) FROM allocation_list_entry) + (SELECT COUNT(*) FROM "
                  "allocation_list_sealed_entry)"));
    EXPECT_EQ(r->rows, stored);
    ASSERT_EQ(static_cast<qint64>(csv.size()) - 1, stored);
    // The used entries name their participant, in allocation order, with the arm allocated.
    std::vector<QStringList> used;
    for (size_t i = 1; i < csv.size(); ++i) {
        EXPECT_EQ(cell(csv, i, QStringLiteral("source")), QStringLiteral("list"));
        EXPECT_EQ(cell(csv, i, QStringLiteral("list_id")), QString::number(list.id));
        EXPECT_EQ(cell(csv, i, QStringLiteral("block_length")), QStringLiteral("4"));
        if (!cell(csv, i, QStringLiteral("study_id")).isEmpty())
            used.push_back(csv[i]);
    }
    ASSERT_EQ(used.size(), 2u);
    const qsizetype study = csv.front().indexOf(QStringLiteral("study_id"));
    const qsizetype arm = csv.front().indexOf(QStringLiteral("arm"));
    const qsizetype by = csv.front().indexOf(QStringLiteral("allocated_by"));
    EXPECT_EQ(used[0][study], first.studyId);
    EXPECT_EQ(used[1][study], second.studyId);
    EXPECT_EQ(used[0][arm], a1.armId == m_armCbt ? QStringLiteral("CBT") : QStringLiteral("PDT"));
    EXPECT_EQ(used[1][arm], a2.armId == m_armCbt ? QStringLiteral("CBT") : QStringLiteral("PDT"));
    EXPECT_EQ(used[0][by], QStringLiteral("coordinator"));
}

TEST_F(ExportAllocationTest, ListsEveryAllocationMadeByMinimization)
{
    useMinimization({{m_siteFactor, 1.0}});
    const Participant first = consented(m_siteOsl);
    allocate(first.id);
    const Participant second = consented(m_siteBrg);
    allocate(second.id);
    auto r = run(m_statistician, QStringLiteral("minimization.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_EQ(r->rows, 2);
    const auto csv = parseCsv(readText(out(QStringLiteral("minimization.csv"))));
    ASSERT_EQ(csv.size(), 3u);
    for (size_t i = 1; i < csv.size(); ++i) {
        EXPECT_EQ(cell(csv, i, QStringLiteral("source")), QStringLiteral("minimization"));
        EXPECT_EQ(cell(csv, i, QStringLiteral("list_id")), QString());
        EXPECT_EQ(cell(csv, i, QStringLiteral("sequence")), QString::number(i));
        EXPECT_FALSE(cell(csv, i, QStringLiteral("arm")).isEmpty());
        EXPECT_TRUE(cell(csv, i, QStringLiteral("allocated_at")).startsWith(QStringLiteral("20")));
    }
    EXPECT_EQ(cell(csv, 1, QStringLiteral("study_id")), first.studyId);
    EXPECT_EQ(cell(csv, 2, QStringLiteral("study_id")), second.studyId);
    EXPECT_EQ(cell(csv, 2, QStringLiteral("site")), QStringLiteral("BRG"));
}

TEST_F(ExportAllocationTest, OnlyTheStatisticianMayAndNeverBlinded)
{
    useBlocks({4}, {m_siteFactor});
    allocate(consented(m_siteOsl).id);
    for (const Actor* a : {&m_pi, &m_coordinator, &m_assessor, &m_admin}) {
        const qint64 lastAudit = lastAuditId(db());
        const QString name = QStringLiteral("refused-%1.csv").arg(a->username);
        auto r = run(*a, name);
        ASSERT_FALSE(r.ok()) << str(a->username);
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden) << str(a->username);
        EXPECT_FALSE(QFileInfo::exists(out(name)));
        EXPECT_EQ(lastAuditId(db()), lastAudit);
        EXPECT_FALSE(ExportFormats::find(u"allocation")->permits(*a).ok());
    }
    EXPECT_TRUE(ExportFormats::find(u"csv-long")->permits(m_pi).ok());
    EXPECT_TRUE(ExportFormats::find(u"allocation")->permits(m_statistician).ok());

    ExportOptions blinded;
    blinded.blinded = true;
    auto refused = run(m_statistician, QStringLiteral("blinded.csv"), blinded);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("no blinded form")))
        << str(refused.message());
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("blinded.csv"))));
}

} // namespace
