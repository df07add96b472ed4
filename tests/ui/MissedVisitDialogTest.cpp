// Recording a missed visit (issue 14): the dialog names the participant and the visit, takes a
// date (today by default, never later) and a required reason, shows the core's refusal at the
// reason, and records every instrument of the visit not recorded yet as missing.

#include "entry/MissedVisitDialog.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>

using namespace td;

namespace {

class MissedVisitDialogTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        m_coordinator = actor("coordinator", Role::Coordinator);
        // A randomized participant's three-year follow-up: nothing recorded at it yet.
        QSqlQuery q(m_db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT p.id, t.id, p.study_id FROM participant p, time_point t WHERE "
            "p.randomized_at IS NOT NULL AND t.code = 'fu3y' AND NOT EXISTS (SELECT 1 FROM "
            "assessment a WHERE a.participant_id = p.id AND a.time_point_id = t.id) ORDER BY "
            "p.id LIMIT 1")));
        ASSERT_TRUE(q.next());
        m_participant = q.value(0).toLongLong();
        m_visit = q.value(1).toLongLong();
        m_studyId = q.value(2).toString();
        // Its window must have opened before it can be recorded as missed: today is its day.
        todayAtVisit(m_participant, m_visit);
    }

    qint64 recordsAtVisit()
    {
        auto v = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                             "participant_id = ? AND time_point_id = ?"),
                              {m_participant, m_visit});
        return v.ok() ? v->toLongLong() : -1;
    }

    LanguageManager m_languages;
    Actor m_coordinator;
    qint64 m_participant = 0;
    qint64 m_visit = 0;
    QString m_studyId;
};

TEST_F(MissedVisitDialogTest, ShowsTheParticipantAndTheVisitWithTodayAsTheDate)
{
    MissedVisitDialog dialog(*m_db, m_coordinator, m_participant, m_visit);
    const QString heading = dialog.findChild<QLabel*>(QStringLiteral("heading"))->text();
    EXPECT_TRUE(heading.contains(m_studyId)) << heading.toStdString();
    EXPECT_TRUE(heading.contains(QStringLiteral("3-year follow-up"))) << heading.toStdString();
    const QString instruments = dialog.findChild<QLabel*>(QStringLiteral("instruments"))->text();
    EXPECT_TRUE(instruments.contains(QStringLiteral("PHQ-9"))) << instruments.toStdString();
    const QDate today = m_db->clock().today();
    EXPECT_EQ(dialog.dateEdit()->date(), today);
    // Not a day still to come.
    EXPECT_EQ(dialog.dateEdit()->maximumDate(), today);
    dialog.dateEdit()->setDate(today.addDays(3));
    EXPECT_EQ(dialog.dateEdit()->date(), today);
}

TEST_F(MissedVisitDialogTest, WithoutAReasonItIsRefusedAtTheReason)
{
    MissedVisitDialog dialog(*m_db, m_coordinator, m_participant, m_visit);
    const QString refused = dialog.submit(m_db->clock().today(), QStringLiteral("   "));
    EXPECT_EQ(refused, QStringLiteral("A missed visit needs the reason it was missed."));
    EXPECT_EQ(dialog.errorField(), MissedVisitDialog::Field::Reason);
    EXPECT_EQ(dialog.errorText(MissedVisitDialog::Field::Reason), refused);
    EXPECT_EQ(dialog.errorText(MissedVisitDialog::Field::General), QString());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(recordsAtVisit(), 0);
    EXPECT_TRUE(dialog.recorded().isEmpty());
}

TEST_F(MissedVisitDialogTest, RecordsEveryInstrumentOfTheVisitAsMissing)
{
    MissedVisitDialog dialog(*m_db, m_coordinator, m_participant, m_visit);
    const QDate date = m_db->clock().today().addDays(-2);
    EXPECT_EQ(dialog.submit(date, QStringLiteral("Moved abroad, cannot be reached")), QString());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto visits = VisitTimeline::forParticipant(*m_db, m_coordinator, m_participant);
    ASSERT_TRUE(visits.ok());
    const Visit* visit = nullptr;
    for (const Visit& v : *visits)
        if (v.timePointId == m_visit)
            visit = &v;
    ASSERT_NE(visit, nullptr);
    EXPECT_EQ(dialog.recorded(), visit->scheduled);
    EXPECT_EQ(visit->state, VisitState::Missed);
    EXPECT_EQ(visit->missingReason, QStringLiteral("Moved abroad, cannot be reached"));
    EXPECT_EQ(recordsAtVisit(), visit->scheduled.size());
    auto dated = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM assessment WHERE "
                                             "participant_id = ? AND time_point_id = ? AND "
                                             "assessment_date = ? AND missing_reason = ?"),
                              {m_participant, m_visit, date.toString(Qt::ISODate),
                               QStringLiteral("Moved abroad, cannot be reached")});
    ASSERT_TRUE(dated.ok());
    EXPECT_EQ(dated->toLongLong(), visit->scheduled.size());

    // Once recorded, a second time is refused, by the core, in the dialog.
    MissedVisitDialog again(*m_db, m_coordinator, m_participant, m_visit);
    const QString refused = again.submit(date, QStringLiteral("Twice"));
    EXPECT_FALSE(refused.isEmpty());
    EXPECT_EQ(again.errorField(), MissedVisitDialog::Field::General);
    EXPECT_EQ(recordsAtVisit(), visit->scheduled.size());
}

TEST_F(MissedVisitDialogTest, ARoleThatMayNotEnterAssessmentsIsRefused)
{
    MissedVisitDialog dialog(*m_db, actor("statistician", Role::Statistician), m_participant,
                             m_visit);
    const QString refused = dialog.submit(m_db->clock().today(), QStringLiteral("Moved"));
    EXPECT_FALSE(refused.isEmpty());
    EXPECT_EQ(dialog.errorField(), MissedVisitDialog::Field::General);
    EXPECT_EQ(recordsAtVisit(), 0);
}

} // namespace
