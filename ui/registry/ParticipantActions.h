#pragma once

#include "access/Actor.h"
#include "participants/Participant.h"
#include "registry/actions/GuidedDialog.h"
#include "trial/Protocol.h"

#include <QObject>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace td {

class Database;

// The participant's path as actions: screen a new person, then for the selected participant
// eligibility, consent, covariates, therapist, randomization, status changes and withdrawal.
// An action is offered only to roles that may take it and enabled only when the participant's
// status allows it (the life cycle in StatusRules); core checks both again when the step is
// applied. The registry and the participant page each have a set.
class ParticipantActions : public QObject
{
    Q_OBJECT

public:
    ParticipantActions(Database& db, const Actor& actor, QWidget* dialogParent);
    void setProtocol(const Protocol& protocol) { m_protocol = protocol; }
    // The selected participant, or none.
    void setParticipant(const Participant* participant);
    // The actions this role may take, in the order of the participant's path.
    QList<QAction*> actions() const;
    // The same without "Screen new" (for one participant's page).
    QList<QAction*> participantActions() const;
    void retranslateUi();

    QAction* screenAction() const { return m_screen; }
    QAction* eligibilityAction() const { return m_eligibility; }
    QAction* consentAction() const { return m_consent; }
    QAction* covariatesAction() const { return m_covariates; }
    // Null for roles that may not assign therapists or see arms.
    QAction* therapistAction() const { return m_therapist; }
    QAction* randomizeAction() const { return m_randomize; }
    QAction* statusAction() const { return m_status; }
    QAction* withdrawAction() const { return m_withdraw; }

    // The dialog an action opens for the current participant (null when none applies); the
    // caller runs it. For tests and for run().
    std::unique_ptr<GuidedDialog> dialogFor(QAction* action);

signals:
    // A step was applied to this participant (a new one after screening).
    void changed(qint64 participantId);

private:
    void run(QAction* action);

    Database& m_db;
    Actor m_actor;
    QWidget* m_dialogParent;
    Protocol m_protocol;
    std::optional<Participant> m_participant;
    QAction* m_screen;
    QAction* m_eligibility;
    QAction* m_consent;
    QAction* m_covariates;
    QAction* m_therapist;
    QAction* m_randomize;
    QAction* m_status;
    QAction* m_withdraw;
};

} // namespace td
