#include "registry/actions/WithdrawDialog.h"

#include "participants/ParticipantRepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace td {

WithdrawDialog::WithdrawDialog(Database& db, const Actor& actor, const Participant& participant,
                               QWidget* parent)
    : GuidedDialog(db, actor, parent), m_participant(participant), m_reasonLabel(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_dataUsable(new QCheckBox(this))
{
    m_dataUsable->setChecked(true);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_reasonLabel, m_reason);
    form()->addRow(m_dataUsable);
    connect(m_reason, &QLineEdit::textChanged, this, &WithdrawDialog::updateSummary);
    connect(m_dataUsable, &QCheckBox::toggled, this, &WithdrawDialog::updateSummary);
    retranslateUi();
}

QString WithdrawDialog::title() const
{
    return tr("Withdraw %1").arg(m_participant.studyId);
}

QString WithdrawDialog::confirmText() const
{
    return tr("Withdraw");
}

void WithdrawDialog::retranslateFields()
{
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. moved abroad; withdrew consent"));
    m_dataUsable->setText(tr("The data collected so far may still be &used in the analysis"));
}

QString WithdrawDialog::summary() const
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return tr("%1 will be withdrawn from the trial. Write the reason first: it is required.")
            .arg(m_participant.studyId);
    const QString use =
        m_dataUsable->isChecked()
            ? tr("The data collected so far stay in the analysis.")
            : tr("The data collected so far are kept but marked as not to be used in the "
                 "analysis.");
    return tr("%1 is withdrawn from the trial (reason: %2); no further visits are scheduled. "
              "%3 Nothing recorded is deleted.")
        .arg(m_participant.studyId, reason, use);
}

QString WithdrawDialog::apply()
{
    auto done = ParticipantRepository(m_db).withdraw(
        m_actor, m_participant.id, m_reason->text().trimmed(), m_dataUsable->isChecked());
    return done.ok() ? QString() : done.message();
}

} // namespace td
