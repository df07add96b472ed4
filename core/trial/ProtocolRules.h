#pragma once

#include "common/Result.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <vector>

namespace td {

class InstrumentCatalog;

// One broken rule: the JSON path of the value (`arms[1].ratio`) and what is allowed.
struct ProtocolProblem
{
    QString path;
    QString message;

    QString text() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

using ProtocolProblems = std::vector<ProtocolProblem>;

// The rules of protocol format 1 (docs/protocol.md), in one place for the file, the command
// line and the window's editors. Paths are those of the protocol file; the window shows each
// problem at the field its path names.
class ProtocolRules
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolRules)

public:
    // Every rule over the whole protocol. `catalog` knows the built-in instruments; the
    // protocol's own `instruments` are added to it here.
    static ProtocolProblems check(const Protocol& protocol);

    // The rules of one element, for editors that add one at a time. `path` prefixes the paths.
    static void checkTrial(const Trial& trial, ProtocolProblems& out);
    static void checkSite(const Site& site, const QString& path, ProtocolProblems& out);
    static void checkArm(const Arm& arm, const QString& path, ProtocolProblems& out);
    static void checkCovariate(const Covariate& c, const QString& path, ProtocolProblems& out);
    static void checkCriterion(const EligibilityCriterion& c, const QString& path,
                               ProtocolProblems& out);
    static void checkTimePoint(const TimePoint& tp, const QString& path, ProtocolProblems& out);
    static void checkFactorShape(const StratFactor& f, const QString& path, ProtocolProblems& out);

    static bool isCode(const QString& code);      // [a-z0-9_]+
    static bool isUpperCode(const QString& code); // [A-Za-z0-9_]+, for sites and arms
    static QStringList comparativeRoles();        // statistician, principal_investigator, dmc

    // The first problems as one message (at most `limit` lines), for a Result's Error.
    static Error toError(const ProtocolProblems& problems, int limit = 20);
};

} // namespace td
