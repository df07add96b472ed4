// The entry form for an instrument like one imported from a REDCap dictionary: items with
// decimals (2.5 typed, 2,5 in Bokmål, stored as 2.5; a value out of range refused naming the
// range and places), branching logic (an item its show_if hides is disabled, skipped and not
// required) and a required item left NA refusing the complete save with a message.
//
// Pictures: TD_SCREENSHOT_DIR=/tmp/decimals-shots trialdesk_ui_tests
// --gtest_filter='DecimalEntry*' writes decimal-entry-{en,nb}.png and
// decimal-required-{en,nb}.png there.

#include "DemoDatabase.h"
#include "entry/AssessmentEntryForm.h"
#include "i18n/LanguageManager.h"
#include "instruments/InstrumentCatalog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace td;

namespace {

const char* kLab = R"json({
  "id": "labx", "short_name": "LAB", "name": {"en": "Lab values", "nb": "Laboratorieverdier"},
  "items": [
    {"id": "hb", "label": {"en": "Hemoglobin (g/dL)", "nb": "Hemoglobin (g/dL)"},
     "decimals": 1, "min": 3.5, "max": 25},
    {"id": "smoker", "label": {"en": "Smokes", "nb": "Røyker"}, "min": 0, "max": 1,
     "required": true},
    {"id": "cigs", "label": {"en": "Cigarettes per day", "nb": "Sigaretter per dag"},
     "min": 0, "max": 60, "show_if": "[smoker] = '1'", "required": true, "scored": false},
    {"id": "crp", "label": {"en": "CRP (mg/L)", "nb": "CRP (mg/L)"},
     "decimals": 2, "min": 0, "max": 300}
  ],
  "total": {"method": "none"}
})json";

class DecimalEntryTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        if (HasFatalFailure())
            return;
        auto added = InstrumentCatalog::addToTrial(*m_db, actor("admin", Role::Administrator),
                                                   QByteArray(kLab));
        ASSERT_TRUE(added.ok()) << added.message().toStdString();
        m_coordinator = actor("coordinator", Role::Coordinator);
    }
    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    // A randomized participant's three-year follow-up, today on its target day; `skip` earlier
    // ones are passed over (one per language).
    std::pair<qint64, qint64> followUp(int skip)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT p.id, t.id FROM participant p, time_point t WHERE "
                                 "p.randomized_at IS NOT NULL AND t.code = 'fu3y' ORDER BY p.id "
                                 "LIMIT 1 OFFSET ?"));
        q.addBindValue(skip);
        if (!q.exec() || !q.next())
            return {0, 0};
        const std::pair<qint64, qint64> found{q.value(0).toLongLong(), q.value(1).toLongLong()};
        todayAtVisit(found.first, found.second);
        return found;
    }

    QString stored(qint64 participant, qint64 visit)
    {
        auto v = m_db->scalar(QStringLiteral("SELECT item_values || '|' || status FROM assessment "
                                             "WHERE participant_id = ? AND time_point_id = ? AND "
                                             "instrument_id = 'labx'"),
                              {participant, visit});
        return v.ok() ? v->toString() : QString();
    }

    static void type(const QString& keys)
    {
        for (const QChar c : keys)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    }
    static QString text(const QWidget& w, const QString& name)
    {
        auto* label = w.findChild<QLabel*>(name);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
    }
    void picture(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    LanguageManager m_languages;
    Actor m_coordinator;
};

} // namespace

