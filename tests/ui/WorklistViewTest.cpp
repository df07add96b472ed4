// The worklist screen: the model and its filter pass the item-model tester, the header counts
// overdue tasks apart from this week's, the search and the task-kind filter narrow the rows,
// dates sort as dates, and a double-click opens the task under the pointer.
//   TD_SCREENSHOT_DIR=/tmp/shots build/tests/ui/trialdesk_ui_tests --gtest_filter='Worklist*'
// also saves the coordinator's and the assessor's worklist in both languages.

#include "worklist/WorklistView.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "trial/ProtocolRepository.h"
#include "visits/VisitTimeline.h"
#include "worklist/WorklistFilter.h"
#include "worklist/WorklistModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace td;

namespace {

using Show = WorklistFilter::Show;

class WorklistViewTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        // Another test may have left the default locale Norwegian; dates here are British.
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void TearDown() override
    {
        QLocale::setDefault(m_locale);
        DemoDatabase::TearDown();
    }

    // Moves today `days` past the target day of the next visit not yet held, so that the lists
    // hold visits due whatever day the demo was built on (it records every visit until today).
    void todayAfterNextVisit(int days)
    {
        auto ids = m_db->scalar(QStringLiteral(
            "SELECT group_concat(id) FROM participant WHERE status IN ('randomized', "
            "'in_treatment')"));
        ASSERT_TRUE(ids.ok());
        QDate next;
        for (const QString& id : ids->toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto visits = VisitTimeline::forParticipant(
                *m_db, actor("pi", Role::PrincipalInvestigator), id.toLongLong());
            ASSERT_TRUE(visits.ok()) << visits.message().toStdString();
            for (const Visit& v : *visits)
                if (v.state == VisitState::Upcoming && (!next.isValid() || v.target < next))
                    next = v.target;
        }
        ASSERT_TRUE(next.isValid()) << "the demo has a visit to come";
        m_db->setClock(
            std::make_shared<FixedClock>(QDateTime(next.addDays(days), QTime(9, 0), Qt::UTC)));
    }

    Actor coordinator() const { return actor("coordinator", Role::Coordinator); }
    Actor assessor() const { return actor("assessor", Role::BlindedAssessor); }

    static void choose(WorklistView& view, Show show)
    {
        const int index = view.kindBox()->findData(static_cast<int>(show));
        ASSERT_GE(index, 0) << "no such choice: " << static_cast<int>(show);
        view.kindBox()->setCurrentIndex(index);
    }

    static const WorkItem& itemOf(const WorklistView& view, int proxyRow)
    {
        const QModelIndex source = view.filter()->mapToSource(view.filter()->index(proxyRow, 0));
        return *view.model()->itemAt(source.row());
    }

