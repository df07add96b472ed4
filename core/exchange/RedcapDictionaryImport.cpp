#include "exchange/RedcapDictionaryImport.h"

#include "audit/AuditLog.h"
#include "exchange/RedcapDictionary.h"
#include "instruments/InstrumentCatalog.h"
#include "storage/Database.h"
#include "storage/FileOps.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace td {

Result<ImportReport> RedcapDictionaryImport::run(const Actor& actor, const QString& path,
                                                 const RedcapOptions& options, bool check)
{
    TD_TRY(Access::require(actor, Permission::ImportInstruments));
    auto data = FileOps::readWhole(path);
    TD_TRY(data);
    return runData(actor, *data, QFileInfo(path).fileName(), options, check);
}

Result<ImportReport> RedcapDictionaryImport::runData(const Actor& actor, const QByteArray& data,
                                                     const QString& fileName,
                                                     const RedcapOptions& options, bool check)
{
    TD_TRY(Access::require(actor, Permission::ImportInstruments));
    ImportReport report;
    report.file = fileName;
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const std::vector<RedcapForm> parsed = RedcapDictionary::parse(data, fileName, report, options);
    if (!report.ok())
        return report;
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    std::vector<RedcapForm> forms;
    for (const RedcapForm& f : parsed) {
        if (catalog->find(f.id))
            RedcapDictionary::skip(
                report, options.strict,
                {f.line, QStringLiteral("Form Name"),
                 tr("form %1 is skipped: the trial already has an instrument with that id; "
                    "rename the form")
                     .arg(f.id)});
        else
            forms.push_back(f);
    }
    if (report.ok() && forms.empty())
        report.refuse(0, QString(),
                      tr("no form of the dictionary can be taken, so nothing was imported; the "
                         "skipped fields and forms say why"));
    if (!report.ok())
        return report;
    qint64 taken = 0;
    for (const RedcapForm& f : forms) {
        report.assumptions << f.summary;
        taken += f.fields;
    }
    if (check)
        return report; // nothing written: the transaction rolls back
    QStringList ids;
    for (const RedcapForm& f : forms) {
        TD_TRY(InstrumentCatalog::addToTrial(m_db, actor, f.json));
        ids << f.id;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("imported");
    entry.entity = QStringLiteral("import");
    entry.field = QStringLiteral("file");
    entry.newValue =
        QStringLiteral("redcap-dictionary; %1 fields; %2; sha256 %3; instruments %4")
            .arg(report.records)
            .arg(fileName,
                 QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                 ids.join(QStringLiteral(", ")));
    TD_TRY(AuditLog::record(m_db, actor, entry));
    TD_TRY(tx.commit());
    report.imported = taken;
    return report;
}

} // namespace td
