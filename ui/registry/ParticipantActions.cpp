#include "registry/ParticipantActions.h"

#include "participants/ParticipantStatus.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/RandomizeDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "registry/actions/WithdrawDialog.h"

#include <QAction>
#include <QWidget>
#include <memory>

namespace td {

ParticipantActions::ParticipantActions(Database& db, const Actor& actor, QWidget* dialogParent)
    : QObject(dialogParent), m_db(db), m_actor(actor), m_dialogParent(dialogParent),
      m_screen(new QAction(this)), m_eligibility(new QAction(this)), m_consent(new QAction(this)),
      m_randomize(new QAction(this)), m_withdraw(new QAction(this))
{
    for (QAction* a : {m_screen, m_eligibility, m_consent, m_randomize, m_withdraw})
        connect(a, &QAction::triggered, this, [this, a] { run(a); });
    m_screen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    setParticipant(nullptr);
    retranslateUi();
}

QList<QAction*> ParticipantActions::actions() const
{
    QList<QAction*> offered;
    if (m_actor.can(Permission::ScreenParticipants))
        offered << m_screen << m_eligibility << m_consent;
    if (m_actor.can(Permission::Randomize))
        offered << m_randomize;
    if (m_actor.can(Permission::ScreenParticipants))
        offered << m_withdraw;
    return offered;
}

void ParticipantActions::setParticipant(const Participant* participant)
{
    m_participant = participant ? std::optional<Participant>(*participant) : std::nullopt;
    const auto next = [this](ParticipantStatus to) {
        return m_participant && StatusRules::allowed(m_participant->status, to);
    };
    const bool screens = m_actor.can(Permission::ScreenParticipants);
    m_screen->setEnabled(screens);
    m_eligibility->setEnabled(screens && next(ParticipantStatus::Eligible));
    m_consent->setEnabled(screens && next(ParticipantStatus::Consented));
    m_randomize->setEnabled(m_actor.can(Permission::Randomize) &&
                            next(ParticipantStatus::Randomized));
    m_withdraw->setEnabled(screens && next(ParticipantStatus::Withdrawn));
}

void ParticipantActions::retranslateUi()
{
    m_screen->setText(tr("&Screen new…"));
    m_screen->setToolTip(tr("Add a person assessed for the trial to the screening log"));
    m_eligibility->setText(tr("&Eligibility…"));
    m_eligibility->setToolTip(tr("Record whether the selected person is eligible"));
    m_consent->setText(tr("&Consent…"));
    m_consent->setToolTip(tr("Record consent, or that the person declined"));
    m_randomize->setText(tr("&Randomize…"));
    m_randomize->setToolTip(tr("Allocate the selected consented participant to an arm"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_withdraw->setToolTip(tr("Record that the selected participant leaves the trial"));
}

void ParticipantActions::run(QAction* action)
{
    std::unique_ptr<GuidedDialog> dialog;
    qint64 id = m_participant ? m_participant->id : 0;
    ScreenDialog* screen = nullptr;
    if (action == m_screen) {
        screen = new ScreenDialog(m_db, m_actor, m_protocol, m_dialogParent);
        dialog.reset(screen);
    } else if (!m_participant) {
        return;
    } else if (action == m_eligibility) {
        dialog = std::make_unique<EligibilityDialog>(m_db, m_actor, *m_participant, m_dialogParent);
    } else if (action == m_consent) {
        dialog = std::make_unique<ConsentDialog>(m_db, m_actor, *m_participant, m_dialogParent);
    } else if (action == m_randomize) {
        dialog = std::make_unique<RandomizeDialog>(m_db, m_actor, m_protocol, id, m_dialogParent);
    } else if (action == m_withdraw) {
        dialog = std::make_unique<WithdrawDialog>(m_db, m_actor, *m_participant, m_dialogParent);
    }
    if (!dialog)
        return;
    const bool accepted = dialog->exec() == QDialog::Accepted;
    // A randomization is made before its outcome is shown: it counts however the dialog closes.
    const auto* randomize = dynamic_cast<const RandomizeDialog*>(dialog.get());
    if (accepted || (randomize && randomize->allocation()))
        emit changed(screen ? screen->createdId() : id);
}

} // namespace td
