// Emergency unblinding in the window: the dialog asks for a reason of at least ten characters
// and an explicit confirmation before it unblinds, shows the core's refusal and changes
// nothing; after unblinding, the assessor's page shows the arm under a banner that says so,
// while another assessor still sees no arm; the principal investigator's worklist counts the
// unblindings to review and the review dialog lists them, newest first, and marks them
// reviewed.
//
// For looking at it: TD_SCREENSHOT_DIR=/tmp/shots trialdesk_ui_tests
// --gtest_filter='EmergencyUnblinding*' writes unblind-*.png there, in English and Norwegian.

#include "randomization/EmergencyUnblinding.h"

#include "DemoDatabase.h"
#include "Signing.h"
#include "access/UserRepository.h"
#include "common/ErrorLabel.h"
#include "i18n/LanguageManager.h"
#include "participant/EmergencyUnblindDialog.h"
#include "participant/ParticipantPage.h"
#include "trial/ProtocolRepository.h"
#include "worklist/UnblindingReviewDialog.h"
#include "worklist/UnblindingTableModel.h"
#include "worklist/WorklistView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace td;

namespace {

const QString kReason = QStringLiteral("Serious adverse event: admitted to hospital, the "
                                       "treating psychiatrist needs the treatment arm");

class EmergencyUnblindingTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }
    void TearDown() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    Actor assessor() const { return actor("assessor", Role::BlindedAssessor); }
    Actor pi() const { return actor("pi", Role::PrincipalInvestigator); }

    // Randomized participants with assessments, in id order.
    std::vector<qint64> randomized(int count)
    {
        std::vector<qint64> out;
        auto q = m_db->exec(
            QStringLiteral("SELECT p.id FROM participant p WHERE p.arm_id IS NOT NULL AND EXISTS "
                           "(SELECT 1 FROM "
                           "assessment a WHERE a.participant_id = p.id) ORDER BY p.id LIMIT ?"),
            {count});
        if (q.ok())
            while ((*q)->next())
                out.push_back((*q)->value(0).toLongLong());
        return out;
    }

    qint64 notRandomized()
    {
        auto v =
            m_db->scalar(QStringLiteral("SELECT MIN(id) FROM participant WHERE arm_id IS NULL"));
        return v.ok() ? v->toLongLong() : 0;
    }

    qint64 armOf(qint64 participantId)
    {
        auto v = m_db->scalar(QStringLiteral("SELECT arm_id FROM participant WHERE id = ?"),
                              {participantId});
        return v.ok() ? v->toLongLong() : 0;
    }

    QString studyIdOf(qint64 participantId)
    {
        auto v = m_db->scalar(QStringLiteral("SELECT study_id FROM participant WHERE id = ?"),
                              {participantId});
        return v.ok() ? v->toString() : QString();
    }

    int unblindings()
    {
        auto v = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM emergency_unblinding"));
        return v.ok() ? v->toInt() : -1;
    }

    // Every arm's code and name (English and Norwegian): none may show on a blinded page.
    QStringList armWords()
    {
        QStringList out;
        auto q = m_db->exec(QStringLiteral("SELECT code, name, name_nb FROM arm"));
        if (q.ok())
            while ((*q)->next())
                for (int c = 0; c < 3; ++c)
                    if (!(*q)->value(c).toString().isEmpty())
                        out << (*q)->value(c).toString();
        return out;
    }

    // The arm words a page's labels and buttons hold (shown or not).
    QStringList armWordsOn(const QWidget& page)
    {
        const QStringList words = armWords();
        QStringList found;
        for (const QLabel* l : page.findChildren<QLabel*>())
            for (const QString& w : words)
                if (l->text().contains(w))
                    found << l->text();
        for (const QAbstractButton* b : page.findChildren<QAbstractButton*>())
            for (const QString& w : words)
                if (b->text().contains(w) || b->toolTip().contains(w))
                    found << b->text();
        return found;
    }

    // The name of the participant's arm in the current language.
    QString armName(qint64 participantId)
    {
        auto protocol = ProtocolRepository(*m_db).load(pi());
        if (!protocol.ok())
            return {};
        const Arm* arm = protocol->arm(armOf(participantId));
        return arm ? QString(arm->name) : QString();
    }

    // Opens the page's unblinding dialog, and fills it in and confirms it from inside its
    // event loop.
    void unblindFromPage(ParticipantPage& page, const QString& reason)
    {
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<EmergencyUnblindDialog*>(QApplication::activeModalWidget());
            if (!d)
                return;
            seen = true;
            d->reasonEdit()->setPlainText(reason);
            d->confirmBox()->setChecked(true);
            if (d->unblindButton()->isEnabled())
                d->unblindButton()->click();
            else
                d->reject();
        });
        page.unblindButton()->click();
        EXPECT_TRUE(seen) << "the unblinding dialog did not open";
    }

    LanguageManager m_languages;
};

