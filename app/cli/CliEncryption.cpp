// trialdesk-cli encrypt / decrypt: a plain trial encrypted in place, or a plain copy of an
// encrypted one (docs/encryption.md). Both by an administrator, both audited.

#include "CliArgs.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "access/Role.h"
#include "exchange/TrialEncryption.h"
#include "storage/CryptVfs.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace td::cli {

namespace {
class CliEncryption
{
    Q_DECLARE_TR_FUNCTIONS(CliEncryption)
};

// Only `valued` options, each given; otherwise the problem is printed.
bool checkArgs(const QStringList& args, const QStringList& valued)
{
    QString error;
    const auto parsed = Args::parse(args, valued, {}, error);
    if (parsed && !parsed->positional().isEmpty())
        error = CliEncryption::tr("Unexpected argument \"%1\".").arg(parsed->positional().first());
    for (const QString& name : valued)
        if (error.isEmpty() && parsed->value(name).isEmpty())
            error = CliEncryption::tr("%1 is required.").arg(name);
    if (!error.isEmpty())
        printError(error);
    return error.isEmpty();
}
} // namespace

int runEncrypt(const QStringList& args)
{
    if (!checkArgs(args, {QStringLiteral("--db"), QStringLiteral("--user")})) {
        printError(CliEncryption::tr(
            "usage: trialdesk-cli encrypt --db FILE --user ADMIN\n"
            "  Encrypts a plain trial in place (an administrator; password from "
            "TRIALDESK_PASSWORD or a prompt).\n"
            "  An encrypted copy is written beside it, checked, and only then takes its "
            "place;\n"
            "  the plain file is not kept. Close the trial everywhere first. The other users "
            "open\n"
            "  the encrypted file once you give them a new password (user reset-password)."));
        return 2;
    }
    const QString path = option(args, QStringLiteral("--db"));
    if (CryptVfs::isEncrypted(path)) {
        printError(CliEncryption::tr("%1 is encrypted already; nothing was changed.").arg(path));
        return 1;
    }
    // The password asked once: it signs in and it makes the administrator's key slot.
    const TrialCredentials credentials = trialCredentials();
    auto db = openTrial(path, TrialUse::Change, true);
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    auto actor = signIn(**db, args);
    if (!actor.ok()) {
        printError(actor.message());
        return 3;
    }
    auto others = TrialEncryption::encrypt(std::move(db).value(), *actor, credentials.password);
    if (!others.ok())
        return refuse(others.error());
    printOut(CliEncryption::tr("Encrypted %1; %2 opens it with the password used now.")
                 .arg(path, actor->username));
    if (!others->isEmpty())
        printOut(CliEncryption::tr("These users open it once you give them a new password "
                                   "(trialdesk-cli user reset-password): %1")
                     .arg(others->join(QStringLiteral(", "))));
    printOut(CliEncryption::tr("Backups and exports made before now are not encrypted: delete "
                               "those you do not need."));
    return 0;
}

int runDecrypt(const QStringList& args)
{
    if (!checkArgs(args,
                   {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--out")})) {
        printError(CliEncryption::tr(
            "usage: trialdesk-cli decrypt --db FILE --user ADMIN --out PLAIN\n"
            "  Writes a plain (unencrypted) copy of an encrypted trial to PLAIN, a new file "
            "(never\n"
            "  an existing one), readable by you only; the trial stays encrypted. An "
            "administrator's\n"
            "  act, recorded in the trial's audit trail."));
        return 2;
    }
    const QString out = option(args, QStringLiteral("--out"));
    auto db = openTrial(option(args, QStringLiteral("--db")), TrialUse::Inspect, true);
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    auto actor = signIn(**db, args);
    if (!actor.ok()) {
        printError(actor.message());
        return 3;
    }
    if (Status s = TrialEncryption::decryptCopy(**db, *actor, out); !s.ok())
        return refuse(s.error());
    printOut(CliEncryption::tr("Wrote a plain copy to %1. It is not encrypted: keep it where "
                               "only those who may read the trial's data can read it, and "
                               "delete it when done.")
                 .arg(out));
    return 0;
}

} // namespace td::cli
