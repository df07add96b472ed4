#pragma once

#include "access/UserRepository.h"
#include "common/Result.h"
#include "trial/Protocol.h"

#include <QCoreApplication>

namespace td {

// Creates a trial file from a protocol: the file, the schema, the first administrator and the
// whole protocol. The work happens in a temporary file beside the target, renamed into place
// only when everything succeeded, so a refused protocol or password leaves no file behind and
// an existing file is never overwritten. The window's wizard and `trialdesk-cli new` both use it.
class NewTrial
{
    Q_DECLARE_TR_FUNCTIONS(NewTrial)

public:
    // `encrypt`: encrypted at rest (docs/encryption.md), opened with the administrator's password.
    // A postgresql:// `path` creates the trial in that server database instead (createOnServer).
    static Status create(const QString& path, const Protocol& protocol, const NewUser& admin,
                         bool encrypt = false);

private:
    static Status createOnServer(const QString& uri, const Protocol& protocol, const NewUser& admin,
                                 bool encrypt);
};

} // namespace td