    static QString cell(const QAbstractItemModel& model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    QLocale m_locale;
};

// Wednesday 11 March 2026: Monday is the 9th, Sunday the 15th.
const QDate wednesday(2026, 3, 11);

WorkItem task(TaskKind kind, const char* studyId, QDate since, QDate due = {})
{
    WorkItem w;
    w.kind = kind;
    w.participantId = QString::fromLatin1(studyId).right(3).toLongLong();
    w.studyId = QString::fromLatin1(studyId);
    w.since = since;
    w.due = due;
    if (due.isValid()) {
        w.timePointId = 1;
        w.detail = QStringLiteral("w8");
        w.instruments = {QStringLiteral("phq9")};
    }
    return w;
}

std::vector<WorkItem> weekOfTasks()
{
    return {
        task(TaskKind::DecideEligibility, "OSL-001", QDate(2026, 3, 2)), // before Monday: late
        task(TaskKind::RecordConsent, "OSL-002", QDate(2026, 3, 10)),    // this week
        task(TaskKind::VisitOverdue, "OSL-003", QDate(2026, 2, 20), QDate(2026, 3, 6)),
        task(TaskKind::VisitDue, "OSL-004", QDate(2026, 3, 4), QDate(2026, 3, 13)),
        task(TaskKind::VisitDue, "OSL-005", QDate(2026, 3, 8), QDate(2026, 4, 2)),
        task(TaskKind::VisitDue, "OSL-006", QDate(2026, 3, 8), QDate(2026, 3, 25)),
        task(TaskKind::ReviewAlert, "OSL-007", QDate(2026, 2, 1)), // alerts are never late
    };
}

TEST_F(WorklistViewTest, ModelAndFilterPassTheItemModelTester)
{
    WorklistModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    WorklistFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today = m_db->clock().today();
    auto items = Worklist(*m_db).forActor(coordinator(), today);
    ASSERT_TRUE(items.ok()) << items.message().toStdString();
    auto protocol = ProtocolRepository(*m_db).load(coordinator());
    ASSERT_TRUE(protocol.ok());
    model.setNames(*protocol, InstrumentCatalog::builtIn());
    model.setItems(*items, today);
    ASSERT_GT(model.rowCount(), 0);
    for (int column = 0; column < WorklistModel::ColumnCount; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        filter.sort(column, Qt::DescendingOrder);
    }
    filter.sort(-1);
    filter.setShow(Show::Overdue);
    filter.setText(QStringLiteral("phq"));
    filter.setShow(Show::All);
    filter.setText({});
    model.retranslate();
    model.setNames(*protocol, InstrumentCatalog::builtIn());
    model.setItems(weekOfTasks(), wednesday);
    EXPECT_EQ(filter.rowCount(), 7);
    model.setItems({}, wednesday);
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST_F(WorklistViewTest, HeaderCountsOverdueApartFromThisWeek)
{
    WorklistModel model;
    model.setItems(weekOfTasks(), wednesday);
    const WorklistModel::Counts counts = model.counts();
    EXPECT_EQ(counts.overdue, 2);
    EXPECT_EQ(counts.thisWeek, 5);
    EXPECT_EQ(WorklistView::summary(counts).toStdString(), "2 overdue · 5 to do this week");
    EXPECT_EQ(WorklistView::summary({0, 4}).toStdString(), "0 overdue · 4 to do this week");
    EXPECT_EQ(WorklistView::summary({}).toStdString(), "Nothing to do: no task is waiting");

    // On the demo, for a fixed today: the overdue tasks are not counted as this week's.
    const QDate today = m_db->clock().today().addDays(3);
    m_db->setClock(std::make_shared<FixedClock>(QDateTime(today, QTime(9, 0), Qt::UTC)));
    WorklistView view(*m_db, coordinator());
    ASSERT_TRUE(view.reload().isEmpty());
    auto items = Worklist(*m_db).forActor(coordinator(), today);
    ASSERT_TRUE(items.ok());
    int overdue = 0;
    for (const WorkItem& w : *items)
        overdue += w.isOverdue(today);
    ASSERT_GT(overdue, 0) << "the demo has late tasks";
    const WorklistModel::Counts shown = view.model()->counts();
    EXPECT_EQ(shown.overdue, overdue);
    EXPECT_EQ(shown.overdue + shown.thisWeek, static_cast<int>(items->size()));
    EXPECT_LT(shown.thisWeek, static_cast<int>(items->size()));
    EXPECT_TRUE(view.summary().startsWith(QStringLiteral("%1 overdue · ").arg(overdue)))
        << view.summary().toStdString();
}

TEST_F(WorklistViewTest, DueByShowsTheDateAndHowFarAwayItIs)
{
    WorklistModel model;
    model.setItems(weekOfTasks(), wednesday);
    // (The English plurals come from the translation, which the tests do not load.)
    const QString late = cell(model, 2, WorklistModel::Due);
    EXPECT_TRUE(late.startsWith(QStringLiteral("06/03/2026 (5 day")) && late.endsWith(u" ago)"))
        << late.toStdString();
    const QString soon = cell(model, 3, WorklistModel::Due);
    EXPECT_TRUE(soon.startsWith(QStringLiteral("13/03/2026 (in 2 day"))) << soon.toStdString();
    EXPECT_EQ(WorklistModel::dueText(wednesday, wednesday).toStdString(), "11/03/2026 (today)");
    EXPECT_TRUE(cell(model, 0, WorklistModel::Due).isEmpty());
    EXPECT_EQ(cell(model, 0, WorklistModel::Since).toStdString(), "02/03/2026");
    // Overdue rows are marked; the others are not.
    EXPECT_TRUE(model.index(0, 0).data(WorklistModel::OverdueRole).toBool());
    EXPECT_TRUE(model.index(0, WorklistModel::Task).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model.index(2, WorklistModel::Due).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(3, WorklistModel::Due).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(3, 0).data(WorklistModel::OverdueRole).toBool());

    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    EXPECT_TRUE(cell(model, 3, WorklistModel::Due).startsWith(QStringLiteral("13.03.2026")))
        << cell(model, 3, WorklistModel::Due).toStdString();
}

TEST_F(WorklistViewTest, SortingByDueDateSortsByDateNotText)
{
    WorklistModel model;
    model.setItems(weekOfTasks(), wednesday);
    WorklistFilter filter;
    filter.setSourceModel(&model);
    const auto studyIds = [&filter] {
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids << filter.index(row, WorklistModel::Participant).data().toString();
        return ids.join(QLatin1Char(' ')).toStdString();
    };
    // As text "02/04/2026" would come first; as dates it is last. Tasks without a due date
    // last in either direction, in the core's order.
    filter.sort(WorklistModel::Due, Qt::AscendingOrder);
    EXPECT_EQ(studyIds(), "OSL-003 OSL-004 OSL-006 OSL-005 OSL-001 OSL-002 OSL-007");
    filter.sort(WorklistModel::Due, Qt::DescendingOrder);
    EXPECT_EQ(studyIds(), "OSL-005 OSL-006 OSL-004 OSL-003 OSL-001 OSL-002 OSL-007");
    filter.sort(WorklistModel::Since, Qt::AscendingOrder);
    EXPECT_EQ(studyIds(), "OSL-007 OSL-003 OSL-001 OSL-004 OSL-005 OSL-006 OSL-002");
    filter.sort(-1);
    EXPECT_EQ(studyIds(), "OSL-001 OSL-002 OSL-003 OSL-004 OSL-005 OSL-006 OSL-007");
}

TEST_F(WorklistViewTest, CoordinatorHasVisitTasksWithInstrumentsAndDueBy)
{
    todayAfterNextVisit(0);
    WorklistView view(*m_db, coordinator());
    ASSERT_TRUE(view.reload().isEmpty());
    const WorklistModel& model = *view.model();
    int visits = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const WorkItem& w = *model.itemAt(row);
        if (w.kind != TaskKind::VisitDue && w.kind != TaskKind::VisitOverdue)
            continue;
        ++visits;
        ASSERT_TRUE(w.due.isValid());
        const QString due = cell(model, row, WorklistModel::Due);
        EXPECT_TRUE(due.startsWith(QLocale().toString(w.due, QLocale::ShortFormat)))
            << due.toStdString();
        EXPECT_FALSE(cell(model, row, WorklistModel::Visit).isEmpty());
        // Instrument names, not ids: the coordinator's are self-report questionnaires.
        const QString instruments = cell(model, row, WorklistModel::Instruments);
        EXPECT_FALSE(instruments.isEmpty());
        EXPECT_FALSE(instruments.contains(QStringLiteral("phq9"))) << instruments.toStdString();
        EXPECT_FALSE(instruments.contains(QStringLiteral("HRSD"))) << instruments.toStdString();
    }
    EXPECT_GT(visits, 0);
    EXPECT_GE(view.kindBox()->findData(static_cast<int>(Show::VisitsDue)), 0);
}

TEST_F(WorklistViewTest, AssessorSeesBlindedRatingsOnly)
{
    todayAfterNextVisit(0);
    WorklistView view(*m_db, assessor());
    ASSERT_TRUE(view.reload().isEmpty());
    const WorklistModel& model = *view.model();
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const WorkItem& w = *model.itemAt(row);
        EXPECT_TRUE(w.kind == TaskKind::VisitDue || w.kind == TaskKind::VisitOverdue);
        EXPECT_EQ(cell(model, row, WorklistModel::Instruments).toStdString(), "HRSD-17");
        EXPECT_FALSE(cell(model, row, WorklistModel::Due).isEmpty());
    }
    // Only the kinds the list holds are offered.
    EXPECT_EQ(view.kindBox()->findData(static_cast<int>(Show::Eligibility)), -1);
    EXPECT_EQ(view.kindBox()->findData(static_cast<int>(Show::Alerts)), -1);
    EXPECT_GE(view.kindBox()->findData(static_cast<int>(Show::Overdue)), 0);
}

