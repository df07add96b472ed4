#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace td {

class Database;

// Adds the forms of a REDCap data dictionary to the trial as instruments (RedcapDictionary
// says how each field type maps), through InstrumentCatalog::addToTrial. The whole dictionary
// is checked first, including that no form's id is taken; with any problem nothing is added.
// Otherwise every form is added in one transaction, with an audit row for the import naming
// the file and its SHA-256. Needs EditProtocol.
class RedcapDictionaryImport
{
    Q_DECLARE_TR_FUNCTIONS(RedcapDictionaryImport)

public:
    explicit RedcapDictionaryImport(Database& db) : m_db(db) {}

    Result<ImportReport> run(const Actor& actor, const QString& path);
    Result<ImportReport> runData(const Actor& actor, const QByteArray& data,
                                 const QString& fileName);

private:
    Database& m_db;
};

} // namespace td
