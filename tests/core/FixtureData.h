#pragma once

// The content of the schema fixtures under tests/fixtures (schema_vN.sqlite): what the
// generator (FixtureGenerator.cpp) writes into a database of schema version N, and what the
// migration tests expect to find again after upgrading it.

#include "audit/AuditLog.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace tdtest::fixture {

// The versions that have a fixture file. A new schema version makes the previous latest one an
// "earlier version": add it here, extend tables()/audit() if it has new tables, and regenerate.
inline constexpr int versions[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};

QString path(int version);

struct Table
{
    QString name;
    QStringList columns; // users: password_hash is added by the generator (salted, not fixed)
    std::vector<QVariantList> rows;
};

// The rows of every table that exists in schema `version`, in insertion order.
std::vector<Table> tables(int version);

struct AuditRecord
{
    QString username;
    QString role;
    td::AuditEntry entry;
};

// The audit trail written with the rows (a valid hash chain, one minute apart).
std::vector<AuditRecord> audit(int version);
QDateTime auditStart();

// Sign-in passwords of the fixture users.
QString password(const QString& username);

} // namespace tdtest::fixture
