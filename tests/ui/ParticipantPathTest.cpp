// The participant's path in the window (issue 14): the screening dialog asks the protocol's
// eligibility criteria and covariates, the eligibility dialog the criteria still open, the
// consent dialog the date and form version, the covariates dialog corrections with a reason.
// A refusal is shown at the field core names and changes nothing.

#include "DemoDatabase.h"
#include "audit/AuditRowFormat.h"
#include "common/ErrorLabel.h"
#include "i18n/LanguageManager.h"
#include "participants/CovariateValues.h"
#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CovariatesDialog.h"
#include "registry/actions/CriteriaAnswers.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "trial/ProtocolRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

using namespace td;

namespace {

class ParticipantPathTest : public DemoDatabase
{
protected:
    void SetUp() override
    {
        DemoDatabase::SetUp();
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        m_coordinator = actor("coordinator", Role::Coordinator);
        auto protocol = ProtocolRepository(*m_db).load(m_coordinator);
        ASSERT_TRUE(protocol.ok());
        m_protocol = *protocol;
        ASSERT_EQ(m_protocol.sites.size(), 2u);
    }

    Participant get(qint64 id)
    {
        auto p = ParticipantRepository(*m_db).get(m_coordinator, id);
        EXPECT_TRUE(p.ok()) << p.message().toStdString();
        return p.ok() ? *p : Participant{};
    }

    int count(const char* sql)
    {
        auto n = m_db->scalar(QString::fromLatin1(sql));
        return n.ok() ? n->toInt() : -1;
    }
    int auditRows() { return count("SELECT COUNT(*) FROM audit_log"); }
    int people() { return count("SELECT COUNT(*) FROM participant"); }

    // Screened through core with the given answers and covariates.
    qint64 screened(std::map<QString, bool> answers, std::map<QString, QString> covariates = {})
    {
        ScreeningInput in{m_protocol.sites.front().id, m_db->clock().today(), std::move(answers),
                          std::move(covariates)};
        auto p = Screening(*m_db).screen(m_coordinator, in);
        EXPECT_TRUE(p.ok()) << p.message().toStdString();
        return p.ok() ? p->id : 0;
    }

    static QStringList labelTexts(const QWidget& w)
    {
        QStringList out;
        for (const QLabel* l : w.findChildren<QLabel*>())
            out << l->text();
        for (const QGroupBox* g : w.findChildren<QGroupBox*>())
            out << g->title();
        for (const QComboBox* c : w.findChildren<QComboBox*>())
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        return out;
    }

