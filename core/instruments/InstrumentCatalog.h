#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "instruments/InstrumentDefinition.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace td {

class Database;

// The instruments a trial can use: the built-in definitions shipped in resources/instruments
// and any the trial added itself (stored in the database, scored by the same engine).
class InstrumentCatalog
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentCatalog)

public:
    // The built-in definitions only (no database needed: the command line's score/change).
    static const InstrumentCatalog& builtIn();
    // Built-in plus the trial's own.
    static Result<InstrumentCatalog> load(Database& db);

    const InstrumentDefinition* find(const QString& id) const;
    Result<const InstrumentDefinition*> require(const QString& id) const;
    QStringList ids() const;

    // Adds a trial-specific instrument (ImportInstruments; audited). Built-in ids stay.
    static Result<InstrumentDefinition> addToTrial(Database& db, const Actor& actor,
                                                   const QByteArray& json);

private:
    std::vector<std::shared_ptr<const InstrumentDefinition>> m_definitions;
};

} // namespace td
