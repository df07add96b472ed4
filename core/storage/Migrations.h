#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace td {

class Database;

// An ordered list of schema steps. Step i (0-based) takes the schema from version i to i + 1;
// the step's statements and its version bump commit together or not at all. Steps that have
// shipped never change: a new schema is a new step.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    using Step = QStringList;

    explicit Migrations(std::vector<Step> steps) : m_steps(std::move(steps)) {}

    // The application's schema.
    static const Migrations& schema();

    int latestVersion() const { return static_cast<int>(m_steps.size()); }
    // The first `version` steps (a schema as it was at that version).
    Migrations upTo(int version) const
    {
        return Migrations(std::vector<Step>(
            m_steps.begin(), m_steps.begin() + std::clamp(version, 0, latestVersion())));
    }
    Status migrate(Database& db) const { return migrateTo(db, latestVersion()); }
    Status migrateTo(Database& db, int target) const;

private:
    std::vector<Step> m_steps;
};

} // namespace td
