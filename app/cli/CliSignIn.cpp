#include "CliSignIn.h"

#include "CliCommands.h"
#include "access/UserRepository.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace td::cli {

namespace {
// The translation context of the sign-in prompts.
class CliSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CliSignIn)
};
} // namespace

QString readLine(const QString& prompt, bool secret)
{
    const bool tty = isatty(STDIN_FILENO) != 0;
    if (tty)
        QTextStream(stderr) << prompt << Qt::flush;
    termios saved{};
    const bool hide = tty && secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // C stdio, not a QTextStream per call: a stream would read ahead and swallow the next
    // answer (password, then confirmation) when both come through a pipe.
    std::string text;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        text.push_back(static_cast<char>(c));
    QString line = QString::fromStdString(text);
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream err(stderr);
        err << Qt::endl;
    }
    return line;
}

namespace {
QStringList& rememberedArguments()
{
    static QStringList args;
    return args;
}

std::optional<TrialCredentials>& askedCredentials()
{
    static std::optional<TrialCredentials> asked;
    return asked;
}
} // namespace

void rememberArguments(const QStringList& args)
{
    rememberedArguments() = args;
}

TrialCredentials trialCredentials()
{
    if (askedCredentials())
        return *askedCredentials();
    TrialCredentials c;
    c.user = option(rememberedArguments(), QStringLiteral("--user"));
    if (c.user.isEmpty())
        c.user = qEnvironmentVariable("TRIALDESK_USER");
    // No user named: the core refuses the file with a message that says it is encrypted.
    if (c.user.isEmpty())
        return c;
    c.password = qEnvironmentVariable("TRIALDESK_PASSWORD");
    if (c.password.isEmpty())
        c.password = readLine(CliSignIn::tr("Password for %1: ").arg(c.user), true);
    askedCredentials() = c;
    return c;
}

Result<Actor> signIn(Database& db, const QStringList& args, PasswordPrompt prompt)
{
    QString user = option(args, QStringLiteral("--user"));
    if (user.isEmpty())
        user = qEnvironmentVariable("TRIALDESK_USER");
    // The answers given to open an encrypted trial sign in too, without asking again.
    if (user.isEmpty() && askedCredentials())
        user = askedCredentials()->user;
    if (user.isEmpty())
        user = readLine(CliSignIn::tr("User name: "), false).trimmed();
    QString password = qEnvironmentVariable("TRIALDESK_PASSWORD");
    if (password.isEmpty() && askedCredentials() && askedCredentials()->user == user)
        password = askedCredentials()->password;
    if (password.isEmpty() && prompt == PasswordPrompt::Allowed)
        password = readLine(CliSignIn::tr("Password for %1: ").arg(user), true);
    return UserRepository(db).login(user, password);
}

Status signInIfNamed(Database& db, const QStringList& args, Actor* signedIn)
{
    if (option(args, QStringLiteral("--user")).isEmpty() &&
        qEnvironmentVariable("TRIALDESK_USER").isEmpty())
        return {};
    auto actor = signIn(db, args);
    TD_TRY(actor);
    if (signedIn)
        *signedIn = *actor;
    return {};
}

Result<SignWith> signature(bool sign, const Actor& actor, const QString& statement)
{
    if (!sign)
        return makeError(ErrorCode::Invalid,
                         CliSignIn::tr("This act is signed electronically: add --sign to sign "
                                       "it with your password, declaring: \"%1\" Nothing was "
                                       "saved.")
                             .arg(statement),
                         QStringLiteral("--sign"));
    QTextStream(stderr) << CliSignIn::tr("You sign as %1: \"%2\"").arg(actor.username, statement)
                        << Qt::endl;
    QString password = qEnvironmentVariable("TRIALDESK_PASSWORD");
    if (password.isEmpty())
        password = readLine(CliSignIn::tr("Password to sign: "), true);
    return SignWith{password};
}

} // namespace td::cli
