// The command line's score and change commands: exact output, exit codes, nothing on stdout
// when the input is refused.

#include "TestTrial.h"

namespace {
tdtest::CliResult cli(const QStringList& args)
{
    return tdtest::runCli(args);
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}
} // namespace

TEST(CliScoring, ScorePrintsOneJsonObject)
{
    const tdtest::CliResult r = cli(words("score phq9 2 2 2 2 2 1 1 1 1"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("{\"instrument\": \"phq9\", \"total\": 14, \"complete\": true, "
                                    "\"prorated\": false, \"band\": \"moderate\", \"flags\": "
                                    "[\"suicidality\"], \"subscales\": {}}\n"));
    const tdtest::CliResult na = cli(words("score phq9 2 NA NA NA 2 1 1 1 1"));
    EXPECT_EQ(na.exitCode, 0);
    EXPECT_TRUE(na.out.contains(QStringLiteral("\"total\": null")));
    EXPECT_TRUE(na.out.contains(QStringLiteral("\"band\": null")));
    const tdtest::CliResult bdi =
        cli(words("score bdi2 1 1 1 1 1 1 1 1 0 1 1 1 1 1 1 2a 1 3b 1 1 1"));
    EXPECT_EQ(bdi.exitCode, 0);
    EXPECT_TRUE(bdi.out.contains(QStringLiteral("\"total\": 23"))) << bdi.out.toStdString();
}

TEST(CliScoring, InvalidInputExits2WithAMessageAndNoOutput)
{
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"score madrs 1 2 3", "madrs"},
        {"score phq9 1 1 1", "9 items"},
        {"score phq9 4 0 0 0 0 0 0 0 0", "Item 1"},
        {"score bdi2 1a 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1a 1 1a 1 1 1", "Item 1"},
        {"score phq9 x 0 0 0 0 0 0 0 0", "Item 1"},
        {"score", "usage"},
        {"change phq9 --baseline 10", "--followup"},
        {"change phq9 --baseline 10 --followup 30", "range"},
        {"change phq9 --baseline 10 --followup 5 --sd zero", "--sd"},
        {"change phq9 --baseline 10 --followup 5 --clinical-mean 10", "all four"},
        {"change rfq8 --baseline 1 --followup 2 --sd 1 --reliability 0.8", "no total"},
    };
    for (const auto& [args, needle] : cases) {
        const tdtest::CliResult r = cli(words(args));
        EXPECT_EQ(r.exitCode, 2) << args;
        EXPECT_TRUE(r.out.isEmpty()) << args;
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(needle)))
            << args << ": " << r.err.toStdString();
    }
}

TEST(CliScoring, ChangeWorkedExample)
{
    const tdtest::CliResult r =
        cli(words("change bdi2 --baseline 32 --followup 53 --sd 7.5 --reliability 0.8"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"rci\": 4.427"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"reliable\": true")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"direction\": \"deteriorated\"")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"classification\": \"deteriorated\"")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"cutoff\": null")));
    const tdtest::CliResult n =
        cli(words("change hrsd17 --baseline 25 --followup 6 --clinical-mean 25 "
                  "--clinical-sd 5 --functional-mean 5 --functional-sd 4"));
    EXPECT_EQ(n.exitCode, 0);
    EXPECT_TRUE(n.out.contains(QStringLiteral("\"cutoff\": 13.8888888889"))) << n.out.toStdString();
    EXPECT_TRUE(n.out.contains(QStringLiteral("\"classification\": \"recovered\"")));
    EXPECT_TRUE(n.out.contains(QStringLiteral("\"remission\": true")));
    EXPECT_TRUE(n.out.contains(QStringLiteral("\"response\": true")));
    const tdtest::CliResult p = cli(words("change phq9 --baseline 16 --followup 10"));
    EXPECT_TRUE(p.out.contains(QStringLiteral("\"reliable_improvement_fixed\": true")));
}