TEST_F(EmergencyUnblindingTest, TheDialogWantsAReasonOfTenCharactersAndAConfirmation)
{
    const auto ids = randomized(1);
    ASSERT_EQ(ids.size(), 1U);
    EmergencyUnblindDialog dialog(*m_db, assessor(), ids[0], studyIdOf(ids[0]));
    QPushButton* ok = dialog.unblindButton();
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.reasonHint()->text().contains(QStringLiteral("at least 10 characters")))
        << dialog.reasonHint()->text().toStdString();

    // Nine characters, padded with spaces (the core counts the trimmed reason), and confirmed.
    dialog.confirmBox()->setChecked(true);
    dialog.reasonEdit()->setPlainText(QStringLiteral("   123456789   "));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.reasonHint()->text().contains(QStringLiteral("1 more")))
        << dialog.reasonHint()->text().toStdString();
    // Ten characters: enough, but only with the confirmation ticked.
    dialog.reasonEdit()->setPlainText(QStringLiteral("1234567890"));
    EXPECT_TRUE(ok->isEnabled());
    dialog.confirmBox()->setChecked(false);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(ok->toolTip().isEmpty());
    dialog.confirmBox()->setChecked(true);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(ok->toolTip().isEmpty());
    // Nothing is written until the user confirms with the button.
    EXPECT_EQ(unblindings(), 0);

    // The dialog says what happens.
    QString said;
    for (const QLabel* l : dialog.findChildren<QLabel*>())
        said += l->text();
    for (const char* part :
         {"shown to you only", "audit trail", "principal investigator", "another blinded assessor"})
        EXPECT_TRUE(said.contains(QString::fromLatin1(part))) << part;
}

TEST_F(EmergencyUnblindingTest, TheCoresRefusalIsShownAndNothingChanges)
{
    const qint64 waiting = notRandomized();
    ASSERT_GT(waiting, 0);
    EmergencyUnblindDialog dialog(*m_db, assessor(), waiting, studyIdOf(waiting));
    dialog.reasonEdit()->setPlainText(kReason);
    dialog.confirmBox()->setChecked(true);
    EXPECT_FALSE(dialog.unblind());
    EXPECT_FALSE(dialog.errorLabel()->isHidden());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("not randomized")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.armId(), 0);
    EXPECT_EQ(unblindings(), 0);

    // A role without the permission (the coordinator sees arms anyway): refused by the core.
    const auto ids = randomized(1);
    ASSERT_EQ(ids.size(), 1U);
    EmergencyUnblindDialog refused(*m_db, actor("coordinator", Role::Coordinator), ids[0],
                                   studyIdOf(ids[0]));
    refused.reasonEdit()->setPlainText(kReason);
    refused.confirmBox()->setChecked(true);
    EXPECT_FALSE(refused.unblind());
    EXPECT_FALSE(refused.errorLabel()->isHidden());
    EXPECT_EQ(unblindings(), 0);
}

TEST_F(EmergencyUnblindingTest, UnblindingFromThePageShowsTheArmUnderABanner)
{
    const auto ids = randomized(1);
    ASSERT_EQ(ids.size(), 1U);
    const QString arm = armName(ids[0]);
    ASSERT_FALSE(arm.isEmpty());

    ParticipantPage page(*m_db, assessor());
    ASSERT_EQ(page.load(ids[0]), QString());
    ASSERT_NE(page.unblindButton(), nullptr);
    EXPECT_TRUE(page.unblindButton()->isVisibleTo(&page));
    EXPECT_FALSE(page.unblindedBanner()->isVisibleTo(&page));
    EXPECT_EQ(armWordsOn(page), QStringList());

    unblindFromPage(page, kReason);
    EXPECT_EQ(unblindings(), 1);
    ASSERT_TRUE(page.participant().has_value());
    const QDateTime at = page.participant()->unblindedAt;
    ASSERT_TRUE(at.isValid());
    EXPECT_TRUE(page.unblindedBanner()->isVisibleTo(&page));
    const QString date = QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat);
    EXPECT_TRUE(page.unblindedBanner()->text().contains(
        QStringLiteral("Unblinded for you on %1 by emergency unblinding").arg(date)))
        << page.unblindedBanner()->text().toStdString();
    EXPECT_TRUE(page.headerText(QStringLiteral("Arm:")).contains(arm))
        << page.headerText(QStringLiteral("Arm:")).toStdString();
    EXPECT_FALSE(page.unblindButton()->isVisibleTo(&page));
    // The therapist stays hidden: unblinding tells the arm, nothing more.
    EXPECT_EQ(page.headerText(QStringLiteral("Therapist:")), QString());

    // The banner follows the language: the date in the Norwegian format.
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(page.unblindedBanner()->text().contains(
        QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)));
}

