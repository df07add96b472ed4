#pragma once

#include "access/Actor.h"
#include "audit/ElectronicSignature.h"
#include "common/Result.h"

#include <QStringList>

namespace td {
class Database;
}

// Signing in on the command line, shared by every command that acts as a user. The password
// comes from TRIALDESK_PASSWORD or a prompt, never from an argument (arguments show in process
// lists and shell history); the sign-in goes through UserRepository::login so throttling and
// the audit trail apply.
namespace td::cli {

// One line from standard input after `prompt` (shown on a terminal only); `secret` turns echo
// off while it is typed.
QString readLine(const QString& prompt, bool secret);

enum class PasswordPrompt {
    Allowed, // TRIALDESK_PASSWORD, else a prompt (or a line on standard input)
    Never,   // TRIALDESK_PASSWORD only: the caller checked that it is set
};

// The command's arguments (main), for opening an encrypted trial wherever a command opens it.
void rememberArguments(const QStringList& args);

// The user name and password that open an encrypted trial (docs/encryption.md): --user (else
// TRIALDESK_USER; nobody named: empty, and the file is refused) and TRIALDESK_PASSWORD (else a
// prompt), asked once per run; signIn uses the same answers instead of asking again.
struct TrialCredentials
{
    QString user;
    QString password;
};
TrialCredentials trialCredentials();

// Signs in as --user (else TRIALDESK_USER, else a prompt) with the password from the
// environment or, when allowed, a prompt.
Result<Actor> signIn(Database& db, const QStringList& args,
                     PasswordPrompt prompt = PasswordPrompt::Allowed);

// For the commands that read a trial without acting on it (info, audit verify, scores verify,
// randomization replay): signs in when a user is named (--user or TRIALDESK_USER), so the
// reading is audited and a protected trial can be opened the same way; nothing otherwise.
// `signedIn`, when given, receives the user (untouched when nobody is named).
Status signInIfNamed(Database& db, const QStringList& args, Actor* signedIn = nullptr);

// An electronic signature on the command line. `sign` is the user's --sign: they sign the act
// whose meaning `statement` says (printed first); the password is asked again, or taken from
// TRIALDESK_PASSWORD. Without --sign an Invalid error saying how to sign.
Result<SignWith> signature(bool sign, const Actor& actor, const QString& statement);

} // namespace td::cli
