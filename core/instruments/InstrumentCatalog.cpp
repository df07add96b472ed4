#include "instruments/InstrumentCatalog.h"

#include "audit/AuditedWrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

namespace td {

const InstrumentCatalog& InstrumentCatalog::builtIn()
{
    static const InstrumentCatalog catalog = [] {
        InstrumentCatalog c;
        const QDir dir(QStringLiteral(":/instruments"));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("built-in instrument %s cannot be read", qPrintable(name));
            auto d = InstrumentDefinition::fromJson(file.readAll());
            if (!d.ok())
                qFatal("built-in instrument %s is invalid: %s", qPrintable(name),
                       qPrintable(d.message()));
            c.m_definitions.push_back(std::make_shared<const InstrumentDefinition>(*d));
        }
        return c;
    }();
    return catalog;
}

Result<InstrumentCatalog> InstrumentCatalog::load(Database& db)
{
    InstrumentCatalog c = builtIn();
    auto q = db.exec(QStringLiteral(
        "SELECT instrument_id, definition FROM instrument_definition ORDER BY instrument_id"));
    TD_TRY(q);
    while ((*q)->next()) {
        auto d = InstrumentDefinition::fromJson((*q)->value(1).toString().toUtf8());
        TD_TRY(d);
        c.m_definitions.push_back(std::make_shared<const InstrumentDefinition>(*d));
    }
    return c;
}

const InstrumentDefinition* InstrumentCatalog::find(const QString& id) const
{
    for (const auto& d : m_definitions)
        if (d->id == id)
            return d.get();
    return nullptr;
}

Result<const InstrumentDefinition*> InstrumentCatalog::require(const QString& id) const
{
    if (const InstrumentDefinition* d = find(id))
        return d;
    return makeError(ErrorCode::Invalid, tr("Unknown instrument \"%1\". Known instruments: %2.")
                                             .arg(id, ids().join(QStringLiteral(", "))));
}

QStringList InstrumentCatalog::ids() const
{
    QStringList out;
    for (const auto& d : m_definitions)
        out << d->id;
    return out;
}

Result<InstrumentDefinition> InstrumentCatalog::addToTrial(Database& db, const Actor& actor,
                                                           const QByteArray& json)
{
    TD_TRY(Access::require(actor, Permission::ImportInstruments));
    auto d = InstrumentDefinition::fromJson(json);
    TD_TRY(d);
    Transaction tx(db);
    TD_TRY(tx.status());
    auto existing = load(db);
    TD_TRY(existing);
    if (existing->find(d->id))
        return makeError(
            ErrorCode::Conflict,
            tr("An instrument with the id \"%1\" already exists; choose another id.").arg(d->id));
    TD_TRY(db.exec(QStringLiteral("INSERT INTO instrument_definition (instrument_id, definition, "
                                  "created_at) VALUES (?, ?, ?)"),
                   {d->id, QString::fromUtf8(json), db.clock().nowUtc().toString(Qt::ISODate)}));
    TD_TRY(AuditLog::record(db, actor,
                            {QStringLiteral("created"),
                             QStringLiteral("instrument_definition"),
                             d->id,
                             QStringLiteral("definition"),
                             {},
                             QString::fromUtf8(json),
                             {}}));
    TD_TRY(tx.commit());
    return d;
}

} // namespace td
