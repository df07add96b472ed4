#pragma once

#include "trial/Protocol.h"

#include <QCoreApplication>
#include <vector>

namespace td {

// One difference between two protocols, at a path of the protocol file.
struct ProtocolChange
{
    enum class Kind {
        Add,    // a new site, visit, instrument at a visit, optional covariate, criterion, ...
        Extend, // a later recruitment end, a larger target or visit window
        Label,  // wording or order only: what people read, not what is stored
        // how data are keyed or checked (double data entry), not what is stored
        Procedure,
        Change, // anything else: refused in an amendment
        Remove, // refused in an amendment
    };
    Kind kind = Kind::Change;
    QString path;
    QString description; // translated: "added", "14 -> 21", ...

    bool allowedInAmendment() const { return kind != Kind::Change && kind != Kind::Remove; }
    // The stored form, for protocol_version.changes and the audit trail:
    // "arms[0].ratio: 1 -> 2".
    QString text() const { return path + QStringLiteral(": ") + description; }
    // What a person reads, in the current language: "Arm 1, ratio: 1 → 2".
    QString displayText() const;
};

// The differences between the protocol in force and a proposed one, matched by code. Once
// someone is randomized only additions, extensions and wording may change (an amendment);
// ProtocolRepository refuses the rest with the rule each one breaks.
class ProtocolDiff
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolDiff)

public:
    static std::vector<ProtocolChange> compare(const Protocol& before, const Protocol& after);
    // Why an amendment may not make `change`.
    static QString amendmentRule(const ProtocolChange& change);
    // A path of the protocol file as a person reads it, in the current language:
    // "schedule[1].window_days" is "Visit 2, window (days)".
    static QString fieldName(const QString& path);
    // A change's description as a person reads it: "1 -> 2" is "1 → 2", "true" is "yes".
    static QString readableDescription(const QString& description);
    // A stored change line (ProtocolChange::text(), one line of protocol_version.changes) as
    // a person reads it; a line of another shape is only given readable arrows.
    static QString readable(const QString& storedLine);
};

} // namespace td
