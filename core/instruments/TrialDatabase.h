#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <memory>

namespace td {

// Opens a trial database for use: the connection and schema (Database::open), then the data
// steps an upgrade needs that SQL alone cannot do (scoring assessments recorded before scores
// were stored). The window and the command line open trials through this.
Result<std::unique_ptr<Database>> openTrialDatabase(const QString& path,
                                                    Database::Options options = {});

// Whether the trial at `path` opens only with a user's name and password (Options::user and
// password): an encrypted file (its key slot, docs/encryption.md), or a server address that
// names no user, whose users sign in to the server as their own login roles
// (docs/postgresql.md). The command line and the window ask for them before opening such a
// trial, and sign in to TrialDesk with the same answers.
bool trialOpensWithSignIn(const QString& path);

} // namespace td
