#include "exchange/RedcapDictionaryImport.h"

#include "audit/AuditLog.h"
#include "exchange/RedcapDictionary.h"
#include "instruments/InstrumentCatalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace td {

Result<ImportReport> RedcapDictionaryImport::run(const Actor& actor, const QString& path)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    return runData(actor, data, QFileInfo(path).fileName());
}

Result<ImportReport> RedcapDictionaryImport::runData(const Actor& actor, const QByteArray& data,
                                                     const QString& fileName)
{
    TD_TRY(Access::require(actor, Permission::EditProtocol));
    ImportReport report;
    report.file = fileName;
    Transaction tx(m_db);
    TD_TRY(tx.status());
    const std::vector<RedcapForm> forms = RedcapDictionary::parse(data, fileName, report);
    if (!report.ok())
        return report;
    auto catalog = InstrumentCatalog::load(m_db);
    TD_TRY(catalog);
    for (const RedcapForm& f : forms)
        if (catalog->find(f.id))
            report.refuse(f.line, QStringLiteral("Form Name"),
                          tr("the trial already has an instrument with the id \"%1\"; rename the "
                             "form")
                              .arg(f.id));
    if (!report.ok())
        return report;
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
    report.imported = report.records;
    return report;
}

} // namespace td
