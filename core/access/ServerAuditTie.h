#pragma once

#include <QStringList>

namespace td {

// The audit tie on a server (docs/postgresql.md, "Every change has its audit row"): a login
// that changes a clinical row by hand (psql) must leave an audit row naming that row in the
// same transaction, as the program always does, or the commit is refused.
//
// A trigger on the audit trail (td_audit_note) notes each audit row's entity and id under the
// top-level transaction's id in td_audit_tx, which no group may read or write. A deferred
// constraint trigger on each table below asks at commit whether its changed row was named there. A
// row noted in a savepoint that was rolled back is gone with it. The tables' owner and a superuser
// (the server's credentials: schema, migrate, the demo) are not bound, as with row security.
class ServerAuditTie
{
public:
    struct Tie
    {
        const char* table;
        const char* key;      // the column that holds the audited entity's id
        QStringList entities; // audit entities that may name it
    };
    // The clinical tables and what their audit rows name, in one place.
    static const std::vector<Tie>& ties();

    enum class Bound {
        Logins,   // the trial's logins; not the tables' owner nor a superuser
        Everyone, // the tests: every core write path must leave its audit rows (a test's
                  // deliberate hand edit sets td.hand_edit to on)
    };
    // The notes table, the audit trail's noting trigger and the tie triggers. `groups` (the
    // trial's group roles, comma-separated, or empty) may neither read nor write the notes.
    static QStringList statements(const QString& groups, Bound bound = Bound::Logins);
};

} // namespace td
