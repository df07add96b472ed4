#include "registry/actions/StatusDialog.h"

#include "common/HintLabel.h"
#include "participants/ParticipantRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace td {

std::vector<ParticipantStatus> StatusDialog::offered(ParticipantStatus from)
{
    using S = ParticipantStatus;
    std::vector<ParticipantStatus> out;
    for (ParticipantStatus to : allStatuses) {
        // Their own steps: screening, eligibility (answers to the criteria), consent and
        // randomization.
        if (to == S::Screened || to == S::Eligible || to == S::Ineligible || to == S::Consented ||
            to == S::Randomized)
            continue;
        if (StatusRules::allowed(from, to))
            out.push_back(to);
    }
    return out;
}

StatusDialog::StatusDialog(Database& db, const Actor& actor, const Participant& participant,
                           QWidget* parent)
    : GuidedDialog(db, actor, parent), m_participant(participant), m_currentLabel(new QLabel(this)),
      m_current(new QLabel(this)), m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)),
      m_reasonLabel(new QLabel(this)), m_reasonHint(makeHintLabel(this)),
      m_reason(new QLineEdit(this)), m_dataUsable(new QCheckBox(this))
{
    for (ParticipantStatus s : offered(participant.status))
        m_status->addItem(QString(), static_cast<int>(s));
    m_dataUsable->setChecked(true);
    m_statusLabel->setBuddy(m_status);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_currentLabel, m_current);
    form()->addRow(m_statusLabel, refusable(QStringLiteral("status"), m_status));
    form()->addRow(m_reasonLabel, refusable(QStringLiteral("reason"), m_reason, m_reasonHint));
    form()->addRow(QString(), m_dataUsable);
    connect(m_status, &QComboBox::currentIndexChanged, this, &StatusDialog::updateFields);
    connect(m_reason, &QLineEdit::textChanged, this, &StatusDialog::updateSummary);
    connect(m_dataUsable, &QCheckBox::toggled, this, &StatusDialog::updateSummary);
    retranslateUi();
    updateFields();
}

bool StatusDialog::choose(ParticipantStatus to)
{
    const int at = m_status->findData(static_cast<int>(to));
    if (at < 0)
        return false;
    m_status->setCurrentIndex(at);
    return true;
}

ParticipantStatus StatusDialog::chosen() const
{
    return m_status->count() ? static_cast<ParticipantStatus>(m_status->currentData().toInt())
                             : m_participant.status;
}

QString StatusDialog::title() const
{
    return tr("Status of %1").arg(m_participant.studyId);
}

QString StatusDialog::confirmText() const
{
    return chosen() == ParticipantStatus::Withdrawn ? tr("Withdraw") : tr("Change status");
}

void StatusDialog::retranslateFields()
{
    m_currentLabel->setText(tr("Now:"));
    m_current->setText(StatusRules::displayName(m_participant.status));
    m_statusLabel->setText(tr("&New status:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, StatusRules::displayName(static_cast<ParticipantStatus>(
                                     m_status->itemData(i).toInt())));
    m_reasonLabel->setText(tr("&Reason:"));
    const bool needed =
        m_status->count() && StatusRules::needsReason(m_participant.status, chosen());
    m_reasonHint->setText(needed ? tr("Required for this change; it goes into the audit trail.")
                                 : tr("Optional; it goes into the audit trail."));
    m_reason->setPlaceholderText(chosen() == ParticipantStatus::Withdrawn
                                     ? tr("e.g. moved abroad; withdrew consent")
                                     : QString());
    m_dataUsable->setText(tr("The data collected so far may still be &used in the analysis"));
}

void StatusDialog::updateFields()
{
    const bool any = m_status->count() > 0;
    m_status->setEnabled(any);
    m_reason->setEnabled(any);
    m_dataUsable->setVisible(chosen() == ParticipantStatus::Withdrawn);
    setConfirmEnabled(any);
    retranslateUi(); // the confirm button and the reason's hint follow the chosen status
}

QString StatusDialog::consequence(ParticipantStatus to, const QString& reason) const
{
    using S = ParticipantStatus;
    const QString id = m_participant.studyId;
    const S from = m_participant.status;
    switch (to) {
    case S::Declined:
        return tr("%1 is recorded as declining and leaves the trial in the CONSORT box "
                  "\"Declined to participate\".")
            .arg(id);
    case S::InTreatment:
        if (from == S::Discontinued)
            return tr("%1 resumes treatment (reason: %2).").arg(id, reason);
        if (from == S::LostToFollowUp)
            return tr("%1 is traced again and back in treatment (reason: %2).").arg(id, reason);
        return tr("%1 starts treatment.").arg(id);
    case S::Completed:
        return tr("%1 has completed treatment; the follow-up visits go on as planned.").arg(id);
    case S::Discontinued:
        return tr("%1 stops treatment early (reason: %2). The follow-up assessments go on as "
                  "planned; CONSORT counts %1 as having discontinued the intervention.")
            .arg(id, reason);
    case S::LostToFollowUp:
        return tr("%1 is recorded as lost to follow-up (reason: %2). If %1 is traced again, "
                  "the status can return.")
            .arg(id, reason);
    case S::Withdrawn: {
        const QString use =
            m_dataUsable->isChecked()
                ? tr("The data collected so far stay in the analysis.")
                : tr("The data collected so far are kept but marked as not to be used in the "
                     "analysis.");
        return tr("%1 is withdrawn from the trial (reason: %2); no further visits are "
                  "scheduled. %3 Nothing recorded is deleted.")
            .arg(id, reason, use);
    }
    case S::Screened:
    case S::Eligible:
    case S::Ineligible:
    case S::Consented:
    case S::Randomized:
        break;
    }
    return tr("%1 goes from \"%2\" to \"%3\".")
        .arg(id, StatusRules::displayName(from), StatusRules::displayName(to));
}

QString StatusDialog::summary() const
{
    if (m_status->count() == 0)
        return tr("\"%1\" is changed by another step, or is final: no status change is "
                  "possible here.")
            .arg(StatusRules::displayName(m_participant.status));
    const ParticipantStatus to = chosen();
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty() && StatusRules::needsReason(m_participant.status, to))
        return tr("%1 goes from \"%2\" to \"%3\". Write the reason first: it is required.")
            .arg(m_participant.studyId, StatusRules::displayName(m_participant.status),
                 StatusRules::displayName(to));
    return consequence(to, reason);
}

Status StatusDialog::apply()
{
    auto done = ParticipantRepository(m_db).changeStatus(
        m_actor, m_participant.id, chosen(), m_reason->text(), m_dataUsable->isChecked());
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace td