TEST_F(WorklistViewTest, KindAndTextFiltersNarrowTheRows)
{
    todayAfterNextVisit(3);
    WorklistView view(*m_db, coordinator());
    ASSERT_TRUE(view.reload().isEmpty());
    const int total = view.model()->rowCount();
    ASSERT_GT(total, 0);
    ASSERT_EQ(view.filter()->rowCount(), total);

    choose(view, Show::Overdue);
    EXPECT_EQ(view.filter()->rowCount(), view.model()->counts().overdue);
    for (int row = 0; row < view.filter()->rowCount(); ++row)
        EXPECT_TRUE(itemOf(view, row).isOverdue(view.model()->today()));

    choose(view, Show::VisitsDue);
    int due = 0;
    for (int row = 0; row < total; ++row)
        due += view.model()->itemAt(row)->kind == TaskKind::VisitDue;
    EXPECT_GT(due, 0);
    EXPECT_EQ(view.filter()->rowCount(), due);
    for (int row = 0; row < view.filter()->rowCount(); ++row)
        EXPECT_EQ(itemOf(view, row).kind, TaskKind::VisitDue);

    // One participant's visit by study ID and visit code, in any case.
    const WorkItem visit = itemOf(view, 0);
    const QString code = view.filter()->index(0, WorklistModel::Visit).data().toString();
    view.searchBox()->setText(QStringLiteral("%1 %2").arg(visit.studyId.toLower(), code));
    ASSERT_GE(view.filter()->rowCount(), 1);
    for (int row = 0; row < view.filter()->rowCount(); ++row) {
        EXPECT_EQ(itemOf(view, row).studyId, visit.studyId);
        EXPECT_EQ(itemOf(view, row).timePointId, visit.timePointId);
    }

    // By an instrument's short name, under every kind of task.
    choose(view, Show::All);
    const QString instrument = visit.instruments.back();
    view.searchBox()->setText(InstrumentCatalog::builtIn().find(instrument)->shortName.toLower());
    ASSERT_GT(view.filter()->rowCount(), 0);
    EXPECT_LE(view.filter()->rowCount(), total);
    for (int row = 0; row < view.filter()->rowCount(); ++row)
        EXPECT_TRUE(itemOf(view, row).instruments.contains(instrument));

    view.searchBox()->setText(QStringLiteral("no such task"));
    EXPECT_EQ(view.filter()->rowCount(), 0);
    view.searchBox()->clear();
    EXPECT_EQ(view.filter()->rowCount(), total);
    // The choice survives a reload.
    choose(view, Show::Overdue);
    ASSERT_TRUE(view.reload().isEmpty());
    EXPECT_EQ(view.kindBox()->currentData().toInt(), static_cast<int>(Show::Overdue));
}

