// The wide file's therapy-session columns: sessions attended, per phase when an arm plans
// boosters, and per session-by-session measure the number of ratings, first, last and mean;
// none of them in a blinded data set. Value labels follow the chosen language.

#include "ExportTestSupport.h"
#include "exchange/ExportService.h"
#include "sessions/SessionRepository.h"

#include <QLocale>

using namespace td;
using namespace tdtest;

namespace {

class WideSessionsTest : public ExportTrial
{
protected:
    qint64 session(int daysAgo, Attendance attendance)
    {
        TherapySession s;
        s.participantId = m_scored.id;
        s.date = today().addDays(-daysAgo);
        s.attendance = attendance;
        if (attendance == Attendance::Attended)
            s.durationMinutes = 50;
        return must(SessionRepository(db()).record(m_therapist, s), "session").id;
    }

    void rate(qint64 sessionId, int daysAgo, const char* item)
    {
        Assessment a;
        a.participantId = m_scored.id;
        a.sessionId = sessionId;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today().addDays(-daysAgo);
        for (int i = 0; i < 9; ++i)
            a.items << QString::fromLatin1(item);
        must(AssessmentRepository(db()).save(m_therapist, a), "session rating");
    }

    std::vector<QStringList> wide(const QString& name, bool blinded)
    {
        ExportOptions o;
        o.blinded = blinded;
        auto r = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"csv-wide"),
                                              out(name), o);
        if (!r.ok())
            throw SetupFailure(str(r.message()));
        return parseCsv(readText(out(name)));
    }
};

TEST_F(WideSessionsTest, SessionsAttendedPerPhaseAndSessionMeasureSummaries)
{
    rate(session(20, Attendance::Attended), 20, "2"); // PHQ-9 18
    session(15, Attendance::DidNotAttend);
    rate(session(10, Attendance::Attended), 10, "1"); // PHQ-9 9
    const auto csv = wide(QStringLiteral("w.csv"), false);
    ASSERT_EQ(csv.size(), 3u);
    const size_t row = cell(csv, 1, QStringLiteral("study_id")) == m_scored.studyId ? 1 : 2;
    const size_t other = 3 - row;
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_attended")), QStringLiteral("2"));
    // The CBT arm plans boosters, so the phases have columns of their own.
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_attended_regular")), QStringLiteral("2"));
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_attended_booster")), QStringLiteral("0"));
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_phq9_n")), QStringLiteral("2"));
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_phq9_first")), QStringLiteral("18"));
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_phq9_last")), QStringLiteral("9"));
    EXPECT_EQ(cell(csv, row, QStringLiteral("sessions_phq9_mean")), QStringLiteral("13.5"));
    // No session: counts are 0, scores empty.
    EXPECT_EQ(cell(csv, other, QStringLiteral("sessions_attended")), QStringLiteral("0"));
    EXPECT_EQ(cell(csv, other, QStringLiteral("sessions_phq9_n")), QStringLiteral("0"));
    EXPECT_EQ(cell(csv, other, QStringLiteral("sessions_phq9_mean")), QString());

    // In the SPSS file they are counts and scores that are there or not: the R script beside it
    // makes no "not scorable" flag of them.
    auto sav = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"sav"),
                                            out(QStringLiteral("w.sav")));
    ASSERT_TRUE(sav.ok()) << str(sav.message());
    const QString script = readText(out(QStringLiteral("read_trialdesk_w_sav.R")));
    EXPECT_TRUE(script.contains(QStringLiteral("\"baseline_phq9_total\""))) << str(script);
    EXPECT_FALSE(script.contains(QStringLiteral("\"sessions_"))) << str(script);

    // Blinded: session-linked data are absent, as the sessions file is.
    const auto blinded = wide(QStringLiteral("b.csv"), true);
    for (const QString& column : blinded.front())
        EXPECT_FALSE(column.startsWith(QLatin1String("sessions_"))) << str(column);
}

TEST_F(WideSessionsTest, ValueLabelsFollowTheChosenLanguage)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    auto r = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"codebook"),
                                          out(QStringLiteral("nb.csv")));
    QLocale::setDefault(before);
    ASSERT_TRUE(r.ok()) << str(r.message());
    const QString nb = readText(out(QStringLiteral("nb.csv")));
    auto en = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"codebook"),
                                           out(QStringLiteral("en.csv")));
    ASSERT_TRUE(en.ok()) << str(en.message());
    const QString english = readText(out(QStringLiteral("en.csv")));
    // The instrument's name and the band labels of the PHQ-9 definition in each language; the
    // codes stay.
    EXPECT_TRUE(english.contains(QStringLiteral("Patient Health Questionnaire-9")));
    EXPECT_TRUE(english.contains(QStringLiteral("Moderate")));
    EXPECT_FALSE(english.contains(QStringLiteral("Pasienthelseskjema")));
    EXPECT_TRUE(nb.contains(QStringLiteral("Pasienthelseskjema 9 (PHQ-9)")));
    EXPECT_TRUE(nb.contains(QStringLiteral("Moderat")));
    EXPECT_FALSE(nb.contains(QStringLiteral("Moderate")));
    EXPECT_TRUE(nb.contains(QStringLiteral("moderate"))); // the band's code
}

} // namespace
