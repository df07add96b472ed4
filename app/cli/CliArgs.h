#pragma once

#include "CliCommands.h"
#include "access/Actor.h"
#include "common/Result.h"
#include "trial/Protocol.h"

#include <QJsonValue>
#include <QMultiHash>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

namespace td {
class Database;
}

// What the workflow commands share (user, participant, assess, session, worklist): their
// arguments, opening the trial and signing in, the exit codes and JSON output.
namespace td::cli {

// Options with values (some repeatable: --site, --covariate, --answer), flags (--json) and
// positional words, checked against what the command accepts.
class Args
{
public:
    // Empty with `error` set when an option is unknown or lacks its value.
    static std::optional<Args> parse(const QStringList& raw, const QStringList& valued,
                                     const QStringList& flags, QString& error);

    QString value(const QString& name) const;      // the last one given; empty when absent
    QStringList values(const QString& name) const; // in the order given
    bool has(const QString& name) const;
    const QStringList& positional() const { return m_positional; }
    const QStringList& raw() const { return m_raw; }
    bool json() const { return has(QStringLiteral("--json")); }

private:
    QStringList m_raw;
    QStringList m_positional;
    QList<QPair<QString, QString>> m_values;
    QSet<QString> m_flags;
};

// The trial of --db, signed in as --user (password from TRIALDESK_PASSWORD or a prompt).
struct Session
{
    std::unique_ptr<Database> db;
    Actor actor;
};
// Prints the error and gives nothing when the trial cannot be opened or the sign-in fails;
// `exitCode` is then 2 (no trial) or 3 (sign-in refused).
std::optional<Session> openSession(const Args& args, int& exitCode,
                                   TrialUse use = TrialUse::Change);

// The exit code of a refused core call: 4 when the role may not, 1 otherwise. The message
// (the same the window shows) goes to stderr.
int refuse(const Error& error);
// Bad usage: the message and the usage text on stderr, exit code 2.
int usageError(const QString& message, const QString& usage);
void printJson(const QJsonValue& value);
// The protocol's visit of --visit CODE, or Invalid naming the visits there are.
Result<const TimePoint*> visitOf(const Protocol& protocol, const QString& code);
// "K=V" into its parts; false when there is no '='.
bool splitPair(const QString& text, QString& key, QString& value);

} // namespace td::cli
