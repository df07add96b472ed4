#include "registry/actions/RandomizeDialog.h"

#include <QLocale>

namespace td {

RandomizeDialog::RandomizeDialog(Database& db, const Actor& actor, const Protocol& protocol,
                                 qint64 participantId, QWidget* parent)
    : GuidedDialog(db, actor, parent), m_protocol(protocol), m_participantId(participantId)
{
    auto preview = Randomizer(m_db).preview(m_actor, participantId);
    if (preview.ok()) {
        m_preview = std::move(preview).value();
    } else {
        m_refusal = preview.message();
        m_refusalField = preview.error().field;
    }
    setConfirmEnabled(m_preview.has_value());
    retranslateUi();
}

QString RandomizeDialog::title() const
{
    return m_preview ? tr("Randomize %1").arg(m_preview->participant.studyId) : tr("Randomize");
}

QString RandomizeDialog::confirmText() const
{
    return tr("Randomize now");
}

void RandomizeDialog::retranslateFields() {}

QString RandomizeDialog::summary() const
{
    if (!m_preview) {
        QString next;
        if (m_refusalField == QStringLiteral("covariates"))
            next = tr("Record them on the participant's page (Covariates…), then randomize.");
        else if (m_refusalField == QStringLiteral("baseline"))
            next = tr("Enter them on the participant's page (Enter assessment), or record why "
                      "they are missing, then randomize.");
        return (tr("Randomization is not possible: %1").arg(m_refusal) + QLatin1Char(' ') + next)
            .trimmed();
    }
    const Participant& p = m_preview->participant;
    QStringList levels;
    for (const RandomizationPreview::Level& level : m_preview->stratum)
        levels << tr("%1: %2").arg(level.factor, level.level);
    const QString stratum = levels.isEmpty() ? tr("none (the trial does not stratify)")
                                             : levels.join(QStringLiteral("; "));
    if (m_allocation) {
        const Arm* arm = m_protocol.arm(m_allocation->armId);
        return tr("%1 is randomized to %2 (%3), allocation number %4 of the trial, at %5. The "
                  "allocation is final and in the audit trail.")
            .arg(p.studyId, arm ? arm->name.text() : QString(), arm ? arm->code : QString(),
                 QLocale().toString(m_allocation->sequence),
                 QLocale().toString(m_allocation->allocatedAt.toLocalTime(), QLocale::ShortFormat));
    }
    const Site* site = m_protocol.site(p.siteId);
    return tr("Check that this is the right person before you go on.\n\nParticipant: %1\nSite: "
              "%2\nConsent given: %3\nStratum: %4\n\nRandomize now allocates %1 to a treatment "
              "arm by the trial's randomization method. It is done once and cannot be undone; "
              "the arm is shown here when it is made.")
        .arg(p.studyId, site ? site->name.text() : QString(),
             QLocale().toString(p.consentDate, QLocale::LongFormat), stratum);
}

Status RandomizeDialog::apply()
{
    if (!m_preview)
        return makeError(ErrorCode::Invalid, m_refusal);
    auto made = Randomizer(m_db).allocate(m_actor, m_participantId);
    if (!made.ok())
        return made.error();
    m_allocation = std::move(made).value();
    showOutcome();
    return {};
}

} // namespace td
