#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "participants/ParticipantStatus.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace td {

// The blinding policy: the one place that decides what a reader may learn about allocation.
// Every read model, report and export row source asks it; nothing else checks ViewArm (a
// test scans the sources for that).
//
// A reader who may not see arms (the blinded outcome assessor, and anyone reading a blinded
// data set) receives:
//  - no arm and nothing derived from it (arm sizes, outcomes by arm);
//  - no therapist, and no user name of unblinded staff (only blinded staff are named);
//  - no session-linked data: no therapy sessions, no session-by-session measures and no
//    alerts they raised;
//  - no free-text note of unblinded staff unless its author shared it with blinded staff;
//  - no status that follows the treatment schedule: in treatment, completed and discontinued
//    read as randomized (in follow-up), since CBT and PDT end at different weeks.
// What is hidden and what does not exist answer alike (notFound).
class Disclosure
{
    Q_DECLARE_TR_FUNCTIONS(Disclosure)

public:
    // What `actor` may learn in the window and on the command line.
    static Disclosure of(const Actor& actor);
    // What a blinded data set may hold, whoever makes it.
    static Disclosure blinded();
    // Everything (the unblinded statistician's analysis files, tools and benchmarks).
    static Disclosure unblinded();

    bool arms() const { return m_unblinded; }
    bool therapists() const { return m_unblinded; }
    bool sessions() const { return m_unblinded; }
    bool treatmentPhases() const { return m_unblinded; }
    // Whether a user of this role may be named (raters, acknowledgers, authors).
    bool names(const QString& roleKey) const;
    bool note(bool sharedWithBlinded) const { return m_unblinded || sharedWithBlinded; }

    // The status as this reader sees it.
    ParticipantStatus status(ParticipantStatus s) const;
    QString statusKey(const QString& key) const;
    // The statuses this reader can meet (for filters and code lists), in life-cycle order.
    std::vector<ParticipantStatus> statuses() const;

    // SQL pieces for read paths, so that the rule is applied in the query itself.
    // " AND <column> IS NULL" for a blinded reader (rows linked to a therapy session).
    QString withoutSessions(const QString& sessionColumn) const;
    // " AND <alias>.assessment_id IN (...)" for a blinded reader: alerts raised by session
    // measures would date the therapy sessions (the alert list and the dashboard's count).
    QString alertsWithoutSessions(const QString& alertAlias) const;
    // An expression for the status column as this reader sees it.
    QString statusExpression(const QString& column) const;
    // An expression for a user name that is empty when this reader may not see it.
    QString nameExpression(const QString& usernameColumn, const QString& roleColumn) const;
    // An expression for a free-text note that is empty when its author's role is unblinded
    // staff and this reader is blinded (notes carry no "shared" mark outside alerts).
    QString noteExpression(const QString& noteColumn, const QString& authorRoleColumn) const;
    // A data query's text: as a note, except on an instrument a blinded assessor rates
    // (`raterColumn` = 'blinded_clinician'), where the text is written to the assessor.
    QString queryTextExpression(const QString& textColumn, const QString& authorRoleColumn,
                                const QString& raterColumn) const;

    // Forbidden, naming the role, for a call that only an unblinded reader may make.
    static Status requireArms(const Actor& actor);

    // A record that does not exist and one this reader may not see read the same.
    static Error notFound(const QString& what);

    // Figures that compare the arms' outcomes (effect sizes, change, trajectories and
    // retention per arm, the blinding index): the roles the protocol names in
    // comparative_outcomes_visible_to; after database lock, also the principal investigator.
    static bool comparativeOutcomes(const Actor& actor, const QStringList& visibleTo,
                                    bool databaseLocked);

private:
    explicit Disclosure(bool unblinded) : m_unblinded(unblinded) {}
    bool m_unblinded = false;
};

} // namespace td