    LanguageManager m_languages;
    Actor m_coordinator;
    Protocol m_protocol;
};

TEST_F(ParticipantPathTest, TheScreenDialogAsksEveryCriterionAndTypedCovariates)
{
    ScreenDialog screen(*m_db, m_coordinator, m_protocol);
    EXPECT_EQ(screen.siteBox()->count(), 2);
    EXPECT_EQ(screen.criteria()->count(), 3);
    EXPECT_EQ(screen.criteria()->openCount(), 3);
    const QStringList texts = labelTexts(screen);
    for (const char* shown : {"Major depressive disorder (MINI)", "Psychotic disorder", "Inclusion",
                              "Exclusion", "Age:", "required before randomization", "18 to 80",
                              "Female", "Length of episode (months):"})
        EXPECT_TRUE(
            texts.contains(QString::fromUtf8(shown)) ||
            std::any_of(texts.begin(), texts.end(),
                        [&](const QString& t) { return t.contains(QString::fromUtf8(shown)); }))
            << shown;
    // Typed inputs: a spin box within the protocol's range, a list of the choices.
    auto* age = qobject_cast<QSpinBox*>(screen.covariates()->input(QStringLiteral("age")));
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(age->maximum(), 80);
    EXPECT_EQ(age->minimum(), 17); // "–": not given
    EXPECT_EQ(age->text(), QStringLiteral("–"));
    auto* sex = qobject_cast<QComboBox*>(screen.covariates()->input(QStringLiteral("sex")));
    ASSERT_NE(sex, nullptr);
    EXPECT_EQ(sex->count(), 3);
    EXPECT_NE(
        qobject_cast<QDoubleSpinBox*>(screen.covariates()->input(QStringLiteral("episode_months"))),
        nullptr);
    EXPECT_EQ(screen.covariates()->values().at(QStringLiteral("age")), QString());
}

TEST_F(ParticipantPathTest, EveryAnswerGivenAtScreeningDecidesEligibilityAtOnce)
{
    ScreenDialog screen(*m_db, m_coordinator, m_protocol);
    screen.criteria()->yesButton(QStringLiteral("mdd"))->click();
    screen.criteria()->yesButton(QStringLiteral("age18"))->click();
    screen.criteria()->noButton(QStringLiteral("psychosis"))->click();
    EXPECT_TRUE(screen.summaryText().contains(QStringLiteral("decided at once")))
        << screen.summaryText().toStdString();
    ASSERT_TRUE(screen.covariates()->setValue(QStringLiteral("age"), QStringLiteral("40")));
    ASSERT_TRUE(screen.covariates()->setValue(QStringLiteral("sex"), QStringLiteral("f")));
    ASSERT_TRUE(
        screen.covariates()->setValue(QStringLiteral("episode_months"), QStringLiteral("7.5")));
    screen.confirm();
    ASSERT_TRUE(screen.isDone()) << screen.errorText().toStdString();
    ASSERT_TRUE(screen.created().has_value());
    const Participant p = get(screen.createdId());
    EXPECT_EQ(p.status, ParticipantStatus::Eligible);
    // The outcome: the new study ID and the eligibility that follows from the answers.
    EXPECT_TRUE(screen.summaryText().contains(p.studyId)) << screen.summaryText().toStdString();
    EXPECT_TRUE(screen.summaryText().contains(QStringLiteral("Eligible:")));
    EXPECT_FALSE(screen.siteBox()->isEnabled());
    EXPECT_EQ(p.covariates.values.at(QStringLiteral("age")), QStringLiteral("40"));
    EXPECT_EQ(p.covariates.values.at(QStringLiteral("sex")), QStringLiteral("f"));
    EXPECT_EQ(p.covariates.values.at(QStringLiteral("episode_months")), QStringLiteral("7.5"));
    auto answers = Screening(*m_db).answers(m_coordinator, p.id);
    ASSERT_TRUE(answers.ok());
    EXPECT_EQ(answers->size(), 3u);
    EXPECT_FALSE(answers->at(QStringLiteral("psychosis")));
}

TEST_F(ParticipantPathTest, AnExclusionThatAppliesMakesThePersonIneligible)
{
    ScreenDialog screen(*m_db, m_coordinator, m_protocol);
    screen.criteria()->setAnswer(QStringLiteral("mdd"), true);
    screen.criteria()->setAnswer(QStringLiteral("age18"), true);
    screen.criteria()->setAnswer(QStringLiteral("psychosis"), true);
    screen.confirm();
    ASSERT_TRUE(screen.isDone()) << screen.errorText().toStdString();
    EXPECT_EQ(get(screen.createdId()).status, ParticipantStatus::Ineligible);
    EXPECT_TRUE(screen.summaryText().contains(QStringLiteral("Not eligible")))
        << screen.summaryText().toStdString();
    EXPECT_TRUE(screen.summaryText().contains(QStringLiteral("psychosis")));
}

TEST_F(ParticipantPathTest, ASiteBoundCoordinatorScreensOnlyAtTheirSites)
{
    const Site& oslo = m_protocol.sites[0];
    const Site& bergen = m_protocol.sites[1];
    Actor bound = m_coordinator;
    bound.sites = {bergen.id};
    ScreenDialog screen(*m_db, bound, m_protocol);
    ASSERT_EQ(screen.siteBox()->count(), 1);
    EXPECT_EQ(screen.siteBox()->itemData(0).toLongLong(), bergen.id);
    // A site the list would never offer (as a stale list might): core refuses it, naming the
    // site, at the site field, and nothing is added.
    screen.siteBox()->addItem(oslo.code, oslo.id);
    screen.siteBox()->setCurrentIndex(1);
    const int before = auditRows(), n = people();
    screen.confirm();
    EXPECT_EQ(screen.errorField(), QStringLiteral("site"));
    EXPECT_TRUE(screen.errorText().contains(oslo.code)) << screen.errorText().toStdString();
    EXPECT_FALSE(screen.isDone());
    EXPECT_EQ(auditRows(), before);
    EXPECT_EQ(people(), n);
    screen.siteBox()->setCurrentIndex(0);
    screen.confirm();
    EXPECT_TRUE(screen.isDone()) << screen.errorText().toStdString();
    EXPECT_EQ(get(screen.createdId()).siteId, bergen.id);
    EXPECT_TRUE(screen.errorText().isEmpty());
}

TEST_F(ParticipantPathTest, AFutureScreeningDateIsRefusedAtTheDateField)
{
    ScreenDialog screen(*m_db, m_coordinator, m_protocol);
    screen.dateEdit()->setDate(m_db->clock().today().addDays(3));
    const int before = auditRows(), n = people();
    screen.confirm();
    EXPECT_EQ(screen.errorField(), QStringLiteral("date"));
    EXPECT_FALSE(screen.fieldErrorText(QStringLiteral("date")).isEmpty());
    EXPECT_EQ(auditRows(), before);
    EXPECT_EQ(people(), n);
}

TEST_F(ParticipantPathTest, ACovariateOutsideItsRangeIsRefusedAtItsFieldAndNothingIsAdded)
{
    auto next = [this] {
        return m_db
            ->scalar(QStringLiteral("SELECT next_number FROM site WHERE id = ?"),
                     {m_protocol.sites.front().id})
            ->toInt();
    };
    const int number = next();
    ScreenDialog screen(*m_db, m_coordinator, m_protocol);
    screen.criteria()->setAnswer(QStringLiteral("mdd"), true);
    ASSERT_TRUE(
        screen.covariates()->setValue(QStringLiteral("episode_months"), QStringLiteral("-0.5")));
    const int before = auditRows(), n = people();
    screen.confirm();
    EXPECT_EQ(screen.errorField(), QStringLiteral("episode_months"));
    EXPECT_TRUE(screen.errorText().contains(QStringLiteral("from 0 to 600")))
        << screen.errorText().toStdString();
    EXPECT_EQ(auditRows(), before);
    EXPECT_EQ(people(), n);
    EXPECT_EQ(next(), number); // the study id is not used up
    // Corrected, the same dialog adds the person.
    screen.covariates()->setValue(QStringLiteral("episode_months"), QStringLiteral("3"));
    screen.confirm();
    EXPECT_TRUE(screen.isDone()) << screen.errorText().toStdString();
    EXPECT_EQ(screen.errorField(), QString());
}

TEST_F(ParticipantPathTest, CriteriaAndCovariatesFollowTheLanguage)
{
    ScreenDialog screen(*m_db, m_coordinator, m_protocol);
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QCoreApplication::processEvents();
    QStringList texts = labelTexts(screen);
    EXPECT_TRUE(texts.contains(QStringLiteral("Psykoselidelse")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Alder:")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Kvinne")));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    texts = labelTexts(screen);
    EXPECT_TRUE(texts.contains(QStringLiteral("Psychotic disorder")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Female")));
}

TEST_F(ParticipantPathTest, EligibilityAnswersTheCriteriaLeftOpenAtScreening)
{
    const qint64 id = screened({{QStringLiteral("mdd"), true}});
    EligibilityDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
    // The answer given at screening is shown and cannot be changed here.
    EXPECT_TRUE(dialog.criteria()->yesButton(QStringLiteral("mdd"))->isChecked());
    EXPECT_FALSE(dialog.criteria()->noButton(QStringLiteral("mdd"))->isEnabled());
    EXPECT_FALSE(dialog.criteria()->setAnswer(QStringLiteral("mdd"), false));
    EXPECT_EQ(dialog.criteria()->openCount(), 2);
    // One more answer: recorded, the person stays screened.
    dialog.criteria()->setAnswer(QStringLiteral("age18"), false);
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("stays screened")));
    dialog.confirm();
    EXPECT_TRUE(dialog.isDone()) << dialog.errorText().toStdString();
    EXPECT_EQ(get(id).status, ParticipantStatus::Screened);

