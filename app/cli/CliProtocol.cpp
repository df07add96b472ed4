#include "CliCommands.h"
#include "CliSignIn.h"
#include "instruments/TrialDatabase.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"
#include "trial/NewTrial.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolTemplates.h"

#include <QCoreApplication>
#include <QFileInfo>

// trialdesk-cli new, and protocol check | export | amend | template: the trial's protocol as a
// file (docs/protocol.md), through the same core rules as the window.

namespace td::cli {

namespace {
class CliProtocol
{
    Q_DECLARE_TR_FUNCTIONS(CliProtocol)
};

QString usageText()
{
    return CliProtocol::tr(
        "usage (passwords come from TRIALDESK_PASSWORD or a prompt):\n"
        "  trialdesk-cli new --db FILE (--protocol FILE | --template mop|dit) --admin NAME\n"
        "      [--unencrypted]   (a new trial is encrypted at rest and opens with a user's name\n"
        "      and password; --unencrypted makes a plain file, for teaching and tests)\n"
        "  trialdesk-cli protocol check FILE\n"
        "  trialdesk-cli protocol template mop|dit --out FILE\n"
        "  trialdesk-cli protocol export --db FILE --user NAME --out FILE [--force] [--umask]\n"
        "      (a new file, readable by you only; --force replaces a file that is not a\n"
        "      trial, --umask gives it your umask's permissions)\n"
        "  trialdesk-cli protocol amend --db FILE --user NAME --protocol FILE --reason TEXT\n"
        "      [--effective YYYY-MM-DD] [--dry-run] [--sign]\n"
        "    --sign: an amendment (participants are randomized) is approved with an electronic\n"
        "    signature: the password is asked again (or read from TRIALDESK_PASSWORD)");
}

int bad(const QString& message)
{
    printError(message);
    printError(usageText());
    return 2;
}

// Every argument is "--name value" with an allowed name, or one of the allowed flags.
bool checkOptions(const QStringList& args, const QStringList& allowed, const QStringList& flags,
                  QString& error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (flags.contains(args[i]))
            continue;
        if (!allowed.contains(args[i])) {
            error = CliProtocol::tr("Unknown option \"%1\"; allowed: %2.")
                        .arg(args[i], (allowed + flags).join(QStringLiteral(", ")));
            return false;
        }
        if (++i >= args.size()) {
            error = CliProtocol::tr("Option %1 needs a value.").arg(args[i - 1]);
            return false;
        }
    }
    return true;
}

Result<Protocol> readProtocol(const QString& file)
{
    auto p = ProtocolFile::readFile(file);
    if (!p.ok())
        return makeError(p.error().code,
                         CliProtocol::tr("%1 is not a valid protocol:\n%2").arg(file, p.message()));
    return p;
}

int runCheck(const QStringList& args)
{
    if (args.size() != 1)
        return bad(CliProtocol::tr("Name one protocol file to check."));
    auto p = readProtocol(args.first());
    if (!p.ok()) {
        printError(p.message());
        return 1;
    }
    printOut(CliProtocol::tr("%1 is a valid protocol: %2 (%3), %n site(s), %4 arms, %5 visits.",
                             nullptr, static_cast<int>(p->sites.size()))
                 .arg(args.first(), p->trial.title.en, p->trial.acronym)
                 .arg(p->arms.size())
                 .arg(p->schedule.size()));
    return 0;
}

int runTemplate(const QStringList& args)
{
    if (args.isEmpty())
        return bad(CliProtocol::tr("Name the template: %1.")
                       .arg(ProtocolTemplates::names().join(QStringLiteral(", "))));
    QString error;
    const QStringList rest = args.mid(1);
    if (!checkOptions(rest, {QStringLiteral("--out")}, {}, error))
        return bad(error);
    const QString out = option(rest, QStringLiteral("--out"));
    if (out.isEmpty())
        return bad(CliProtocol::tr("--out FILE is required."));
    if (QFileInfo::exists(out))
        return bad(CliProtocol::tr("%1 already exists; choose a new file name.").arg(out));
    auto p = ProtocolTemplates::load(args.first());
    if (!p.ok()) {
        printError(p.message());
        return 2;
    }
    if (Status s = ProtocolFile::writeFile(*p, out); !s.ok()) {
        printError(s.message());
        return 1;
    }
    printOut(CliProtocol::tr("Wrote the %1 template to %2.").arg(args.first(), out));
    return 0;
}

// Opens --db and signs in as --user.
struct Session
{
    std::unique_ptr<Database> db;
    Actor actor;
};

Result<Session> open(const QStringList& args, TrialUse use)
{
    const QString path = option(args, QStringLiteral("--db"));
    if (path.isEmpty() || option(args, QStringLiteral("--user")).isEmpty())
        return makeError(ErrorCode::Invalid,
                         CliProtocol::tr("--db FILE and --user NAME are required."));
    auto db = openTrial(path, use, true);
    TD_TRY(db);
    auto actor = signIn(**db, args);
    TD_TRY(actor);
    return Session{std::move(db).value(), *actor};
}

int runProtocolExport(const QStringList& args)
{
    QString error;
    if (!checkOptions(args,
                      {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--out")},
                      {QStringLiteral("--force"), QStringLiteral("--umask")}, error))
        return bad(error);
    const QString out = option(args, QStringLiteral("--out"));
    if (out.isEmpty())
        return bad(CliProtocol::tr("--out FILE is required."));
    ExportFileOptions fileOptions;
    fileOptions.replace = args.contains(QStringLiteral("--force"));
    fileOptions.followUmask = args.contains(QStringLiteral("--umask"));
    // Never over the trial or any other TrialDesk database; over another file with --force.
    if (Status s = ExportFile::checkTarget(out, option(args, QStringLiteral("--db")), fileOptions);
        !s.ok())
        return bad(s.message());
    auto session = open(args, TrialUse::Read);
    if (!session.ok()) {
        printError(session.message());
        return session.error().code == ErrorCode::AuthenticationFailed ? 3 : 2;
    }
    auto p = ProtocolRepository(*session->db).load(session->actor);
    if (!p.ok()) {
        printError(p.message());
        return p.error().code == ErrorCode::Forbidden ? 4 : 1;
    }
    if (Status s = ProtocolFile::writeFile(*p, out, fileOptions, session->db->path()); !s.ok()) {
        printError(s.message());
        return 1;
    }
    printOut(CliProtocol::tr("Wrote protocol version %1 of %2 to %3.")
                 .arg(p->version)
                 .arg(p->trial.acronym, out));
    return 0;
}

int runAmend(const QStringList& args)
{
    QString error;
    if (!checkOptions(args,
                      {QStringLiteral("--db"), QStringLiteral("--user"),
                       QStringLiteral("--protocol"), QStringLiteral("--reason"),
                       QStringLiteral("--effective")},
                      {QStringLiteral("--dry-run"), QStringLiteral("--sign")}, error))
        return bad(error);
    const QString file = option(args, QStringLiteral("--protocol"));
    if (file.isEmpty())
        return bad(CliProtocol::tr("--protocol FILE is required."));
    AmendmentInfo info;
    info.reason = option(args, QStringLiteral("--reason"));
    if (const QString d = option(args, QStringLiteral("--effective")); !d.isEmpty()) {
        info.effectiveDate = QDate::fromString(d, Qt::ISODate);
        if (!info.effectiveDate.isValid())
            return bad(
                CliProtocol::tr("--effective \"%1\" is not a date; write YYYY-MM-DD.").arg(d));
    }
    auto target = readProtocol(file);
    if (!target.ok()) {
        printError(target.message());
        return 1;
    }
    auto session = open(args, TrialUse::Change);
    if (!session.ok()) {
        printError(session.message());
        return session.error().code == ErrorCode::AuthenticationFailed ? 3 : 2;
    }
    if (!info.effectiveDate.isValid())
        info.effectiveDate = session->db->clock().today();
    ProtocolRepository repo(*session->db);
    const bool dryRun = args.contains(QStringLiteral("--dry-run"));
    // An amendment is signed: the preview says whether this change is one.
    auto done = repo.preview(session->actor, *target, info);
    if (done.ok() && !dryRun && done->amendment) {
        auto signWith =
            signature(args.contains(QStringLiteral("--sign")), session->actor,
                      ElectronicSignatures::statement(QStringLiteral("protocol_version"),
                                                      SignatureMeaning::Approval));
        if (!signWith.ok()) {
            printError(signWith.message());
            return 1;
        }
        info.signature = *signWith;
    }
    if (done.ok() && !dryRun)
        done = repo.update(session->actor, *target, info);
    if (!done.ok()) {
        printError(done.message());
        return done.error().code == ErrorCode::Forbidden ? 4 : 1;
    }
    QString head;
    if (dryRun)
        head = done->amendment
                   ? CliProtocol::tr("Would make protocol version %1 (an amendment). Nothing "
                                     "was changed.")
                         .arg(done->version)
                   : CliProtocol::tr("Would change protocol version %1 (no one is randomized "
                                     "yet). Nothing was changed.")
                         .arg(done->version);
    else
        head = done->amendment
                   ? CliProtocol::tr("Protocol version %1 is in force from %2.")
                         .arg(done->version)
                         .arg(info.effectiveDate.toString(Qt::ISODate))
                   : CliProtocol::tr("Protocol version %1 changed (no one is randomized yet).")
                         .arg(done->version);
    printOut(head);
    printOut(CliProtocol::tr("%n change(s):", nullptr, static_cast<int>(done->changes.size())));
    for (const ProtocolChange& c : done->changes)
        // What a person reads, and where in the protocol file: "Site 3: TRD added (sites[2])".
        printOut(QStringLiteral("  %1 (%2)").arg(c.displayText(), c.path));
    return 0;
}

} // namespace

int runNew(const QStringList& args)
{
    QString error;
    if (!checkOptions(args,
                      {QStringLiteral("--db"), QStringLiteral("--protocol"),
                       QStringLiteral("--template"), QStringLiteral("--admin"),
                       QStringLiteral("--admin-name")},
                      {QStringLiteral("--encrypted"), QStringLiteral("--unencrypted")}, error))
        return bad(error);
    if (args.contains(QStringLiteral("--encrypted")) &&
        args.contains(QStringLiteral("--unencrypted")))
        return bad(CliProtocol::tr("Give --encrypted (the default) or --unencrypted, not both."));
    const QString path = option(args, QStringLiteral("--db"));
    const QString file = option(args, QStringLiteral("--protocol"));
    const QString templateName = option(args, QStringLiteral("--template"));
    const QString admin = option(args, QStringLiteral("--admin"));
    if (path.isEmpty() || admin.isEmpty() || file.isEmpty() == templateName.isEmpty())
        return bad(CliProtocol::tr("--db FILE, --admin NAME and one of --protocol FILE or "
                                   "--template NAME are required."));
    if (QFileInfo::exists(path))
        return bad(
            CliProtocol::tr("%1 already exists; a new trial is created in a new file.").arg(path));
    auto protocol = file.isEmpty() ? ProtocolTemplates::load(templateName) : readProtocol(file);
    if (!protocol.ok()) {
        printError(protocol.message());
        return 1;
    }
    QString password = qEnvironmentVariable("TRIALDESK_PASSWORD");
    if (password.isEmpty()) {
        password = readLine(CliProtocol::tr("New password for %1: ").arg(admin), true);
        const QString again = readLine(CliProtocol::tr("The same password again: "), true);
        if (password != again) {
            printError(CliProtocol::tr("The two passwords differ; nothing was created."));
            return 2;
        }
    }
    QString displayName = option(args, QStringLiteral("--admin-name"));
    if (displayName.isEmpty())
        displayName = admin;
    // Encrypted unless asked otherwise (docs/encryption.md); a server database is protected by
    // the server (docs/postgresql.md), so only an explicit --encrypted is refused there.
    const bool encrypt =
        args.contains(QStringLiteral("--encrypted")) ||
        (!args.contains(QStringLiteral("--unencrypted")) && !ConnectionSpec::isServerUri(path));
    Status made = NewTrial::create(path, *protocol,
                                   {admin, displayName, Role::Administrator, password}, encrypt);
    if (!made.ok()) {
        printError(CliProtocol::tr("Nothing was created: %1").arg(made.message()));
        return 1;
    }
    printOut(CliProtocol::tr("Created %1: %2 (%3), administrator %4. Next: sign in as %4 to add "
                             "the trial's people, and let the statistician set up "
                             "randomization.")
                 .arg(path, protocol->trial.title.en, protocol->trial.acronym, admin));
    return 0;
}

int runProtocol(const QStringList& args)
{
    if (args.isEmpty())
        return bad(CliProtocol::tr("Name the protocol command: check, template, export or amend."));
    const QString what = args.first();
    const QStringList rest = args.mid(1);
    if (what == QStringLiteral("check"))
        return runCheck(rest);
    if (what == QStringLiteral("template"))
        return runTemplate(rest);
    if (what == QStringLiteral("export"))
        return runProtocolExport(rest);
    if (what == QStringLiteral("amend"))
        return runAmend(rest);
    return bad(CliProtocol::tr("Unknown protocol command \"%1\".").arg(what));
}

} // namespace td::cli