TEST_F(WorklistViewTest, DoubleClickOpensTheTaskUnderThePointer)
{
    todayAfterNextVisit(3);
    WorklistView view(*m_db, coordinator());
    ASSERT_TRUE(view.reload().isEmpty());
    view.resize(1000, 600);
    view.show();
    QTableView* table = view.table();
    table->sortByColumn(WorklistModel::Participant, Qt::DescendingOrder);
    QSignalSpy opened(&view, &WorklistView::taskOpened);
    const QModelIndex index = view.filter()->index(1, WorklistModel::Participant);
    const WorkItem expected = itemOf(view, 1);
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(opened.count(), 1);
    const auto item = opened.at(0).at(0).value<WorkItem>();
    EXPECT_EQ(item.participantId, expected.participantId);
    EXPECT_EQ(item.kind, expected.kind);
    EXPECT_EQ(item.timePointId, expected.timePointId);
}

TEST_F(WorklistViewTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    // The full-size demo, some days on: visits due, visits overdue and steps waiting.
    auto db = Database::open(m_dir.filePath(QStringLiteral("screens.sqlite")));
    ASSERT_TRUE(db.ok());
    m_db = std::move(db).value();
    ASSERT_TRUE(DemoTrial::create(*m_db, {}).ok());
    todayAfterNextVisit(10);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(language));
        for (const auto& [name, role] : {std::pair{"coordinator", Role::Coordinator},
                                         std::pair{"assessor", Role::BlindedAssessor}}) {
            MainWindow window(*m_db, actor(name, role), languages);
            window.resize(1280, 800);
            window.show();
            auto* list = qobject_cast<WorklistView*>(window.tabs()->currentWidget());
            ASSERT_NE(list, nullptr);
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            const QString file =
                QStringLiteral("%1-%2-worklist.png").arg(language, QString::fromLatin1(name));
            EXPECT_TRUE(window.grab().save(QDir(dir).filePath(file)));
            if (role == Role::Coordinator) {
                // Narrowed to the overdue tasks and sorted by due date, latest first.
                choose(*list, Show::Overdue);
                list->table()->sortByColumn(WorklistModel::Due, Qt::DescendingOrder);
                for (int i = 0; i < 5; ++i)
                    QApplication::processEvents();
                EXPECT_TRUE(window.grab().save(QDir(dir).filePath(
                    QStringLiteral("%1-coordinator-overdue-by-due.png").arg(language))));
            }
        }
    }
}

} // namespace