    EligibilityDialog last(*m_db, m_coordinator, m_protocol, get(id));
    EXPECT_EQ(last.criteria()->openCount(), 1);
    last.criteria()->setAnswer(QStringLiteral("psychosis"), false);
    last.confirm();
    // Aged under 18: the inclusion criterion is not met.
    const Participant p = get(id);
    EXPECT_EQ(p.status, ParticipantStatus::Ineligible);
    EXPECT_EQ(p.exclusion, std::optional<ExclusionCategory>(ExclusionCategory::InclusionNotMet));
    EXPECT_TRUE(last.summaryText().contains(QStringLiteral("age18")))
        << last.summaryText().toStdString();
}

TEST_F(ParticipantPathTest, NotEligibleForOtherReasonsNeedsTheReasonAtItsField)
{
    const qint64 id = screened({});
    EligibilityDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
    dialog.otherButton()->setChecked(true);
    EXPECT_FALSE(dialog.criteria()->isEnabled());
    const int before = auditRows();
    dialog.reasonEdit()->setText(QStringLiteral("   "));
    dialog.confirm();
    EXPECT_EQ(dialog.errorField(), QStringLiteral("reason"));
    EXPECT_EQ(get(id).status, ParticipantStatus::Screened);
    EXPECT_EQ(auditRows(), before);
    dialog.reasonEdit()->setText(QStringLiteral("Moves abroad next month"));
    dialog.confirm();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Participant p = get(id);
    EXPECT_EQ(p.status, ParticipantStatus::Ineligible);
    EXPECT_EQ(p.exclusion, std::optional<ExclusionCategory>(ExclusionCategory::Other));
    EXPECT_EQ(p.exclusionReason, QStringLiteral("Moves abroad next month"));
}

