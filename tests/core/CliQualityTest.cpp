// The command line's data queries and missing forms, on a small demo trial: raise prints the
// id, list --open gives JSON, respond and close move the status, a bad target or a role that
// may not is refused with the core's message and changes nothing.

#include "TestTrial.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tdtest;

namespace {

class CliQualityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qputenv("TRIALDESK_PASSWORD", "trialdesk-demo");
        const CliResult made = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db(),
                                       QStringLiteral("--participants"), QStringLiteral("40"),
                                       QStringLiteral("--seed"), QStringLiteral("11"),
                                       QStringLiteral("--unencrypted")});
        ASSERT_EQ(made.exitCode, 0) << str(made.err);
    }
    void TearDown() override { qunsetenv("TRIALDESK_PASSWORD"); }
    QString db() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    CliResult as(const char* user, QStringList args)
    {
        args << QStringLiteral("--db") << db() << QStringLiteral("--user")
             << QString::fromLatin1(user);
        return runCli(args);
    }
    // A randomized participant's study id.
    QString studyId()
    {
        const CliResult r = as("pi", {QStringLiteral("participant"), QStringLiteral("list"),
                                      QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (v.toObject().value(QStringLiteral("status")).toString() !=
                QStringLiteral("screened"))
                return v.toObject().value(QStringLiteral("study_id")).toString();
        return {};
    }
    QTemporaryDir m_dir;
};

TEST_F(CliQualityTest, AQueryFromRaiseToClose)
{
    const QString id = studyId();
    ASSERT_FALSE(id.isEmpty());
    const QStringList raise = {QStringLiteral("query"),
                               QStringLiteral("raise"),
                               id,
                               QStringLiteral("--visit"),
                               QStringLiteral("baseline"),
                               QStringLiteral("--instrument"),
                               QStringLiteral("phq9"),
                               QStringLiteral("--item"),
                               QStringLiteral("9"),
                               QStringLiteral("--text"),
                               QStringLiteral("Item 9 reads 2: please confirm against the form")};
    // A therapist may not raise one; an item that does not exist is named.
    EXPECT_EQ(as("therapist1", raise).exitCode, 4);
    QStringList badItem = raise;
    badItem[badItem.indexOf(QStringLiteral("9"))] = QStringLiteral("12");
    const CliResult bad = as("pi", badItem);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("items 1 to 10"))) << str(bad.err);

    const CliResult raised = as("pi", raise);
    ASSERT_EQ(raised.exitCode, 0) << str(raised.err);
    const QString queryId = raised.out.trimmed();
    EXPECT_GT(queryId.toLongLong(), 0) << str(raised.out);

    const CliResult list = as("coordinator", {QStringLiteral("query"), QStringLiteral("list"),
                                              QStringLiteral("--open"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << str(list.err);
    bool found = false;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toInteger() != queryId.toLongLong())
            continue;
        found = true;
        EXPECT_EQ(o.value(QStringLiteral("study_id")).toString(), id);
        EXPECT_EQ(o.value(QStringLiteral("item")).toInt(), 9);
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    }
    EXPECT_TRUE(found) << str(list.out);

    const CliResult answered =
        as("coordinator",
           {QStringLiteral("query"), QStringLiteral("respond"), queryId, QStringLiteral("--text"),
            QStringLiteral("Confirmed: 2"), QStringLiteral("--json")});
    ASSERT_EQ(answered.exitCode, 0) << str(answered.err);
    EXPECT_EQ(QJsonDocument::fromJson(answered.out.toUtf8())
                  .object()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("answered"));
    // Only the raiser closes it.
    EXPECT_EQ(as("coordinator", {QStringLiteral("query"), QStringLiteral("close"), queryId,
                                 QStringLiteral("--text"), QStringLiteral("ok")})
                  .exitCode,
              4);
    const CliResult closed = as("pi", {QStringLiteral("query"), QStringLiteral("close"), queryId,
                                       QStringLiteral("--text"), QStringLiteral("Thanks")});
    ASSERT_EQ(closed.exitCode, 0) << str(closed.err);
    EXPECT_TRUE(closed.out.contains(QStringLiteral("Closed"))) << str(closed.out);
    const CliResult open = as("pi", {QStringLiteral("query"), QStringLiteral("list"),
                                     QStringLiteral("--open"), QStringLiteral("--json")});
    EXPECT_FALSE(open.out.contains(QStringLiteral("\"id\": %1,").arg(queryId)));
}

TEST_F(CliQualityTest, MissingFormsPerSite)
{
    const CliResult r = as("pi", {QStringLiteral("missing-forms"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << str(r.err);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray sites = o.value(QStringLiteral("sites")).toArray();
    ASSERT_FALSE(sites.isEmpty());
    int expected = 0, received = 0, missing = 0;
    for (const QJsonValue& s : sites) {
        expected += s.toObject().value(QStringLiteral("expected")).toInt();
        received += s.toObject().value(QStringLiteral("received")).toInt();
        missing += s.toObject().value(QStringLiteral("due")).toInt() +
                   s.toObject().value(QStringLiteral("overdue")).toInt();
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(expected, received + missing);
    EXPECT_EQ(o.value(QStringLiteral("forms")).toArray().size(), missing);
    EXPECT_EQ(as("admin", {QStringLiteral("missing-forms")}).exitCode, 4);
}

} // namespace
