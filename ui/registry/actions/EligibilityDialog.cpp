#include "registry/actions/EligibilityDialog.h"

#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "registry/actions/CriteriaAnswers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td {

namespace {
std::map<QString, bool> recordedAnswers(Database& db, const Actor& actor, qint64 id,
                                        std::optional<Error>& refused)
{
    auto given = Screening(db).answers(actor, id);
    if (given.ok())
        return *given;
    refused = given.error();
    return {};
}
} // namespace

EligibilityDialog::EligibilityDialog(Database& db, const Actor& actor, const Protocol& protocol,
                                     const Participant& participant, QWidget* parent)
    : GuidedDialog(db, actor, parent), m_protocol(protocol), m_participant(participant),
      m_answer(new QRadioButton(this)), m_criteriaBox(new QGroupBox(this)), m_criteria(nullptr),
      m_other(new QRadioButton(this)), m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this))
{
    std::optional<Error> refused;
    m_recorded = recordedAnswers(m_db, m_actor, participant.id, refused);
    const auto criteria = Screening::criteriaFor(protocol, participant.protocolVersionScreened);
    m_criteria = new CriteriaAnswers(criteria, m_recorded, m_criteriaBox);
    (new QVBoxLayout(m_criteriaBox))->addWidget(m_criteria);
    m_answer->setChecked(true);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_answer);
    form()->addRow(m_criteriaBox);
    form()->addRow(m_other);
    form()->addRow(m_reasonLabel, refusable(QStringLiteral("reason"), m_reason));
    m_criteriaBox->setVisible(hasCriteria());
    for (const EligibilityCriterion& c : criteria)
        addRefusalLine(c.code, m_criteria->refusalLine(c.code), m_criteria->yesButton(c.code));
    for (QRadioButton* b : {m_answer, m_other})
        connect(b, &QRadioButton::toggled, this, &EligibilityDialog::updateFields);
    connect(m_criteria, &CriteriaAnswers::changed, this, &EligibilityDialog::updateFields);
    connect(m_reason, &QLineEdit::textChanged, this, &EligibilityDialog::updateSummary);
    retranslateUi();
    updateFields();
    if (refused)
        showRefusal(*refused);
}

bool EligibilityDialog::hasCriteria() const
{
    return m_criteria->count() > 0;
}

QString EligibilityDialog::title() const
{
    return tr("Eligibility of %1").arg(m_participant.studyId);
}

QString EligibilityDialog::confirmText() const
{
    return tr("Record eligibility");
}

void EligibilityDialog::retranslateFields()
{
    m_answer->setText(hasCriteria()
                          ? tr("&Answer the eligibility criteria")
                          : tr("&Eligible: meets every inclusion and no exclusion criterion"));
    m_criteriaBox->setTitle(tr("Does each criterion apply to the person?"));
    m_other->setText(tr("&Not eligible for other reasons"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. cannot attend weekly sessions"));
}

void EligibilityDialog::updateFields()
{
    const bool other = m_other->isChecked();
    m_criteria->setEnabled(!other && !isDone());
    m_reason->setEnabled(other && !isDone());
    if (!isDone())
        setConfirmEnabled(other || !hasCriteria() || !m_criteria->answers().empty());
    updateSummary();
}

QString EligibilityDialog::summary() const
{
    const QString id = m_participant.studyId;
    if (m_outcome) {
        switch (m_outcome->status) {
        case ParticipantStatus::Eligible:
            return tr("%1 is eligible. Consent (or declining) is recorded next.").arg(id);
        case ParticipantStatus::Ineligible:
            return tr("%1 is not eligible (%2) and leaves the trial in the CONSORT box "
                      "\"Excluded\".")
                .arg(id, m_outcome->exclusionReason);
        default:
            return tr("The answers are recorded. %1 stays screened until every criterion is "
                      "answered.")
                .arg(id);
        }
    }
    if (m_other->isChecked()) {
        if (m_reason->text().trimmed().isEmpty())
            return tr("%1 is marked not eligible for other reasons and leaves the trial in the "
                      "CONSORT box \"Excluded\". Write the reason first: it is required.")
                .arg(id);
        return tr("%1 is marked not eligible (other reasons: %2) and leaves the trial in the "
                  "CONSORT box \"Excluded\". This ends the participant's path in the trial.")
            .arg(id, m_reason->text().trimmed());
    }
    if (!hasCriteria())
        return tr("%1 is marked eligible. Consent (or declining) is recorded next.").arg(id);
    const int given = static_cast<int>(m_criteria->answers().size());
    if (given == 0)
        return tr("Answer the criteria not answered at screening.");
    const int open = m_criteria->openCount();
    if (open > 0)
        return tr("%Ln answer(s) are recorded; %1 stays screened until the other criteria are "
                  "answered too.",
                  nullptr, given)
            .arg(id);
    return tr("%Ln answer(s) are recorded, and with every criterion answered the eligibility of "
              "%1 is decided: eligible when every inclusion criterion is met and no exclusion "
              "criterion applies, else not eligible. Answers are not changed once given.",
              nullptr, given)
        .arg(id);
}

Status EligibilityDialog::apply()
{
    ParticipantRepository repo(m_db);
    Result<Participant> done = Error{};
    if (m_other->isChecked())
        // The one entry for status changes: asks for the reason, then records the exclusion
        // in the CONSORT category "other reasons".
        done = repo.changeStatus(m_actor, m_participant.id, ParticipantStatus::Ineligible,
                                 m_reason->text());
    else if (!hasCriteria())
        done = repo.markEligible(m_actor, m_participant.id);
    else
        done = Screening(m_db).answer(m_actor, m_participant.id, m_criteria->answers());
    if (!done.ok())
        return done.error();
    m_outcome = std::move(done).value();
    if (!m_other->isChecked() && hasCriteria())
        showOutcome();
    return {};
}

} // namespace td
