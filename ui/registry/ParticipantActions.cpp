#include "registry/ParticipantActions.h"

#include "access/Disclosure.h"
#include "participants/ParticipantRepository.h"
#include "participants/ParticipantStatus.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/CovariatesDialog.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/RandomizeDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "registry/actions/StatusDialog.h"
#include "registry/actions/TherapistDialog.h"

#include <QAction>
#include <QWidget>
#include <algorithm>

namespace td {

ParticipantActions::ParticipantActions(Database& db, const Actor& actor, QWidget* dialogParent)
    : QObject(dialogParent), m_db(db), m_actor(actor), m_dialogParent(dialogParent),
      m_screen(new QAction(this)), m_eligibility(new QAction(this)), m_consent(new QAction(this)),
      m_covariates(new QAction(this)),
      // The therapist tells the arm: the action exists only for those who may see arms.
      m_therapist(actor.can(Permission::AssignTherapist) && Disclosure::of(actor).arms()
                      ? new QAction(this)
                      : nullptr),
      m_randomize(new QAction(this)), m_status(new QAction(this)), m_withdraw(new QAction(this))
{
    for (QAction* a : {m_screen, m_eligibility, m_consent, m_covariates, m_therapist, m_randomize,
                       m_status, m_withdraw})
        if (a)
            connect(a, &QAction::triggered, this, [this, a] { run(a); });
    m_screen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    setParticipant(nullptr);
    retranslateUi();
}

QList<QAction*> ParticipantActions::actions() const
{
    QList<QAction*> offered;
    if (m_actor.can(Permission::ScreenParticipants))
        offered << m_screen;
    return offered + participantActions();
}

QList<QAction*> ParticipantActions::participantActions() const
{
    QList<QAction*> offered;
    const bool screens = m_actor.can(Permission::ScreenParticipants);
    if (screens)
        offered << m_eligibility << m_consent << m_covariates;
    if (m_therapist)
        offered << m_therapist;
    if (m_actor.can(Permission::Randomize))
        offered << m_randomize;
    if (screens)
        offered << m_status << m_withdraw;
    return offered;
}

void ParticipantActions::setParticipant(const Participant* participant)
{
    m_participant = participant ? std::optional<Participant>(*participant) : std::nullopt;
    const auto next = [this](ParticipantStatus to) {
        return m_participant && StatusRules::allowed(m_participant->status, to);
    };
    const bool screens = m_actor.can(Permission::ScreenParticipants);
    // A participant whose path has ended (no status may follow) gets no new therapist.
    const bool going = std::any_of(allStatuses.begin(), allStatuses.end(), next);
    m_screen->setEnabled(screens);
    m_eligibility->setEnabled(screens && m_participant &&
                              m_participant->status == ParticipantStatus::Screened);
    m_consent->setEnabled(screens && next(ParticipantStatus::Consented));
    m_covariates->setEnabled(screens && m_participant.has_value());
    if (m_therapist)
        m_therapist->setEnabled(going);
    m_randomize->setEnabled(m_actor.can(Permission::Randomize) &&
                            next(ParticipantStatus::Randomized));
    m_status->setEnabled(screens && m_participant &&
                         !StatusDialog::offered(m_participant->status).empty());
    m_withdraw->setEnabled(screens && next(ParticipantStatus::Withdrawn));
}

void ParticipantActions::retranslateUi()
{
    m_screen->setText(tr("&Screen new…"));
    m_screen->setToolTip(tr("Add a person assessed for the trial to the screening log"));
    m_eligibility->setText(tr("&Eligibility…"));
    m_eligibility->setToolTip(
        tr("Answer the eligibility criteria not answered at screening, or record that the "
           "person is not eligible for other reasons"));
    m_consent->setText(tr("&Consent…"));
    m_consent->setToolTip(tr("Record consent and the consent form version, or that the person "
                             "declined"));
    m_covariates->setText(tr("Co&variates…"));
    m_covariates->setToolTip(tr("Enter or correct the covariates the protocol records"));
    if (m_therapist) {
        m_therapist->setText(tr("&Therapist…"));
        m_therapist->setToolTip(tr("Assign the therapist, or reassign with a reason"));
    }
    m_randomize->setText(tr("&Randomize…"));
    m_randomize->setToolTip(tr("Allocate the selected consented participant to an arm"));
    m_status->setText(tr("Change s&tatus…"));
    m_status->setToolTip(tr("Treatment started, completed or discontinued, lost to follow-up, "
                            "declined or withdrawn"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_withdraw->setToolTip(tr("Record that the selected participant leaves the trial"));
}

std::unique_ptr<GuidedDialog> ParticipantActions::dialogFor(QAction* action)
{
    if (action == m_screen)
        return std::make_unique<ScreenDialog>(m_db, m_actor, m_protocol, m_dialogParent);
    if (!m_participant)
        return nullptr;
    // The participant as stored now, with everything a dialog shows (the covariates' values
    // are read for one participant only).
    auto fresh = ParticipantRepository(m_db).get(m_actor, m_participant->id);
    const Participant& p = fresh.ok() ? *fresh : *m_participant;
    if (action == m_eligibility)
        return std::make_unique<EligibilityDialog>(m_db, m_actor, m_protocol, p, m_dialogParent);
    if (action == m_consent)
        return std::make_unique<ConsentDialog>(m_db, m_actor, p, m_dialogParent);
    if (action == m_covariates)
        return std::make_unique<CovariatesDialog>(m_db, m_actor, m_protocol, p, m_dialogParent);
    if (action && action == m_therapist)
        return std::make_unique<TherapistDialog>(m_db, m_actor, m_protocol, p, m_dialogParent);
    if (action == m_randomize)
        return std::make_unique<RandomizeDialog>(m_db, m_actor, m_protocol, p.id, m_dialogParent);
    if (action == m_status || action == m_withdraw) {
        auto status = std::make_unique<StatusDialog>(m_db, m_actor, p, m_dialogParent);
        if (action == m_withdraw)
            status->choose(ParticipantStatus::Withdrawn);
        return status;
    }
    return nullptr;
}

void ParticipantActions::run(QAction* action)
{
    std::unique_ptr<GuidedDialog> dialog = dialogFor(action);
    if (!dialog)
        return;
    const bool accepted = dialog->exec() == QDialog::Accepted;
    // Screening and randomization are made before their outcome is shown: they count however
    // the dialog closes.
    const auto* screen = dynamic_cast<const ScreenDialog*>(dialog.get());
    if (accepted || dialog->isDone())
        emit changed(screen ? screen->createdId() : m_participant ? m_participant->id : 0);
}

} // namespace td
