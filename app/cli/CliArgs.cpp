#include "CliArgs.h"

#include "CliCommands.h"
#include "CliSignIn.h"
#include "instruments/TrialDatabase.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {

namespace {
class CliArgs
{
    Q_DECLARE_TR_FUNCTIONS(CliArgs)
};
} // namespace

std::optional<Args> Args::parse(const QStringList& raw, const QStringList& valued,
                                const QStringList& flags, QString& error)
{
    Args out;
    out.m_raw = raw;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString& word = raw[i];
        if (!word.startsWith(QStringLiteral("--")) || word == QStringLiteral("--")) {
            out.m_positional << word;
            continue;
        }
        if (flags.contains(word)) {
            out.m_flags.insert(word);
            continue;
        }
        if (!valued.contains(word)) {
            QStringList allowed = valued + flags;
            allowed.sort();
            error = CliArgs::tr("Unknown option \"%1\"; allowed: %2.")
                        .arg(word, allowed.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (i + 1 >= raw.size()) {
            error = CliArgs::tr("Option %1 needs a value.").arg(word);
            return std::nullopt;
        }
        out.m_values.append({word, raw[++i]});
    }
    return out;
}

QString Args::value(const QString& name) const
{
    QString last;
    for (const auto& [key, v] : m_values)
        if (key == name)
            last = v;
    return last;
}

QStringList Args::values(const QString& name) const
{
    QStringList all;
    for (const auto& [key, v] : m_values)
        if (key == name)
            all << v;
    return all;
}

bool Args::has(const QString& name) const
{
    if (m_flags.contains(name))
        return true;
    for (const auto& [key, v] : m_values)
        if (key == name)
            return true;
    return false;
}

Result<std::unique_ptr<Database>> openTrial(const QString& path, TrialUse use, bool signsIn)
{
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid, CliArgs::tr("--db FILE is required."));
    Database::Options options;
    options.mode = use == TrialUse::Change ? OpenMode::Upgrade : OpenMode::AsIs;
    options.readOnly = use != TrialUse::Change && !signsIn;
    // An encrypted trial opens with a user's name and password (docs/encryption.md).
    // So does a server trial whose address names no user: its users are the server's roles
    // (docs/postgresql.md); an address with a user signs in with what libpq finds.
    if (trialOpensWithSignIn(path)) {
        const TrialCredentials c = trialCredentials();
        options.user = c.user;
        options.password = c.password;
    }
    auto db = openTrialDatabase(path, options);
    TD_TRY(db);
    const int latest = Migrations::schema().latestVersion();
    if (use == TrialUse::Read && (*db)->versionAtOpen() < latest)
        return makeError(ErrorCode::Invalid,
                         CliArgs::tr("The trial file %1 has schema version %2, from an older "
                                     "TrialDesk (this one's is %3). A command that only reads "
                                     "does not upgrade it, and it was not changed. Open the trial "
                                     "in the window, or run a command that changes it, to "
                                     "upgrade it first.")
                             .arg((*db)->isServer() ? (*db)->path()
                                                    : QDir::toNativeSeparators(
                                                          QFileInfo(path).absoluteFilePath()))
                             .arg((*db)->versionAtOpen())
                             .arg(latest));
    if ((*db)->writeProtected())
        printError((*db)->readOnlyNote());
    return db;
}

bool userNamed(const QStringList& args)
{
    return !option(args, QStringLiteral("--user")).isEmpty() ||
           !qEnvironmentVariable("TRIALDESK_USER").isEmpty();
}

std::optional<Session> openSession(const Args& args, int& exitCode, TrialUse use)
{
    auto db = openTrial(args.value(QStringLiteral("--db")), use, true);
    if (!db.ok()) {
        printError(db.message());
        exitCode = 2;
        return std::nullopt;
    }
    auto actor = signIn(**db, args.raw());
    if (!actor.ok()) {
        printError(actor.message());
        exitCode = 3;
        return std::nullopt;
    }
    return Session{std::move(db).value(), *actor};
}

int refuse(const Error& error)
{
    printError(error.message);
    return error.code == ErrorCode::Forbidden ? 4 : 1;
}

int usageError(const QString& message, const QString& usage)
{
    printError(message);
    printError(usage);
    return 2;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

bool splitPair(const QString& text, QString& key, QString& value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    key = text.left(eq).trimmed();
    value = text.mid(eq + 1).trimmed();
    return true;
}

} // namespace td::cli
