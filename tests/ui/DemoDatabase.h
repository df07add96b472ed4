#pragma once

#include "access/Actor.h"
#include "common/Clock.h"
#include "demo/DemoTrial.h"
#include "storage/Database.h"
#include "visits/VisitTimeline.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

// A small demo trial in a temporary file, for widget tests.
class DemoDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = td::Database::open(m_dir.filePath(QStringLiteral("ui.sqlite")));
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        m_db = std::move(db).value();
        auto made = td::DemoTrial::create(*m_db, {40, 11});
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
    }

    td::Actor actor(const char* name, td::Role role) const
    {
        auto id = m_db->scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"),
                               {QString::fromLatin1(name)});
        return {id.ok() ? id->toLongLong() : 0, QString::fromLatin1(name), role};
    }

    // Sets the database's today to the target day of a participant's visit, so that what is
    // entered for the visit today falls within its window (else the core asks for a reason).
    void todayAtVisit(qint64 participantId, qint64 timePointId)
    {
        auto visits = td::VisitTimeline::forParticipant(
            *m_db, actor("pi", td::Role::PrincipalInvestigator), participantId);
        ASSERT_TRUE(visits.ok()) << visits.message().toStdString();
        for (const td::Visit& v : *visits)
            if (v.timePointId == timePointId && v.target.isValid()) {
                m_db->setClock(
                    std::make_shared<td::FixedClock>(QDateTime(v.target, QTime(12, 0), Qt::UTC)));
                return;
            }
        FAIL() << "visit " << timePointId << " is not scheduled for " << participantId;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<td::Database> m_db;
};