TEST_F(EmergencyUnblindingTest, AnAssessorWhoWasNotUnblindedSeesNoArm)
{
    const auto ids = randomized(2);
    ASSERT_EQ(ids.size(), 2U);
    ASSERT_TRUE(EmergencyUnblinding(*m_db).unblind(assessor(), ids[0], kReason).ok());
    auto second = UserRepository(*m_db).create(actor("admin", Role::Administrator),
                                               {QStringLiteral("assessor2"),
                                                QStringLiteral("Siri Holm"),
                                                Role::BlindedAssessor,
                                                QStringLiteral("trialdesk-demo"),
                                                {}});
    ASSERT_TRUE(second.ok()) << second.message().toStdString();

    // Another assessor, same participant: the button, no banner, no arm.
    ParticipantPage other(*m_db, actor("assessor2", Role::BlindedAssessor));
    ASSERT_EQ(other.load(ids[0]), QString());
    EXPECT_TRUE(other.unblindButton()->isVisibleTo(&other));
    EXPECT_FALSE(other.unblindedBanner()->isVisibleTo(&other));
    EXPECT_EQ(armWordsOn(other), QStringList());
    EXPECT_FALSE(other.participant()->armId.has_value());

    // The unblinded assessor, another participant: no arm either.
    ParticipantPage same(*m_db, assessor());
    ASSERT_EQ(same.load(ids[1]), QString());
    EXPECT_TRUE(same.unblindButton()->isVisibleTo(&same));
    EXPECT_FALSE(same.unblindedBanner()->isVisibleTo(&same));
    EXPECT_EQ(armWordsOn(same), QStringList());
    // ... while the unblinded participant does show it (the walk finds arm words).
    ASSERT_EQ(same.load(ids[0]), QString());
    EXPECT_NE(armWordsOn(same), QStringList());

    // Staff who see arms get no unblinding button and no banner.
    ParticipantPage piPage(*m_db, pi());
    ASSERT_EQ(piPage.load(ids[0]), QString());
    EXPECT_EQ(piPage.unblindButton(), nullptr);
    EXPECT_FALSE(piPage.unblindedBanner()->isVisibleTo(&piPage));
    // Nor for a participant who is not randomized (there is no arm to learn).
    ParticipantPage waiting(*m_db, assessor());
    ASSERT_EQ(waiting.load(notRandomized()), QString());
    EXPECT_FALSE(waiting.unblindButton()->isVisibleTo(&waiting));
}

