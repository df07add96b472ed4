#pragma once

#include "common/Result.h"

#include <QStringList>
#include <memory>

namespace td {
class Database;
}

// The subcommands of trialdesk-cli. Each takes its own arguments (after the command words),
// prints to stdout/stderr and returns the process exit code.
namespace td::cli {

int runDemo(const QStringList& args);
int runInfo(const QStringList& args);
int runAuditVerify(const QStringList& args);
int runCompact(const QStringList& args);
int runScore(const QStringList& args);
int runChange(const QStringList& args);
int runScoresVerify(const QStringList& args);
// randomization simulate | replay (CliRandomization.cpp)
int runRandomization(const QStringList& args);
int runRandomizationSimulate(const QStringList& args);
int runRandomizationReplay(const QStringList& args);
// report consort | dashboard (CliReporting.cpp)
int runReport(const QStringList& args);
// export / backup / restore (CliExchange.cpp)
int runExport(const QStringList& args);
int runBackup(const QStringList& args);
int runRestore(const QStringList& args);
// encrypt / decrypt (CliEncryption.cpp)
int runEncrypt(const QStringList& args);
int runDecrypt(const QStringList& args);
int runMigrate(const QStringList& args);
// import assessments | redcap-dictionary | odm (CliImport.cpp)
int runImport(const QStringList& args);
// new, and protocol check | template | export | amend (CliProtocol.cpp)
int runNew(const QStringList& args);
int runProtocol(const QStringList& args);
// user ... (CliUsers.cpp); participant ... (CliParticipants.cpp); assess, visit, session,
// worklist (CliEntry.cpp)
int runUser(const QStringList& args);
int runParticipant(const QStringList& args);
int runAssess(const QStringList& args);
int runVisit(const QStringList& args);
int runSession(const QStringList& args);
int runWorklist(const QStringList& args);
int runLock(const QStringList& args);
int runQuery(const QStringList& args);
int runMissingForms(const QStringList& args);
int runDde(const QStringList& args);
int runVerifySource(const QStringList& args);
int runUnlock(const QStringList& args);
int runRandomizationSetup(const QStringList& args);
int usage(int exitCode);

// How a command uses the trial file of --db. No command but new and demo creates a trial:
// a missing, empty or foreign file is refused with a message, and nothing is written to it.
enum class TrialUse {
    Inspect, // reads it as it is, of any schema version this program can open (info, audit
             // verify, backup): never upgraded
    Read,    // reads it, which needs the current schema: an older one is refused, not upgraded
    Change,  // changes it: an older schema is upgraded first
};
// Opens the trial of `path` for a command. Read and Inspect open it read-only unless
// `signsIn` (a sign-in, an export and a backup are recorded in the audit trail). A trial that
// cannot be written opens read-only, and the note saying so goes to stderr.
Result<std::unique_ptr<Database>> openTrial(const QString& path, TrialUse use, bool signsIn);
// Whether a user is named (--user, or TRIALDESK_USER), so a reading command signs in.
bool userNamed(const QStringList& args);

// --name VALUE lookup; empty when absent.
QString option(const QStringList& args, const QString& name);
void printError(const QString& message);
void printOut(const QString& text);

} // namespace td::cli