TEST_F(DecimalEntryTest, DecimalsAreTypedInTheLanguagesWayAndStoredWithAPoint)
{
    int offset = 0;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        const bool nb = language == QStringLiteral("nb");
        const auto [participant, timePoint] = followUp(offset++);
        ASSERT_GT(participant, 0);
        AssessmentEntryForm form(*m_db, m_coordinator, participant, timePoint,
                                 QStringLiteral("labx"));
        form.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
        ASSERT_EQ(QApplication::focusWidget(), form.itemField(0));
        // No total and no subscales: no score line (no empty "Subscales:").
        EXPECT_FALSE(form.findChild<QLabel*>(QStringLiteral("total"))->isVisible());
        // The hint: the range as the language writes it (its words are translated later).
        const QString hint = text(form, QStringLiteral("note_hb"));
        EXPECT_TRUE(hint.startsWith(nb ? QStringLiteral("3,5–25") : QStringLiteral("3.5–25")))
            << hint.toStdString();
        if (!nb) {
            EXPECT_TRUE(hint.startsWith(QStringLiteral("3.5–25, at most 1 decimal place")));
        }

        // 12.5 (12,5): complete once its one place is typed; the next item gets the focus.
        type(nb ? QStringLiteral("12,5") : QStringLiteral("12.5"));
        EXPECT_EQ(form.itemField(0)->text(), nb ? QStringLiteral("12,5") : QStringLiteral("12.5"));
        EXPECT_EQ(QApplication::focusWidget(), form.itemField(1));
        EXPECT_EQ(stored(participant, timePoint), QStringLiteral("12.5,NA,NA,NA|draft"));

        // Not a smoker: cigs is not asked, disabled, and passed over.
        type(QStringLiteral("0"));
        EXPECT_FALSE(form.itemField(2)->isEnabled());
        EXPECT_TRUE(text(form, QStringLiteral("note_cigs")).contains(QStringLiteral("[smoker]")))
            << text(form, QStringLiteral("note_cigs")).toStdString();
        EXPECT_EQ(QApplication::focusWidget(), form.itemField(3));

        // 300.5 is above 300: refused at Enter, naming the range and the places.
        type(nb ? QStringLiteral("300,5") : QStringLiteral("300.5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const QString refusal = text(form, QStringLiteral("note_crp"));
        EXPECT_TRUE(refusal.contains(nb ? QStringLiteral("300,5") : QStringLiteral("300.5")))
            << refusal.toStdString();
        if (!nb) {
            EXPECT_TRUE(refusal.contains(QStringLiteral("0 to 300 with at most 2 decimal place")))
                << refusal.toStdString();
        }
        EXPECT_EQ(QApplication::focusWidget(), form.itemField(3));
        EXPECT_EQ(stored(participant, timePoint), QStringLiteral("12.5,0,NA,NA|draft"));
        picture(form, QStringLiteral("decimal-entry-") + language);

        // A third place is refused as it is typed; 2.25 completes the item.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        type(nb ? QStringLiteral("2,25") : QStringLiteral("2.25"));
        EXPECT_EQ(stored(participant, timePoint), QStringLiteral("12.5,0,NA,2.25|draft"));
        // The hidden required item does not stop completing.
        form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
        EXPECT_EQ(stored(participant, timePoint), QStringLiteral("12.5,0,NA,2.25|complete"));
        form.close();
    }
}

TEST_F(DecimalEntryTest, ARequiredItemShownByItsBranchingLogicAndLeftNaRefusesCompleting)
{
    int offset = 2;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        const auto [participant, timePoint] = followUp(offset++);
        ASSERT_GT(participant, 0);
        AssessmentEntryForm form(*m_db, m_coordinator, participant, timePoint,
                                 QStringLiteral("labx"));
        form.show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
        type(language == QStringLiteral("nb") ? QStringLiteral("9,5") : QStringLiteral("9.5"));
        type(QStringLiteral("1")); // a smoker: cigs is asked
        EXPECT_TRUE(form.itemField(2)->isEnabled());
        EXPECT_EQ(QApplication::focusWidget(), form.itemField(2));
        type(QStringLiteral("."));   // NA
        type(QStringLiteral("1.5")); // crp: 1.5 and Enter
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        form.findChild<QPushButton*>(QStringLiteral("complete"))->click();
        const QString error = text(form, QStringLiteral("error"));
        EXPECT_TRUE(error.contains(QStringLiteral("cigs"))) << error.toStdString();
        if (language == QStringLiteral("en")) {
            EXPECT_TRUE(error.contains(QStringLiteral("requires an answer")))
                << error.toStdString();
        }
        EXPECT_TRUE(stored(participant, timePoint).endsWith(QStringLiteral("|draft")))
            << stored(participant, timePoint).toStdString();
        picture(form, QStringLiteral("decimal-required-") + language);
        form.close();
    }
}
