#pragma once

// Shared by the ODM export and import tests: a trial with assessments of several instruments
// (a lettered BDI-II draft, a corrected PHQ-9, an HRSD-17, a therapist's session measure), a
// copy of the same trial taken before any assessment was entered, and the schema check.

#include "ExportTestSupport.h"
#include "TestBackend.h"
#include "instruments/InstrumentCatalog.h"
#include "sessions/SessionRepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

namespace tdtest {

inline QString odmSchemaDir()
{
    return QStringLiteral(TD_ODM_SCHEMA_DIR);
}

// Runs xmllint against the official ODM 1.3.2 schema; an empty string when the file is valid.
inline QString odmSchemaErrors(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("xmllint"),
            {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"),
             odmSchemaDir() + QStringLiteral("/ODM1-3-2.xsd"), path});
    if (!p.waitForFinished(120000))
        return QStringLiteral("xmllint did not finish");
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QString::fromLocal8Bit(p.readAllStandardError()).left(4000);
}

// Skips only when the validator is not installed; the schema ships with the tests, so its
// absence is a failure.
#define TD_REQUIRE_ODM_SCHEMA()                                                                    \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())                   \
            GTEST_SKIP() << "xmllint is not installed (scripts/install-deps.sh installs "          \
                            "libxml2-utils)";                                                      \
        if (!QFileInfo::exists(odmSchemaDir() + QStringLiteral("/ODM1-3-2.xsd")))                  \
            GTEST_FAIL() << "the ODM 1.3.2 schema is missing: " << str(odmSchemaDir());            \
    } while (false)

class OdmTrial : public TestTrial
{
protected:
    static QString correctionReason() { return QStringLiteral("Transcription error on paper"); }

    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        m_first = randomized(m_armCbt);
        m_second = randomized(m_armPdt);
        td::TherapySession s;
        s.participantId = m_first.id;
        s.date = today().addDays(-7);
        s.durationMinutes = 50;
        m_session = must(td::SessionRepository(db()).record(m_therapist, s), "session").id;
        // The same trial, before any assessment: the import tests' target.
        const QString escaped =
            QString(emptyPath()).replace(QLatin1Char('\''), QStringLiteral("''"));
        if (!tdtest::onServer()) {
            const QString err = sqlExec(db(), QStringLiteral("VACUUM INTO '%1'").arg(escaped));
            ASSERT_TRUE(err.isEmpty()) << str(err);
        }

        m_phq9 = save(m_coordinator, m_first.id, m_baseline, {}, QStringLiteral("phq9"),
                      QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                  QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("1"),
                                  QStringLiteral("1")},
                      td::AssessmentStatus::Complete, QString());
        td::Assessment corrected =
            must(td::AssessmentRepository(db()).get(m_coordinator, m_phq9), "get phq9");
        corrected.items[2] = QStringLiteral("1");
        must(td::AssessmentRepository(db()).correct(m_coordinator, corrected, correctionReason()),
             "correct phq9");
        save(m_assessor, m_first.id, m_baseline, {}, QStringLiteral("hrsd17"),
             items(QStringLiteral("hrsd17"), 1), td::AssessmentStatus::Complete, QString());
        QStringList bdi = items(QStringLiteral("bdi2"), 2);
        bdi[3] = td::Assessment::missingItem();
        save(m_coordinator, m_second.id, m_baseline, {}, QStringLiteral("bdi2"), bdi,
             td::AssessmentStatus::Draft, QStringLiteral("Tired; item 4 skipped, \"later\"\næøå"));
        // Short PHQ-9 (the optional tenth item left off), every scored item missing.
        save(m_coordinator, m_second.id, m_baseline, {}, QStringLiteral("phq9"),
             QStringList(9, td::Assessment::missingItem()), td::AssessmentStatus::Complete,
             QStringLiteral("Declined the questionnaire"));
        save(m_therapist, m_first.id, {}, m_session, QStringLiteral("phq9"),
             items(QStringLiteral("phq9"), 1), td::AssessmentStatus::Complete, QString());
    }

    QString emptyPath() const { return m_dir.filePath(QStringLiteral("empty.sqlite")); }
    QString out(const QString& name) const { return m_dir.filePath(name); }

    // Every answer `value` (lettered items: with their first letter).
    static QStringList items(const QString& instrument, int value)
    {
        QStringList out;
        for (const td::ItemDefinition& item :
             td::InstrumentCatalog::builtIn().find(instrument)->items) {
            const int v = std::min(item.max, value);
            out << (item.letters.isEmpty() || v == 0 ? QString::number(v)
                                                     : QString::number(v) + item.letters.front());
        }
        return out;
    }

    qint64 save(const td::Actor& who, qint64 participant, std::optional<qint64> timePoint,
                std::optional<qint64> session, const QString& instrument, const QStringList& values,
                td::AssessmentStatus status, const QString& reason)
    {
        td::Assessment a;
        a.participantId = participant;
        a.timePointId = timePoint;
        a.sessionId = session;
        a.instrumentId = instrument;
        a.date = today().addDays(-3);
        a.items = values;
        a.status = status;
        a.missingReason = reason;
        return must(td::AssessmentRepository(db()).save(who, a), "save assessment").id;
    }

    // The assessments as the import must reproduce them, one line each.
    static QStringList assessments(td::Database& d)
    {
        QSqlQuery q(d.connection());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT p.study_id, COALESCE(tp.code, ''), COALESCE(ts.session_number, ''), "
            "a.instrument_id, a.assessment_date, a.item_values, a.status, "
            "COALESCE(a.missing_reason, ''), sc.total, sc.band FROM assessment a JOIN "
            "participant p ON p.id = a.participant_id LEFT JOIN time_point tp ON tp.id = "
            "a.time_point_id LEFT JOIN therapy_session ts ON ts.id = a.session_id LEFT JOIN "
            "assessment_score sc ON sc.assessment_id = a.id WHERE a.removed = 0 ORDER BY 1, 2, "
            "3, 4")));
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 10; ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    td::Participant m_first;
    td::Participant m_second;
    qint64 m_session = 0;
    qint64 m_phq9 = 0;
};

} // namespace tdtest
