// The worklist's parts one at a time, without a trial: the task-kind picker's rule, the text
// search (every word, any case), sorting by due date with undated rows last either way, the
// header counts, and the emergency-unblinding review table.

#include "i18n/LanguageManager.h"
#include "worklist/UnblindingTableModel.h"
#include "worklist/WorklistFilter.h"
#include "worklist/WorklistModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <gtest/gtest.h>

using namespace td;

namespace {

const QDate kToday(2026, 3, 11); // a Wednesday

WorkItem task(TaskKind kind, const char* studyId, QDate since, QDate due = {})
{
    WorkItem w;
    w.kind = kind;
    w.studyId = QString::fromLatin1(studyId);
    w.participantId = w.studyId.right(3).toLongLong();
    w.since = since;
    w.due = due;
    return w;
}

std::vector<WorkItem> sampleTasks()
{
    WorkItem visit = task(TaskKind::VisitDue, "OSL-001", kToday.addDays(-3), kToday.addDays(4));
    visit.timePointId = 7;
    visit.detail = QStringLiteral("w8");
    visit.instruments = {QStringLiteral("phq9"), QStringLiteral("gad7")};
    WorkItem late =
        task(TaskKind::VisitOverdue, "BRG-002", kToday.addDays(-20), kToday.addDays(-6));
    late.timePointId = 7;
    late.detail = QStringLiteral("w8");
    late.instruments = {QStringLiteral("hrsd17")};
    WorkItem alert = task(TaskKind::ReviewAlert, "OSL-003", kToday.addDays(-1));
    alert.alertId = 5;
    alert.alertKind = QStringLiteral("suicidality");
    return {alert,
            late,
            visit,
            task(TaskKind::DecideEligibility, "OSL-004", kToday.addDays(-30)), // last week: late
            task(TaskKind::RecordConsent, "BRG-005", kToday),                  // this week
            task(TaskKind::Randomize, "OSL-006", kToday.addDays(-1))};
}

class WorklistPartsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    QStringList shownStudyIds() const
    {
        QStringList out;
        for (int r = 0; r < m_filter.rowCount(); ++r)
            out << m_filter.index(r, WorklistModel::Participant).data().toString();
        return out;
    }

    LanguageManager m_languages;
    WorklistModel m_model;
    WorklistFilter m_filter;
};

TEST_F(WorklistPartsTest, EachChoiceOfThePickerShowsItsKindOfTask)
{
    using Show = WorklistFilter::Show;
    const auto k = [](TaskKind kind) { return static_cast<int>(kind); };
    EXPECT_TRUE(WorklistFilter::accepts(Show::All, k(TaskKind::ReviewUnblinding), false));
    EXPECT_TRUE(WorklistFilter::accepts(Show::Eligibility, k(TaskKind::DecideEligibility), true));
    EXPECT_FALSE(WorklistFilter::accepts(Show::Eligibility, k(TaskKind::RecordConsent), false));
    EXPECT_TRUE(WorklistFilter::accepts(Show::Consent, k(TaskKind::RecordConsent), false));
    EXPECT_TRUE(WorklistFilter::accepts(Show::Randomize, k(TaskKind::Randomize), false));
    EXPECT_FALSE(WorklistFilter::accepts(Show::Randomize, k(TaskKind::DecideEligibility), false));
    // Visits due are those still within their window; the late ones are under Overdue.
    EXPECT_TRUE(WorklistFilter::accepts(Show::VisitsDue, k(TaskKind::VisitDue), false));
    EXPECT_FALSE(WorklistFilter::accepts(Show::VisitsDue, k(TaskKind::VisitOverdue), true));
    EXPECT_TRUE(WorklistFilter::accepts(Show::Overdue, k(TaskKind::VisitOverdue), true));
    EXPECT_TRUE(WorklistFilter::accepts(Show::Overdue, k(TaskKind::DecideEligibility), true));
    EXPECT_FALSE(WorklistFilter::accepts(Show::Overdue, k(TaskKind::RecordConsent), false));
    EXPECT_TRUE(WorklistFilter::accepts(Show::Alerts, k(TaskKind::ReviewAlert), false));
    EXPECT_FALSE(WorklistFilter::accepts(Show::Alerts, k(TaskKind::ReviewUnblinding), false));
}

