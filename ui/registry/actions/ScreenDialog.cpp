#include "registry/actions/ScreenDialog.h"

#include "access/Reach.h"
#include "common/DateFields.h"
#include "participants/Screening.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CriteriaAnswers.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

ScreenDialog::ScreenDialog(Database& db, const Actor& actor, const Protocol& protocol,
                           QWidget* parent)
    : GuidedDialog(db, actor, parent), m_protocol(protocol), m_siteLabel(new QLabel(this)),
      m_site(new QComboBox(this)), m_dateLabel(new QLabel(this)),
      m_date(todayDateEdit(db.clock().today(), this)), m_criteriaBox(new QGroupBox(this)),
      m_criteria(new CriteriaAnswers(Screening::criteriaFor(protocol, protocol.version), {},
                                     m_criteriaBox)),
      m_covariatesBox(new QGroupBox(this)),
      m_covariates(new CovariateInputs(protocol.covariates, m_covariatesBox))
{
    // A coordinator bound to sites screens only there (core refuses the others as well).
    for (const Site& site : m_protocol.sites)
        if (Reach::coversSite(m_actor, site.id))
            m_site->addItem(QStringLiteral("%1 (%2)").arg(site.name, site.code), site.id);
    m_siteLabel->setBuddy(m_site);
    m_dateLabel->setBuddy(m_date);
    form()->addRow(m_siteLabel, refusable(QStringLiteral("site"), m_site));
    form()->addRow(m_dateLabel, refusable(QStringLiteral("date"), m_date));
    (new QVBoxLayout(m_criteriaBox))->addWidget(m_criteria);
    (new QVBoxLayout(m_covariatesBox))->addWidget(m_covariates);
    form()->addRow(m_criteriaBox);
    form()->addRow(m_covariatesBox);
    for (const EligibilityCriterion& c : Screening::criteriaFor(protocol, protocol.version))
        addRefusalLine(c.code, m_criteria->refusalLine(c.code), m_criteria->yesButton(c.code));
    for (const Covariate& c : m_protocol.covariates)
        addRefusalLine(c.code, m_covariates->refusalLine(c.code), m_covariates->input(c.code));
    connect(m_site, &QComboBox::currentIndexChanged, this, &ScreenDialog::updateSummary);
    connect(m_date, &QDateEdit::dateChanged, this, &ScreenDialog::updateSummary);
    connect(m_criteria, &CriteriaAnswers::changed, this, &ScreenDialog::updateSummary);
    retranslateUi();
}

QString ScreenDialog::title() const
{
    return tr("Screen a new participant");
}

QString ScreenDialog::confirmText() const
{
    return tr("Add to screening log");
}

void ScreenDialog::retranslateFields()
{
    m_siteLabel->setText(tr("&Site:"));
    m_dateLabel->setText(tr("Screening &date:"));
    retranslateDateEdit(m_date);
    m_criteriaBox->setTitle(tr("Eligibility criteria: does each apply to the person?"));
    m_covariatesBox->setTitle(tr("Covariates known at screening"));
}

QString ScreenDialog::summary() const
{
    if (m_created)
        return outcome();
    const Site* site = m_protocol.site(m_site->currentData().toLongLong());
    if (!site)
        return tr("Choose the site where the person was assessed.");
    const QString entry =
        tr("A screening log entry dated %1 is added at %2, and the person gets the next study "
           "ID of that site (%3-…).")
            .arg(QLocale().toString(m_date->date(), QLocale::LongFormat), site->name, site->code);
    if (m_criteria->count() == 0)
        return entry + QLatin1Char(' ') +
               tr("Eligibility and consent are recorded as the next steps.");
    const int open = m_criteria->openCount();
    if (open == 0)
        return entry + QLatin1Char(' ') +
               tr("Every criterion is answered, so eligibility is decided at once.");
    return entry + QLatin1Char(' ') +
           tr("%Ln criterion(s) not answered yet: the person stays screened until every "
              "criterion is answered (the Eligibility step).",
              nullptr, open);
}

QString ScreenDialog::outcome() const
{
    const Participant& p = *m_created;
    const Site* site = m_protocol.site(p.siteId);
    const QString entry = tr("%1 is added to the screening log at %2, dated %3.")
                              .arg(p.studyId, site ? site->name.text() : QString(),
                                   QLocale().toString(p.screeningDate, QLocale::LongFormat));
    QString decided;
    switch (p.status) {
    case ParticipantStatus::Eligible:
        decided = tr("Eligible: every inclusion criterion is met and no exclusion criterion "
                     "applies. Consent is recorded next.");
        break;
    case ParticipantStatus::Ineligible:
        decided = tr("Not eligible (%1). The person leaves the trial in the CONSORT box "
                     "\"Excluded\".")
                      .arg(p.exclusionReason);
        break;
    default:
        decided = tr("Eligibility is not decided yet. It is decided once the remaining criteria "
                     "are answered (the Eligibility step).");
        break;
    }
    return entry + QStringLiteral("\n\n") + decided;
}

Status ScreenDialog::apply()
{
    ScreeningInput input;
    input.siteId = m_site->currentData().toLongLong();
    input.date = m_date->date();
    input.answers = m_criteria->answers();
    for (const auto& [code, value] : m_covariates->values())
        if (!value.isEmpty())
            input.covariates[code] = value;
    auto made = Screening(m_db).screen(m_actor, input);
    if (!made.ok())
        return made.error();
    m_created = std::move(made).value();
    showOutcome();
    return {};
}

} // namespace td
