#pragma once

#include "access/Role.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace td {

// Which tables each permission's operations write (docs/postgresql.md, "What each role may
// write"), beside the permission matrix it follows: a role may write what the permissions it
// holds (Roles::allows) write, and nothing more. On a server, ServerWriteGrants turns this into
// each group's INSERT, UPDATE and DELETE grants, so a login in psql can do no more than the
// program lets its role do. A table is deleted from only where the program deletes rows itself;
// no table that holds clinical values or their history is ever in `remove`.
struct TableWrite
{
    QString table;
    bool insert = false;
    bool update = false;
    bool remove = false;
    // The only columns an UPDATE may change (empty: every column).
    QStringList columns{};
};

class WriteGrants
{
public:
    // What the operations that need `permission` write.
    static std::vector<TableWrite> of(Permission permission);
    // What every signed-in user writes, whatever their role: the sign-in throttle, the audit
    // trail's signed checkpoints and electronic signatures (the audit rows themselves go
    // through td_audit_append; a user's own password and signing key, ServerPrivileges).
    static std::vector<TableWrite> everyone();
    // Everything `role` may write: everyone() and of() of every permission it holds, merged
    // per table (columns of an UPDATE widen; a table-wide UPDATE wins).
    static std::vector<TableWrite> forRole(Role role);
    // The tables that hold clinical values or their history: never deleted from, by anyone.
    static const QStringList& clinicalTables();
};

} // namespace td
