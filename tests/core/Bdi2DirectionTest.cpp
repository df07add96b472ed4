// BDI-II items 16 (sleep) and 18 (appetite) are answered 0, 1a, 1b, ... 3b: the digit is the
// score, the letter the direction of the change. Legacy data and other systems' exports give a
// plain digit; it is accepted as the score with the direction not recorded, the same way in the
// engine, the repository, the command line and the CSV and ODM imports, and the codebook and
// the ODM metadata say so (issue 21, item 4). Lettered answers stay as they were.

#include "OdmTestSupport.h"
#include "exchange/ExportService.h"
#include "exchange/ImportService.h"
#include "exchange/OdmImport.h"
#include "instruments/ScoringEngine.h"

using namespace td;
using namespace tdtest;

namespace {

const InstrumentDefinition& bdi2()
{
    return *InstrumentCatalog::builtIn().find(QStringLiteral("bdi2"));
}

// Every item 1, item 16 and 18 as given.
QStringList bdiItems(const QString& item16, const QString& item18)
{
    QStringList out(21, QStringLiteral("1"));
    out[15] = item16;
    out[17] = item18;
    return out;
}

TEST(Bdi2Direction, TheEngineTakesADigitAsTheScoreWithTheDirectionNotRecorded)
{
    for (const char* digit : {"1", "2", "3"}) {
        ItemValue v;
        ASSERT_TRUE(ScoringEngine::parseItem(bdi2(), 15, QString::fromLatin1(digit), v).ok());
        EXPECT_FALSE(v.missing);
        EXPECT_EQ(v.value, QString::fromLatin1(digit).toInt());
        EXPECT_EQ(v.letter, 0) << "no direction recorded";
    }
    ItemValue lettered;
    ASSERT_TRUE(ScoringEngine::parseItem(bdi2(), 17, QStringLiteral("2b"), lettered).ok());
    EXPECT_EQ(lettered.value, 2);
    EXPECT_EQ(lettered.letter, 'b');

    // The digit scores as the lettered answer does.
    auto plain = ScoringEngine::score(bdi2(), bdiItems(QStringLiteral("2"), QStringLiteral("3")));
    auto withLetters =
        ScoringEngine::score(bdi2(), bdiItems(QStringLiteral("2a"), QStringLiteral("3b")));
    ASSERT_TRUE(plain.ok()) << str(plain.message());
    ASSERT_TRUE(withLetters.ok());
    EXPECT_EQ(plain->total, 19.0 + 2 + 3);
    EXPECT_EQ(*plain, *withLetters);

    // Still refused: a letter on 0, a letter other than a or b, out of range, letters on other
    // items.
    for (const char* bad : {"0a", "2c", "4", "4a", "a"}) {
        ItemValue v;
        const Status s = ScoringEngine::parseItem(bdi2(), 15, QString::fromLatin1(bad), v);
        EXPECT_FALSE(s.ok()) << bad;
    }
    ItemValue other;
    EXPECT_FALSE(ScoringEngine::parseItem(bdi2(), 3, QStringLiteral("1a"), other).ok());

    // The refusal says what is allowed, the digit alone included.
    const QString allowed = ScoringEngine::allowedValues(bdi2().items[15]);
    EXPECT_TRUE(allowed.contains(QStringLiteral("0, 1a, 1b, 2a, 2b, 3a, 3b"))) << str(allowed);
    EXPECT_TRUE(allowed.contains(QStringLiteral("a digit alone (1 to 3) when the direction was "
                                                "not recorded")))
        << str(allowed);
}

class Bdi2DirectionTrial : public OdmTrial
{
protected:
    Result<Assessment> saveBdi(const Participant& p, const QStringList& items)
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("bdi2");
        a.date = today().addDays(-3);
        a.items = items;
        a.status = AssessmentStatus::Complete;
        return AssessmentRepository(db()).save(m_coordinator, a);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(out(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return out(name);
    }

    static QString storedItems(Database& d, const Participant& p)
    {
        return sqlValue(d, QStringLiteral("SELECT item_values FROM assessment WHERE "
                                          "participant_id = %1 AND instrument_id = 'bdi2'")
                               .arg(p.id))
            .toString();
    }
};

TEST_F(Bdi2DirectionTrial, TheDigitIsStoredAsWrittenAndLetteredAnswersStayValid)
{
    auto saved = saveBdi(m_first, bdiItems(QStringLiteral("2"), QStringLiteral("3")));
    ASSERT_TRUE(saved.ok()) << str(saved.message());
    EXPECT_EQ(saved->items[15], QStringLiteral("2"));
    EXPECT_EQ(saved->items[17], QStringLiteral("3"));
    EXPECT_TRUE(storedItems(db(), m_first).contains(QStringLiteral(",2,1,3,")))
        << str(storedItems(db(), m_first));
    EXPECT_EQ(sqlValue(db(), QStringLiteral("SELECT total FROM assessment_score WHERE "
                                            "assessment_id = %1")
                                 .arg(saved->id))
                  .toDouble(),
              24.0);
    // The fixture's lettered BDI-II draft still reads as before.
    auto lettered = AssessmentRepository(db()).forParticipant(m_coordinator, m_second.id);
    ASSERT_TRUE(lettered.ok()) << str(lettered.message());
    bool found = false;
    for (const Assessment& a : *lettered)
        if (a.instrumentId == QStringLiteral("bdi2")) {
            found = true;
            EXPECT_EQ(a.items[15], QStringLiteral("2a"));
        }
    EXPECT_TRUE(found);
}

TEST_F(Bdi2DirectionTrial, TheCsvImportAcceptsTheDigit)
{
    QByteArray csv = "study_id,site,visit,session_number,instrument,date,rater,status,"
                     "missing_reason";
    for (int i = 1; i <= 21; ++i)
        csv += ",item_" + QByteArray::number(i);
    csv +=
        "\r\n" + QStringLiteral("%1,OSL,baseline,,bdi2,%2,coordinator,complete,,%3\r\n")
                     .arg(m_first.studyId, today().addDays(-2).toString(Qt::ISODate),
                          bdiItems(QStringLiteral("3"), QStringLiteral("1")).join(QLatin1Char(',')))
                     .toUtf8();
    auto target = openWithClock(emptyPath(), m_clock);
    ASSERT_TRUE(target.ok()) << str(target.message());
    auto report = ImportService(**target).run(m_coordinator, ImportKind::Assessments,
                                              write(QStringLiteral("legacy.csv"), csv));
    ASSERT_TRUE(report.ok()) << str(report.message());
    ASSERT_TRUE(report->ok()) << str(report->problems.front().reason);
    EXPECT_EQ(report->imported, 1);
    EXPECT_TRUE(storedItems(**target, m_first).contains(QStringLiteral(",3,1,1,")))
        << str(storedItems(**target, m_first));
}

TEST_F(Bdi2DirectionTrial, TheOdmFileSaysSoAndReimportsTheDigit)
{
    ASSERT_TRUE(saveBdi(m_first, bdiItems(QStringLiteral("2"), QStringLiteral("3b"))).ok());
    auto exported = ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"odm"),
                                                 out(QStringLiteral("t.xml")), {});
    ASSERT_TRUE(exported.ok()) << str(exported.message());
    const QString xml = readText(out(QStringLiteral("t.xml")));
    EXPECT_TRUE(xml.contains(QStringLiteral("CodedValue=\"2\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("2, direction not recorded")));
    EXPECT_TRUE(xml.contains(QStringLiteral("a digit alone (1 to 3) is the score with the "
                                            "direction not recorded")));

    auto target = openWithClock(emptyPath(), m_clock);
    ASSERT_TRUE(target.ok()) << str(target.message());
    auto report = OdmImport(**target).run(m_coordinator, out(QStringLiteral("t.xml")));
    ASSERT_TRUE(report.ok()) << str(report.message());
    ASSERT_TRUE(report->ok()) << str(report->problems.front().reason);
    EXPECT_EQ(storedItems(**target, m_first), storedItems(db(), m_first));
}

TEST_F(Bdi2DirectionTrial, TheCodebookSaysADigitIsTheScoreWithTheDirectionNotRecorded)
{
    auto exported = ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"codebook"),
                                                 out(QStringLiteral("codebook.csv")), {});
    ASSERT_TRUE(exported.ok()) << str(exported.message());
    QString scoring;
    QString item16;
    for (const QStringList& row : parseCsv(readText(out(QStringLiteral("codebook.csv"))))) {
        if (row.value(0) == QStringLiteral("instrument") && row.value(1) == QStringLiteral("bdi2"))
            scoring = row.value(10);
        if (row.value(0) == QStringLiteral("long") && row.value(1) == QStringLiteral("item_16"))
            item16 = row.value(4);
    }
    EXPECT_TRUE(scoring.contains(QStringLiteral("items 16, 18")) &&
                scoring.contains(QStringLiteral("direction not recorded")))
        << str(scoring);
    EXPECT_TRUE(item16.contains(QStringLiteral("bdi2: Changes in sleeping pattern")) &&
                item16.contains(QStringLiteral("without: direction not recorded")))
        << str(item16);
}

TEST_F(Bdi2DirectionTrial, TheCommandLineAssessesWithTheDigit)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const QStringList assess{
        QStringLiteral("assess"),       m_first.studyId,
        QStringLiteral("--visit"),      QStringLiteral("baseline"),
        QStringLiteral("--instrument"), QStringLiteral("bdi2"),
        QStringLiteral("--date"),       today().addDays(-3).toString(Qt::ISODate),
        QStringLiteral("--db"),         dbPath(),
        QStringLiteral("--user"),       QStringLiteral("coordinator")};
    const CliResult wrong = runCli(assess + bdiItems(QStringLiteral("0a"), QStringLiteral("1")));
    EXPECT_EQ(wrong.exitCode, 1) << str(wrong.err);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("0 takes no letter"))) << str(wrong.err);
    const CliResult ok = runCli(assess + bdiItems(QStringLiteral("2"), QStringLiteral("3")));
    qunsetenv("TRIALDESK_PASSWORD");
    EXPECT_EQ(ok.exitCode, 0) << str(ok.err);
    auto reopened = openWithClock(dbPath(), m_clock);
    ASSERT_TRUE(reopened.ok()) << str(reopened.message());
    EXPECT_TRUE(storedItems(**reopened, m_first).contains(QStringLiteral(",2,1,3,")))
        << str(storedItems(**reopened, m_first));
}

} // namespace
