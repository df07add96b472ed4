#pragma once

#include "access/Actor.h"
#include "common/Result.h"
#include "exchange/ImportReport.h"
#include "exchange/RedcapDictionary.h"

#include <QByteArray>
#include <QCoreApplication>

namespace td {

class Database;

// Adds the forms of a REDCap data dictionary to the trial as instruments (RedcapDictionary
// says how each field type maps), through InstrumentCatalog::addToTrial. What can be taken is
// taken; each field or form that cannot is skipped with its reason (report.skipped), a form
// whose id the trial already has too. The file is refused whole only when it is not a readable
// dictionary, nothing can be taken, or `strict` is asked and something would be skipped. The
// forms made are added in one transaction, with an audit row for the import naming the file,
// its SHA-256 and the instruments; report.assumptions says what was made and what is kept as
// metadata only. With `check` nothing is written: the report says what would be. Needs
// ImportInstruments (administrators and research coordinators).
class RedcapDictionaryImport
{
    Q_DECLARE_TR_FUNCTIONS(RedcapDictionaryImport)

public:
    explicit RedcapDictionaryImport(Database& db) : m_db(db) {}

    Result<ImportReport> run(const Actor& actor, const QString& path,
                             const RedcapOptions& options = {}, bool check = false);
    Result<ImportReport> runData(const Actor& actor, const QByteArray& data,
                                 const QString& fileName, const RedcapOptions& options = {},
                                 bool check = false);

private:
    Database& m_db;
};

} // namespace td
