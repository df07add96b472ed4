// Edit checks (docs/data-quality.md): the protocol gives plausible ranges for items of a form
// at a visit; a saved value outside one raises a data query of origin edit_check on that item,
// once per record, in the save's transaction. The protocol file reads and writes them, and
// refuses checks on items the instrument does not have.

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "quality/DataQuery.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolRules.h"
#include "trial/ProtocolTemplates.h"

using namespace td;
using namespace tdtest;

namespace {

QStringList problemsOf(const Protocol& p)
{
    QStringList out;
    for (const ProtocolProblem& pr : ProtocolRules::check(p))
        out << pr.text();
    return out;
}

TEST(EditCheckFile, EditChecksRoundTripThroughTheProtocolFileAndBadOnesAreRefused)
{
    Protocol p = must(ProtocolTemplates::load(QStringLiteral("mop")), "mop");
    ScheduledInstrument& si = p.schedule[0].instruments[0];
    si.editChecks = {{1, std::nullopt, 3.0, QStringLiteral("Above 3 is rare here")},
                     {2, 1.0, 2.0, QString()}};
    si.doubleEntry = true;
    const QByteArray json = ProtocolFile::write(p);
    EXPECT_TRUE(json.contains("\"edit_checks\"")) << json.constData();
    const Protocol back = must(ProtocolFile::read(json), "read");
    EXPECT_EQ(back.schedule[0].instruments[0].editChecks, si.editChecks);
    EXPECT_TRUE(back.schedule[0].instruments[0].doubleEntry);
    EXPECT_EQ(ProtocolFile::write(back), json);
    EXPECT_TRUE(problemsOf(back).isEmpty()) << str(problemsOf(back).join(u'\n'));

    si.editChecks = {{99, 0.0, std::nullopt, QString()},
                     {1, std::nullopt, std::nullopt, {}},
                     {1, 5.0, 2.0, QString()}};
    const QStringList problems = problemsOf(p);
    const QString base = QStringLiteral("schedule[0].instruments[0].edit_checks");
    auto at = [&](const QString& path, const char* words) {
        return std::any_of(problems.begin(), problems.end(), [&](const QString& line) {
            return line.startsWith(path + QStringLiteral(": ")) &&
                   line.contains(QLatin1String(words));
        });
    };
    EXPECT_TRUE(at(base + QStringLiteral("[0].item"), "does not exist"))
        << str(problems.join(u'\n'));
    EXPECT_TRUE(at(base + QStringLiteral("[1]"), "min, max or both")) << str(problems.join(u'\n'));
    EXPECT_TRUE(at(base + QStringLiteral("[2].min"), "above max")) << str(problems.join(u'\n'));
}

class EditCheckTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        must(db().exec(QStringLiteral(
                 "UPDATE time_point_instrument SET edit_checks = '[{\"item\": 3, \"max\": 2, "
                 "\"message\": \"Item 3 is rarely 3 at baseline; please check the form.\"}, "
                 "{\"item\": 5, \"min\": 1}]' WHERE instrument_id = 'phq9'")),
             "edit checks");
    }
    Assessment save(const Participant& p, const QStringList& items)
    {
        Assessment a;
        a.participantId = p.id;
        a.timePointId = m_baseline;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today().addDays(-1);
        a.items = items;
        return must(AssessmentRepository(db()).save(m_coordinator, a), "phq9");
    }
    std::vector<DataQuery> editCheckQueries()
    {
        std::vector<DataQuery> out;
        for (const DataQuery& q : must(DataQueries(db()).list(m_pi), "queries"))
            if (q.origin == QueryOrigin::EditCheck)
                out.push_back(q);
        return out;
    }
};

TEST_F(EditCheckTest, AValueOutsideItsRangeRaisesAQueryOnTheItemOnce)
{
    const Participant within = randomized(m_armCbt);
    save(within, {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"),
                  QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                  QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")});
    EXPECT_TRUE(editCheckQueries().empty());

    const Participant outside = randomized(m_armCbt);
    Assessment a = save(outside, {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("3"),
                                  QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                                  QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0")});
    auto raised = editCheckQueries();
    ASSERT_EQ(raised.size(), 2u);
    std::sort(raised.begin(), raised.end(),
              [](const DataQuery& x, const DataQuery& y) { return x.target.item < y.target.item; });
    EXPECT_EQ(raised[0].target.item, 3);
    EXPECT_EQ(raised[0].text,
              QStringLiteral("Item 3 is rarely 3 at baseline; please check the form."));
    EXPECT_EQ(raised[0].assessmentId, a.id);
    EXPECT_EQ(raised[0].status, QueryStatus::Open);
    EXPECT_EQ(raised[1].target.item, 5);
    EXPECT_EQ(raised[1].text, QStringLiteral("Item 5 is 0, below the expected 1."));
    // A correction that keeps the value outside raises no second query on the record.
    a.items[8] = QStringLiteral("1");
    must(AssessmentRepository(db()).correct(m_coordinator, a, QStringLiteral("Item 9 misread")),
         "correct");
    EXPECT_EQ(editCheckQueries().size(), 2u);
}

} // namespace
