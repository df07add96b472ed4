// File > Open server trial… (docs/postgresql.md): the address built from its parts, refusals at
// their field, the recent server trials, and the menu entry. No server is needed: opening and
// signing in are tests/postgres/ui's.
//
// Pictures: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_ui_tests --gtest_filter='OpenServer*'

#include "main/OpenServerDialog.h"

#include "DemoDatabase.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/RecentTrials.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

using namespace td;

namespace {

QString visibleLabels(const QWidget& w)
{
    QStringList out;
    for (const QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisibleTo(&w))
            out << l->text();
    return out.join(QLatin1Char('\n'));
}

void saveShot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w.adjustSize();
    EXPECT_TRUE(
        w.grab().save(dir + QStringLiteral("/open-server-") + name + QStringLiteral(".png")));
}

class OpenServerDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("recentTrials")); }
    void TearDown() override { QSettings().remove(QStringLiteral("recentTrials")); }
};

} // namespace

TEST_F(OpenServerDialogTest, TheAddressIsBuiltFromItsPartsWithoutAUser)
{
    OpenServerDialog dialog;
    ASSERT_TRUE(dialog.openAt(QStringLiteral("db.example.org"), 5433, QStringLiteral("dit"),
                              QStringLiteral("prefer")))
        << qPrintable(visibleLabels(dialog));
    EXPECT_EQ(dialog.address(),
              QStringLiteral("postgresql://db.example.org:5433/dit?sslmode=prefer"));
}

TEST_F(OpenServerDialogTest, WhatCannotBeUsedIsRefusedInTheDialog)
{
    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(languages.setLanguage(language));
        OpenServerDialog dialog;
        saveShot(dialog, language);
        EXPECT_FALSE(dialog.openAt({}, 5432, QStringLiteral("dit"), QStringLiteral("prefer")));
        EXPECT_TRUE(dialog.address().isEmpty());
        if (language == QLatin1String("en")) {
            EXPECT_TRUE(visibleLabels(dialog).contains(QStringLiteral("Name the database server")))
                << qPrintable(visibleLabels(dialog));
        }
        // verify-full without the certificate authority's file.
        EXPECT_FALSE(dialog.openAt(QStringLiteral("db.example.org"), 5432, QStringLiteral("dit"),
                                   QStringLiteral("verify-full")));
        if (language == QLatin1String("en")) {
            EXPECT_TRUE(visibleLabels(dialog).contains(QStringLiteral("certificate authority")))
                << qPrintable(visibleLabels(dialog));
        }
        saveShot(dialog, QStringLiteral("refused-") + language);
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

TEST_F(OpenServerDialogTest, RecentServerTrialsAreOfferedAndKeepNoPassword)
{
    RecentTrials::remember(QStringLiteral("/data/dit.sqlite"));
    RecentTrials::remember(QStringLiteral("postgresql://db.example.org:5433/dit?sslmode=require"));
    // A password never comes back from the list, even written there by hand.
    QStringList stored = QSettings().value(QStringLiteral("recentTrials")).toStringList();
    stored << QStringLiteral("postgresql://kari:hemmelig@db.example.org/mop");
    QSettings().setValue(QStringLiteral("recentTrials"), stored);
    EXPECT_EQ(RecentTrials::servers(),
              QStringList{QStringLiteral("postgresql://db.example.org:5433/dit?sslmode=require")});

    OpenServerDialog dialog;
    auto* recent = dialog.findChildren<QComboBox*>().value(0);
    ASSERT_NE(recent, nullptr);
    ASSERT_EQ(recent->count(), 1);
    EXPECT_EQ(recent->itemText(0), QStringLiteral("postgresql://db.example.org:5433/dit"));
    dialog.setAddress(recent->itemData(0).toString());
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("host"))->text(),
              QStringLiteral("db.example.org"));
    EXPECT_EQ(dialog.findChild<QSpinBox*>(QStringLiteral("port"))->value(), 5433);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("database"))->text(),
              QStringLiteral("dit"));
    EXPECT_EQ(dialog.findChild<QComboBox*>(QStringLiteral("sslmode"))->currentData().toString(),
              QStringLiteral("require"));
    saveShot(dialog, QStringLiteral("recent-en"));

    // The newest first, each once, at most RecentTrials::kept.
    for (int i = 0; i < RecentTrials::kept + 2; ++i)
        RecentTrials::remember(QStringLiteral("/data/t%1.sqlite").arg(i));
    RecentTrials::remember(QStringLiteral("/data/t3.sqlite"));
    const QStringList all = RecentTrials::all();
    EXPECT_EQ(all.size(), RecentTrials::kept);
    EXPECT_EQ(all.front(), QStringLiteral("/data/t3.sqlite"));
    EXPECT_EQ(all.count(QStringLiteral("/data/t3.sqlite")), 1);
}

using OpenServerMenuTest = DemoDatabase;

TEST_F(OpenServerMenuTest, TheFileMenuOffersIt)
{
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(*m_db, actor("pi", Role::PrincipalInvestigator), languages);
    ASSERT_NE(window.openServerAction(), nullptr);
    EXPECT_EQ(window.openServerAction()->text(), QStringLiteral("Open &server trial…"));
}
