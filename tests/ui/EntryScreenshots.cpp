// Pictures of the entry and session pieces of issue 14, in English and Norwegian: the question
// for a date outside a visit's window, the missed visit dialog, and the session log with a
// voided session. Skipped unless TD_SCREENSHOT_DIR names a directory:
//
//   TD_SCREENSHOT_DIR=/tmp/shots trialdesk_ui_tests --gtest_filter='EntryScreenshots*'

#include "DemoDatabase.h"
#include "entry/AssessmentEntryForm.h"
#include "entry/MissedVisitDialog.h"
#include "entry/ReasonDialog.h"
#include "i18n/LanguageManager.h"
#include "sessions/SessionLogView.h"
#include "sessions/SessionModels.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace td;

namespace {

class EntryScreenshots : public DemoDatabase
{
protected:
    void SetUp() override
    {
        m_dirName = qEnvironmentVariable("TD_SCREENSHOT_DIR");
        if (m_dirName.isEmpty())
            GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
        DemoDatabase::SetUp();
        QDir().mkpath(m_dirName);
    }

    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    void save(QWidget& w, const QString& name)
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QDir(m_dirName).filePath(name + QStringLiteral(".png"))))
            << name.toStdString();
    }

    // A randomized participant's three-year follow-up with nothing of `what` recorded: years
    // away, so entry today is outside its window.
    std::tuple<qint64, qint64, QString> farVisit(const QString& what)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "SELECT p.id, t.id, p.study_id FROM participant p, time_point t WHERE "
            "p.randomized_at IS NOT NULL AND t.code = 'fu3y' AND NOT EXISTS (SELECT 1 FROM "
            "assessment a WHERE a.participant_id = p.id AND a.time_point_id = t.id AND "
            "(a.instrument_id = ? OR ? = '')) ORDER BY p.id LIMIT 1"));
        q.addBindValue(what);
        q.addBindValue(what);
        if (!q.exec() || !q.next())
            return {0, 0, QString()};
        return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    }

    QString m_dirName;
    LanguageManager m_languages;
};

TEST_F(EntryScreenshots, OutOfWindowMissedVisitAndVoidedSessionInBothLanguages)
{
    const Actor coordinator = actor("coordinator", Role::Coordinator);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        {
            // The question at the first answer, then the form after Cancel, then confirmed.
            const auto [participant, visit, studyId] = farVisit(QStringLiteral("phq9"));
            ASSERT_GT(participant, 0);
            AssessmentEntryForm form(*m_db, coordinator, participant, visit,
                                     QStringLiteral("phq9"));
            form.show();
            ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
            QTimer::singleShot(0, [&, language] {
                auto* d = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
                ASSERT_NE(d, nullptr);
                d->findChild<QLineEdit*>(QStringLiteral("reason"))
                    ->setText(language == QStringLiteral("nb")
                                  ? QStringLiteral("Deltakeren flytter før vinduet")
                                  : QStringLiteral("Participant moves abroad before the window"));
                save(*d, language + QStringLiteral("-out-of-window"));
                d->reject();
            });
            QTest::keyClick(form.itemField(0), '2');
            form.activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
            save(form, language + QStringLiteral("-out-of-window-cancelled"));
            for (int i = 0; i < 8; ++i)
                QTest::keyClick(QApplication::focusWidget(), '1');
            QTimer::singleShot(0, [] {
                auto* d = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
                ASSERT_NE(d, nullptr);
                d->answer(QStringLiteral("Participant moves abroad before the window"));
            });
            form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
            save(form, language + QStringLiteral("-out-of-window-confirmed"));
        }
        {
            const auto [participant, visit, studyId] = farVisit(QString());
            ASSERT_GT(participant, 0);
            MissedVisitDialog dialog(*m_db, coordinator, participant, visit);
            dialog.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, language + QStringLiteral("-missed-visit"));
            dialog.submit(m_db->clock().today(), QString());
            save(dialog, language + QStringLiteral("-missed-visit-refused"));
        }
        {
            SessionLogView view(*m_db, coordinator);
            view.resize(1250, 620);
            view.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
            ASSERT_EQ(view.reload(), QString());
            const PatientDose* patient = nullptr;
            for (int r = 0; r < view.patients()->rowCount() && !patient; ++r)
                if (view.patients()->rowAt(r)->dose.attended > 3)
                    patient = view.patients()->rowAt(r);
            ASSERT_NE(patient, nullptr);
            const qint64 patientId = patient->participant.id;
            view.selectPatient(patientId);
            // The second newest session, voided; the newest stays selected.
            const TherapySession* newest = view.sessions()->sessionAt(0);
            const TherapySession* second = nullptr;
            for (int r = 1; r < view.sessions()->rowCount() && !second; ++r)
                if (!view.sessions()->sessionAt(r)->removed)
                    second = view.sessions()->sessionAt(r);
            ASSERT_NE(second, nullptr);
            const qint64 newestId = newest->id;
            view.selectSession(second->id);
            QTimer::singleShot(0, [&, language] {
                auto* d = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
                ASSERT_NE(d, nullptr);
                d->findChild<QLineEdit*>(QStringLiteral("reason"))
                    ->setText(language == QStringLiteral("nb")
                                  ? QStringLiteral("Registrert to ganger")
                                  : QStringLiteral("Recorded twice"));
                save(*d, language + QStringLiteral("-void-session"));
                d->answer(d->reason());
            });
            view.voidButton()->click();
            view.selectSession(newestId);
            save(view, language + QStringLiteral("-session-log-voided"));
        }
    }
}

} // namespace