TEST_F(WorklistPartsTest, TheFilterSearchesEveryWordAndSortsUndatedRowsLast)
{
    QAbstractItemModelTester modelTester(&m_model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_filter.setSourceModel(&m_model);
    QAbstractItemModelTester filterTester(&m_filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model.setItems(sampleTasks(), kToday);
    ASSERT_EQ(m_filter.rowCount(), 6);
    const WorklistModel::Counts counts = m_model.counts();
    EXPECT_EQ(counts.overdue, 2); // the visit past its window, the decision waiting since last week
    EXPECT_EQ(counts.thisWeek, 4);

    m_filter.setShow(WorklistFilter::Show::Overdue);
    EXPECT_EQ(shownStudyIds(), (QStringList{QStringLiteral("BRG-002"), QStringLiteral("OSL-004")}));
    m_filter.setShow(WorklistFilter::Show::All);
    // Every word must appear (any case), in the study ID, the visit or an instrument.
    m_filter.setText(QStringLiteral("osl W8"));
    EXPECT_EQ(shownStudyIds(), QStringList{QStringLiteral("OSL-001")});
    m_filter.setText(QStringLiteral("brg"));
    EXPECT_EQ(shownStudyIds(), (QStringList{QStringLiteral("BRG-002"), QStringLiteral("BRG-005")}));
    m_filter.setText(QString());

    // By due date: dated rows in date order, the undated ones last in both directions.
    m_filter.sort(WorklistModel::Due, Qt::AscendingOrder);
    QStringList ascending = shownStudyIds();
    EXPECT_EQ(ascending.mid(0, 2),
              (QStringList{QStringLiteral("BRG-002"), QStringLiteral("OSL-001")}));
    m_filter.sort(WorklistModel::Due, Qt::DescendingOrder);
    QStringList descending = shownStudyIds();
    EXPECT_EQ(descending.mid(0, 2),
              (QStringList{QStringLiteral("OSL-001"), QStringLiteral("BRG-002")}));
    // Rows without a due date keep the core's order among themselves.
    EXPECT_EQ(ascending.mid(2), descending.mid(2));
}

TEST_F(WorklistPartsTest, DueTextSaysHowFarAway)
{
    EXPECT_TRUE(WorklistModel::dueText(kToday, kToday).contains(QStringLiteral("today")));
    EXPECT_TRUE(WorklistModel::dueText(kToday.addDays(4), kToday).contains(QStringLiteral("4")));
    EXPECT_TRUE(WorklistModel::dueText(kToday.addDays(-2), kToday).contains(QStringLiteral("ago")));
    EXPECT_TRUE(WorklistModel::dueText(QDate(), kToday).isEmpty());
}

TEST_F(WorklistPartsTest, TheUnblindingTableShowsWhoWhenWhyAndTheReview)
{
    UnblindingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    UnblindingRecord open{11,
                          1,
                          QStringLiteral("OSL-001"),
                          4,
                          QStringLiteral("assessor"),
                          QStringLiteral("Serious adverse event: hospital admission"),
                          QDateTime(kToday, QTime(9, 30), Qt::UTC),
                          QDateTime(),
                          0};
    UnblindingRecord reviewed{10,
                              2,
                              QStringLiteral("BRG-002"),
                              5,
                              QStringLiteral("rater2"),
                              QStringLiteral("Overdose"),
                              QDateTime(kToday.addDays(-9), QTime(8, 0), Qt::UTC),
                              QDateTime(kToday.addDays(-8), QTime(12, 0), Qt::UTC),
                              1};
    model.setRecords({open, reviewed},
                     {{4, QStringLiteral("Erik Berg")}, {1, QStringLiteral("Pia PI")}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.unreviewedCount(), 1);
    EXPECT_EQ(model.rowOf(10), 1);
    EXPECT_EQ(model.rowOf(99), -1);
    EXPECT_EQ(model.recordAt(0)->id, 11);
    EXPECT_EQ(model.recordAt(2), nullptr);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    EXPECT_EQ(cell(0, UnblindingTableModel::UnblindedBy).toString(),
              QStringLiteral("Erik Berg (assessor)"));
    EXPECT_EQ(cell(1, UnblindingTableModel::UnblindedBy).toString(), QStringLiteral("rater2"));
    EXPECT_EQ(cell(0, UnblindingTableModel::Review).toString(), QStringLiteral("To review"));
    EXPECT_TRUE(cell(1, UnblindingTableModel::Review)
                    .toString()
                    .startsWith(QStringLiteral("Reviewed by Pia PI on")));
    EXPECT_EQ(cell(0, UnblindingTableModel::Reason, Qt::ToolTipRole).toString(), open.reason);
    EXPECT_TRUE(cell(0, UnblindingTableModel::Participant, Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(cell(1, UnblindingTableModel::Participant, Qt::FontRole).isValid());
    EXPECT_EQ(cell(1, UnblindingTableModel::Participant, Qt::UserRole).toLongLong(), 10);

    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    model.retranslate();
    EXPECT_NE(model.headerData(UnblindingTableModel::Reason, Qt::Horizontal).toString(),
              QStringLiteral("Reason"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    model.setRecords({}, {});
    EXPECT_EQ(model.unreviewedCount(), 0);
}

} // namespace
