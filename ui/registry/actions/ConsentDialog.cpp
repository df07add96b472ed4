#include "registry/actions/ConsentDialog.h"

#include "common/DateFields.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>

namespace td {

ConsentDialog::ConsentDialog(Database& db, const Actor& actor, const Participant& participant,
                             QWidget* parent)
    : GuidedDialog(db, actor, parent), m_participant(participant),
      m_consented(new QRadioButton(this)), m_dateLabel(new QLabel(this)),
      m_date(todayDateEdit(db.clock().today(), this)), m_formVersionLabel(new QLabel(this)),
      m_formVersion(new QLineEdit(this)), m_declined(new QRadioButton(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this))
{
    m_consented->setChecked(true);
    m_dateLabel->setBuddy(m_date);
    m_formVersionLabel->setBuddy(m_formVersion);
    m_reasonLabel->setBuddy(m_reason);
    form()->addRow(m_consented);
    form()->addRow(m_dateLabel, refusable(QStringLiteral("consent_date"), m_date));
    form()->addRow(m_formVersionLabel,
                   refusable(QStringLiteral("consent_form_version"), m_formVersion));
    form()->addRow(m_declined);
    form()->addRow(m_reasonLabel, refusable(QStringLiteral("reason"), m_reason));
    for (QRadioButton* b : {m_consented, m_declined})
        connect(b, &QRadioButton::toggled, this, &ConsentDialog::updateFields);
    connect(m_date, &QDateEdit::dateChanged, this, &ConsentDialog::updateSummary);
    connect(m_formVersion, &QLineEdit::textChanged, this, &ConsentDialog::updateSummary);
    connect(m_reason, &QLineEdit::textChanged, this, &ConsentDialog::updateSummary);
    retranslateUi();
    updateFields();
}

QString ConsentDialog::title() const
{
    return tr("Consent of %1").arg(m_participant.studyId);
}

QString ConsentDialog::confirmText() const
{
    return tr("Record");
}

void ConsentDialog::retranslateFields()
{
    m_consented->setText(tr("&Gave written informed consent"));
    m_dateLabel->setText(tr("Consent &date:"));
    retranslateDateEdit(m_date);
    m_formVersionLabel->setText(tr("Consent &form version:"));
    m_formVersion->setPlaceholderText(tr("e.g. 2.1 of 1 March 2026"));
    m_declined->setText(tr("D&eclined to take part"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("as the person gave it, if they did"));
}

void ConsentDialog::updateFields()
{
    m_date->setEnabled(m_consented->isChecked());
    m_formVersion->setEnabled(m_consented->isChecked());
    m_reason->setEnabled(m_declined->isChecked());
    updateSummary();
}

QString ConsentDialog::summary() const
{
    if (m_consented->isChecked()) {
        const QString version = m_formVersion->text().trimmed();
        const QString form = version.isEmpty()
                                 ? tr("Write the version of the consent form that was signed.")
                                 : tr("The signed consent form is version %1.").arg(version);
        return tr("Consent dated %1 is recorded for %2, who can then be randomized once the "
                  "baseline assessment is complete.")
                   .arg(QLocale().toString(m_date->date(), QLocale::LongFormat),
                        m_participant.studyId) +
               QLatin1Char(' ') + form;
    }
    return tr("%1 is recorded as declining and leaves the trial in the CONSORT box "
              "\"Declined to participate\". This ends the participant's path in the trial.")
        .arg(m_participant.studyId);
}

Status ConsentDialog::apply()
{
    ParticipantRepository repo(m_db);
    auto done = m_consented->isChecked()
                    ? repo.recordConsent(m_actor, m_participant.id, m_date->date(),
                                         m_formVersion->text().trimmed())
                    : repo.recordDeclined(m_actor, m_participant.id, m_reason->text().trimmed());
    if (!done.ok())
        return done.error();
    return {};
}

} // namespace td