TEST_F(EmergencyUnblindingTest, ThePrincipalInvestigatorReviewsThem)
{
    const auto ids = randomized(2);
    ASSERT_EQ(ids.size(), 2U);
    ASSERT_TRUE(EmergencyUnblinding(*m_db).unblind(assessor(), ids[0], kReason).ok());
    ASSERT_TRUE(EmergencyUnblinding(*m_db)
                    .unblind(assessor(), ids[1], QStringLiteral("Hospital admission, arm needed"))
                    .ok());

    // The worklist counts them; blinded staff get no such button.
    WorklistView worklist(*m_db, pi());
    ASSERT_EQ(worklist.reload(), QString());
    ASSERT_NE(worklist.unblindingsButton(), nullptr);
    EXPECT_TRUE(worklist.unblindingsButton()->isVisibleTo(&worklist));
    EXPECT_EQ(worklist.unblindingsToReview(), 2);
    // (The English plural comes from trialdesk_en.ts: "unblinding(s)" until it is updated.)
    EXPECT_TRUE(
        worklist.unblindingsButton()->text().startsWith(QStringLiteral("2 emergency unblinding")))
        << worklist.unblindingsButton()->text().toStdString();
    WorklistView blinded(*m_db, assessor());
    ASSERT_EQ(blinded.reload(), QString());
    EXPECT_EQ(blinded.unblindingsButton(), nullptr);

    UnblindingReviewDialog dialog(*m_db, pi());
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const UnblindingTableModel* m = dialog.model();
    ASSERT_EQ(m->rowCount(), 2);
    auto cell = [m](int row, int column) { return m->index(row, column).data().toString(); };
    // Newest first.
    EXPECT_EQ(cell(0, UnblindingTableModel::Participant), studyIdOf(ids[1]));
    EXPECT_EQ(cell(1, UnblindingTableModel::Participant), studyIdOf(ids[0]));
    EXPECT_EQ(cell(1, UnblindingTableModel::Reason), kReason);
    EXPECT_EQ(cell(0, UnblindingTableModel::UnblindedBy), QStringLiteral("Erik Berg (assessor)"));
    EXPECT_FALSE(cell(0, UnblindingTableModel::When).isEmpty());
    EXPECT_EQ(cell(0, UnblindingTableModel::Review), QStringLiteral("To review"));
    EXPECT_EQ(m->unreviewedCount(), 2);

    // The first to review is selected; marking it reviewed goes through the core.
    ASSERT_TRUE(dialog.reviewButton()->isEnabled());
    testui::signing(dialog, QString::fromLatin1(DemoTrial::password)).reviewButton()->click();
    EXPECT_TRUE(dialog.errorLabel()->isHidden());
    EXPECT_EQ(m->unreviewedCount(), 1);
    EXPECT_TRUE(cell(0, UnblindingTableModel::Review)
                    .startsWith(QStringLiteral("Reviewed by Ingrid Solberg on")))
        << cell(0, UnblindingTableModel::Review).toStdString();
    auto open = EmergencyUnblinding(*m_db).list(pi(), true);
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1U);
    EXPECT_EQ(open->front().participantId, ids[0]);

    // The selection moved to the one still to review; a reviewed one cannot be marked again.
    ASSERT_TRUE(testui::signing(dialog, QString::fromLatin1(DemoTrial::password)).markReviewed());
    EXPECT_EQ(m->unreviewedCount(), 0);
    EXPECT_FALSE(dialog.reviewButton()->isEnabled());
    dialog.table()->selectRow(0);
    EXPECT_FALSE(dialog.reviewButton()->isEnabled());
    EXPECT_FALSE(testui::signing(dialog, QString::fromLatin1(DemoTrial::password)).markReviewed());

    ASSERT_EQ(worklist.reload(), QString());
    EXPECT_EQ(worklist.unblindingsToReview(), 0);
    EXPECT_FALSE(worklist.unblindingsButton()->isVisibleTo(&worklist));
}

TEST_F(EmergencyUnblindingTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const auto ids = randomized(2);
    ASSERT_EQ(ids.size(), 2U);
    auto save = [&dir](QWidget& w, const QString& name) {
        w.show();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name)));
    };
    ParticipantPage page(*m_db, assessor());
    page.resize(1280, 820);
    WorklistView worklist(*m_db, pi());
    worklist.resize(1000, 420);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        QCoreApplication::processEvents();
        {
            EmergencyUnblindDialog dialog(*m_db, assessor(), ids[0], studyIdOf(ids[0]));
            dialog.reasonEdit()->setPlainText(QStringLiteral("Hospital"));
            save(dialog, QStringLiteral("unblind-dialog-%1.png").arg(language));
            dialog.reasonEdit()->setPlainText(kReason);
            dialog.confirmBox()->setChecked(true);
            save(dialog, QStringLiteral("unblind-dialog-ready-%1.png").arg(language));
        }
        if (language == QStringLiteral("en")) {
            ASSERT_EQ(page.load(ids[0]), QString()); // the button, before unblinding
            save(page, QStringLiteral("unblind-page-before-en.png"));
            ASSERT_TRUE(EmergencyUnblinding(*m_db).unblind(assessor(), ids[0], kReason).ok());
            ASSERT_TRUE(EmergencyUnblinding(*m_db)
                            .unblind(assessor(), ids[1],
                                     QStringLiteral("Hospital admission; the ward asks which "
                                                    "therapy the participant receives"))
                            .ok());
        }
        ASSERT_EQ(page.load(ids[0]), QString());
        save(page, QStringLiteral("unblind-page-%1.png").arg(language));
        ASSERT_EQ(worklist.reload(), QString());
        save(worklist, QStringLiteral("unblind-worklist-%1.png").arg(language));
        UnblindingReviewDialog review(*m_db, pi());
        if (language == QStringLiteral("en")) {
            ASSERT_TRUE(testui::signing(review, QString::fromLatin1(DemoTrial::password))
                            .markReviewed()); // one reviewed, one to review
        }
        save(review, QStringLiteral("unblind-review-%1.png").arg(language));
    }
}

} // namespace
