#pragma once

#include "instruments/InstrumentCatalog.h"
#include "trial/Protocol.h"
#include "trial/ProtocolRules.h"

#include <QObject>
#include <optional>

namespace td {

// The protocol being edited, shared by every editor page of the wizard or the Protocol area.
// Editors change it through edit() and commit(); commit() re-runs ProtocolRules::check on the
// whole protocol (the rules of the file format) so each page can show the problems that
// belong to it.
class ProtocolDraft : public QObject
{
    Q_OBJECT

public:
    struct Instrument
    {
        QString id;
        QString shortName;
        bool clinicianRated = false;
    };

    explicit ProtocolDraft(QObject* parent = nullptr);

    const Protocol& protocol() const { return m_protocol; }
    // Replaces the whole protocol: every editor reloads its fields.
    void setProtocol(const Protocol& protocol);
    // Changes in place; call commit() afterwards.
    Protocol& edit() { return m_protocol; }
    void commit();
    const ProtocolProblems& problems() const { return m_problems; }

    // The trial's instruments when the trial exists (built in plus its own, e.g. imported from
    // a REDCap dictionary). Without it: the built-in ones plus the protocol's own definitions.
    void setCatalog(const InstrumentCatalog& catalog);
    const std::vector<Instrument>& instruments() const { return m_instruments; }
    QString instrumentName(const QString& id) const;

signals:
    void reset();   // a new protocol: editors reload their fields
    void changed(); // an edit: editors show the problems again

private:
    Protocol m_protocol;
    ProtocolProblems m_problems;
    std::optional<InstrumentCatalog> m_catalog;
    std::vector<Instrument> m_instruments;

    void collectInstruments();
};

} // namespace td
