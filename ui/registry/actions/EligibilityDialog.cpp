#include "registry/actions/EligibilityDialog.h"

#include "participants/ParticipantRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace td {

EligibilityDialog::EligibilityDialog(Database& db, const Actor& actor,
                                     const Participant& participant, QWidget* parent)
    : GuidedDialog(db, actor, parent), m_participant(participant),
      m_eligible(new QRadioButton(this)), m_ineligible(new QRadioButton(this)),
      m_categoryLabel(new QLabel(this)), m_category(new QComboBox(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this))
{
    m_eligible->setChecked(true);
    // Declining is recorded at the consent step; here only the other two categories.
    for (ExclusionCategory c : {ExclusionCategory::InclusionNotMet, ExclusionCategory::Other})
        m_category->addItem(QString(), static_cast<int>(c));
    m_categoryLabel->setBuddy(m_category);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_eligible);
    form()->addRow(m_ineligible);
    form()->addRow(m_categoryLabel, m_category);
    form()->addRow(m_reasonLabel, m_reason);
    for (QRadioButton* b : {m_eligible, m_ineligible})
        connect(b, &QRadioButton::toggled, this, &EligibilityDialog::updateFields);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EligibilityDialog::updateSummary);
    connect(m_reason, &QLineEdit::textChanged, this, &EligibilityDialog::updateSummary);
    retranslateUi();
    updateFields();
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
    m_eligible->setText(tr("&Eligible: meets every inclusion and no exclusion criterion"));
    m_ineligible->setText(tr("&Not eligible"));
    m_categoryLabel->setText(tr("&Why not:"));
    for (int i = 0; i < m_category->count(); ++i)
        m_category->setItemText(i, StatusRules::displayName(static_cast<ExclusionCategory>(
                                       m_category->itemData(i).toInt())));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. bipolar disorder (exclusion criterion 3)"));
}

void EligibilityDialog::updateFields()
{
    const bool excluded = m_ineligible->isChecked();
    m_category->setEnabled(excluded);
    m_reason->setEnabled(excluded);
    updateSummary();
}

QString EligibilityDialog::summary() const
{
    if (m_eligible->isChecked())
        return tr("%1 is marked eligible. Consent (or declining) is recorded next.")
            .arg(m_participant.studyId);
    if (m_reason->text().trimmed().isEmpty())
        return tr("%1 is marked not eligible and leaves the trial in the CONSORT box "
                  "\"Excluded\". Write the reason first: it is required.")
            .arg(m_participant.studyId);
    return tr("%1 is marked not eligible (%2: %3) and leaves the trial in the CONSORT box "
              "\"Excluded\". This ends the participant's path in the trial.")
        .arg(m_participant.studyId, m_category->currentText(), m_reason->text().trimmed());
}

QString EligibilityDialog::apply()
{
    ParticipantRepository repo(m_db);
    auto done =
        m_eligible->isChecked()
            ? repo.markEligible(m_actor, m_participant.id)
            : repo.markIneligible(m_actor, m_participant.id,
                                  static_cast<ExclusionCategory>(m_category->currentData().toInt()),
                                  m_reason->text().trimmed());
    return done.ok() ? QString() : done.message();
}

} // namespace td
