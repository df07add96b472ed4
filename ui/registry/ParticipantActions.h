#pragma once

#include "access/Actor.h"
#include "participants/Participant.h"
#include "trial/Protocol.h"

#include <QObject>
#include <optional>

class QAction;
class QWidget;

namespace td {

class Database;

// The registry's guided steps as actions: screen a new person, then for the selected
// participant eligibility, consent, randomization and withdrawal. An action is offered only
// to roles that may take it and enabled only when the participant's status allows it (the
// life cycle in StatusRules); core checks both again when the step is applied.
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
    void retranslateUi();

    QAction* screenAction() const { return m_screen; }
    QAction* eligibilityAction() const { return m_eligibility; }
    QAction* consentAction() const { return m_consent; }
    QAction* randomizeAction() const { return m_randomize; }
    QAction* withdrawAction() const { return m_withdraw; }

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
    QAction* m_randomize;
    QAction* m_withdraw;
};

} // namespace td