TEST_F(ParticipantPathTest, ConsentRecordsTheDateAndFormVersion)
{
    const qint64 id = screened({{QStringLiteral("mdd"), true},
                                {QStringLiteral("age18"), true},
                                {QStringLiteral("psychosis"), false}});
    ASSERT_EQ(get(id).status, ParticipantStatus::Eligible);
    ConsentDialog consent(*m_db, m_coordinator, get(id));
    // Before the screening date: refused at the date, nothing recorded.
    consent.dateEdit()->setDate(get(id).screeningDate.addDays(-1));
    consent.formVersionEdit()->setText(QStringLiteral("2.1 of 1 March 2026"));
    const int before = auditRows();
    consent.confirm();
    EXPECT_EQ(consent.errorField(), QStringLiteral("consent_date"));
    EXPECT_EQ(get(id).status, ParticipantStatus::Eligible);
    EXPECT_EQ(auditRows(), before);
    consent.dateEdit()->setDate(m_db->clock().today());
    EXPECT_TRUE(consent.summaryText().contains(QStringLiteral("version 2.1 of 1 March 2026")));
    consent.confirm();
    EXPECT_EQ(consent.result(), QDialog::Accepted) << consent.errorText().toStdString();
    const Participant p = get(id);
    EXPECT_EQ(p.status, ParticipantStatus::Consented);
    EXPECT_EQ(p.consentDate, m_db->clock().today());
    EXPECT_EQ(p.consentFormVersion, QStringLiteral("2.1 of 1 March 2026"));
}

TEST_F(ParticipantPathTest, CovariatesAreEnteredAndCorrectedWithAReason)
{
    const qint64 id =
        screened({{QStringLiteral("mdd"), true}}, {{QStringLiteral("age"), QStringLiteral("30")}});
    {
        CovariatesDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
        // The recorded value is shown; a new one needs no reason.
        EXPECT_EQ(dialog.inputs()->values().at(QStringLiteral("age")), QStringLiteral("30"));
        EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Nothing changes")));
        dialog.inputs()->setValue(QStringLiteral("sex"), QStringLiteral("m"));
        EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Sex: Male is recorded")))
            << dialog.summaryText().toStdString();
        dialog.confirm();
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    }
    EXPECT_EQ(get(id).covariates.values.at(QStringLiteral("sex")), QStringLiteral("m"));

    CovariatesDialog dialog(*m_db, m_coordinator, m_protocol, get(id));
    dialog.inputs()->setValue(QStringLiteral("age"), QStringLiteral("31"));
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Age: 30 is corrected to 31")))
        << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("required")));
    const int before = auditRows();
    dialog.confirm();
    EXPECT_EQ(dialog.errorField(), QStringLiteral("reason"));
    EXPECT_EQ(get(id).covariates.values.at(QStringLiteral("age")), QStringLiteral("30"));
    EXPECT_EQ(auditRows(), before);
    // A value outside the range is refused at its own field.
    dialog.inputs()->setValue(QStringLiteral("episode_months"), QStringLiteral("-0.5"));
    dialog.reasonEdit()->setText(QStringLiteral("Birth year misread"));
    dialog.confirm();
    EXPECT_EQ(dialog.errorField(), QStringLiteral("episode_months"));
    EXPECT_TRUE(dialog.fieldErrorText(QStringLiteral("reason")).isEmpty());
    EXPECT_EQ(auditRows(), before);
    dialog.inputs()->setValue(QStringLiteral("episode_months"), QString());
    dialog.confirm();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    EXPECT_EQ(get(id).covariates.values.at(QStringLiteral("age")), QStringLiteral("31"));
    auto reason = m_db->scalar(QStringLiteral("SELECT reason FROM (%1) WHERE field = "
                                              "'covariate.age' ORDER BY id DESC LIMIT 1")
                                   .arg(AuditRowFormat::entriesSql(m_db->dialect())));
    ASSERT_TRUE(reason.ok());
    EXPECT_EQ(reason->toString(), QStringLiteral("Birth year misread"));
}

} // namespace
