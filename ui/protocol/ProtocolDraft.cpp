#include "protocol/ProtocolDraft.h"

#include "instruments/InstrumentDefinition.h"

namespace td {

ProtocolDraft::ProtocolDraft(QObject* parent) : QObject(parent)
{
    m_problems = ProtocolRules::check(m_protocol);
    collectInstruments();
}

void ProtocolDraft::setProtocol(const Protocol& protocol)
{
    m_protocol = protocol;
    collectInstruments();
    m_problems = ProtocolRules::check(m_protocol);
    emit reset();
    emit changed();
}

void ProtocolDraft::commit()
{
    m_problems = ProtocolRules::check(m_protocol);
    emit changed();
}

void ProtocolDraft::setCatalog(const InstrumentCatalog& catalog)
{
    m_catalog = catalog;
    collectInstruments();
}

void ProtocolDraft::collectInstruments()
{
    std::vector<Instrument>& out = m_instruments;
    out.clear();
    auto add = [&out](const InstrumentDefinition& d) {
        for (const Instrument& i : out)
            if (i.id == d.id)
                return;
        out.push_back({d.id, d.shortName.isEmpty() ? d.id : d.shortName, d.clinicianRated});
    };
    const InstrumentCatalog& catalog = m_catalog ? *m_catalog : InstrumentCatalog::builtIn();
    for (const QString& id : catalog.ids())
        if (const InstrumentDefinition* d = catalog.find(id))
            add(*d);
    for (const QJsonObject& json : m_protocol.instruments) {
        auto d = InstrumentDefinition::fromJson(json);
        if (d.ok())
            add(*d);
    }
}

QString ProtocolDraft::instrumentName(const QString& id) const
{
    for (const Instrument& i : m_instruments)
        if (i.id == id)
            return i.shortName;
    return id;
}

} // namespace td
