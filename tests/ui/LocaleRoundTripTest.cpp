// Issue 6: dates and numbers follow the language (21.11.2026 and a decimal comma in Norwegian),
// and what is shown parses back to the same value, in both languages.

#include "common/DateFields.h"
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <gtest/gtest.h>

using namespace td;

namespace {

TEST(LocaleRoundTrip, DatesAndNumbersFollowTheLanguageAndParseBack)
{
    LanguageManager languages;
    const QDate date(2026, 11, 21);
    for (const char* code : {"nb", "en"}) {
        ASSERT_TRUE(languages.setLanguage(QString::fromLatin1(code)));
        const QLocale locale;
        const QString shown = locale.toString(date, dateEntryFormat());
        EXPECT_EQ(locale.toDate(shown, dateEntryFormat()), date) << code;
        // A date field shows and parses the same format.
        QDateEdit* edit = todayDateEdit(QDate::currentDate(), nullptr);
        edit->setDate(date);
        EXPECT_EQ(edit->text(), shown) << code;
        // Typed anew from an earlier date, it is read in the language's format.
        edit->setDate(QDate(2020, 1, 1));
        QLineEdit* line = edit->findChild<QLineEdit*>();
        ASSERT_NE(line, nullptr);
        line->setText(shown);
        edit->interpretText();
        EXPECT_EQ(edit->date(), date) << code;
        delete edit;
        bool ok = false;
        const QString number = locale.toString(4.43, 'f', 2);
        EXPECT_DOUBLE_EQ(locale.toDouble(number, &ok), 4.43) << code;
        EXPECT_TRUE(ok);
        if (QByteArray(code) == "nb") {
            EXPECT_EQ(shown, QStringLiteral("21.11.2026"));
            EXPECT_EQ(number, QStringLiteral("4,43"));
        } else {
            EXPECT_EQ(number, QStringLiteral("4.43"));
        }
    }
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
}

} // namespace

namespace {

// Counts in the window's sentences carry the language's thousands separator (issue 21, item 2:
// "55 744 rader kontrollert"): every plural count is written %Ln.
TEST(LocaleRoundTrip, CountsInSentencesHaveThousandsSeparators)
{
    td::LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("nb")));
    const QString nb =
        QCoreApplication::translate("td::RegistryView", "%Ln participant(s)", nullptr, 55744);
    EXPECT_EQ(nb, QStringLiteral("55\u00a0744 deltakere"));
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    const QString en =
        QCoreApplication::translate("td::RegistryView", "%Ln participant(s)", nullptr, 10000);
    EXPECT_EQ(en, QStringLiteral("10,000 participants"));
}

} // namespace
