#include "CliCommands.h"
#include "CliSignIn.h"
#include "access/Disclosure.h"
#include "instruments/TrialDatabase.h"
#include "reporting/ConsortReport.h"
#include "reporting/Dashboard.h"
#include "reporting/ReportJson.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace td::cli {

namespace {
// The translation context of the report commands.
class CliReporting
{
    Q_DECLARE_TR_FUNCTIONS(CliReporting)
};

QString usageText()
{
    return CliReporting::tr(
        "usage (the password is read from the environment variable TRIALDESK_PASSWORD):\n"
        "  trialdesk-cli report consort --db FILE --user NAME [--primary INSTRUMENT]\n"
        "      [--min-post N]\n"
        "  trialdesk-cli report dashboard --db FILE --user NAME [--instrument ID]\n"
        "      [--endpoint TIMEPOINT]");
}

int bad(const QString& message)
{
    printError(message);
    printError(usageText());
    return 2;
}

// "--name value" pairs; every name must be allowed.
bool checkOptions(const QStringList& args, const QStringList& allowed, QString& error)
{
    for (qsizetype i = 0; i < args.size(); i += 2) {
        if (!allowed.contains(args[i])) {
            error = CliReporting::tr("Unknown option \"%1\"; allowed: %2.")
                        .arg(args[i], allowed.join(QStringLiteral(", ")));
            return false;
        }
        if (i + 1 >= args.size()) {
            error = CliReporting::tr("Option %1 needs a value.").arg(args[i]);
            return false;
        }
    }
    return true;
}

void printJson(const QJsonObject& object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace

int runReport(const QStringList& allArgs)
{
    if (allArgs.isEmpty())
        return bad(CliReporting::tr("Name the report: consort or dashboard."));
    const QString kind = allArgs.first();
    const QStringList args = allArgs.mid(1);
    const bool consort = kind == QStringLiteral("consort");
    if (!consort && kind != QStringLiteral("dashboard"))
        return bad(CliReporting::tr("Unknown report \"%1\"; use consort or dashboard.").arg(kind));
    QStringList allowed{QStringLiteral("--db"), QStringLiteral("--user")};
    if (consort)
        allowed << QStringLiteral("--primary") << QStringLiteral("--min-post");
    else
        allowed << QStringLiteral("--instrument") << QStringLiteral("--endpoint");
    QString error;
    if (!checkOptions(args, allowed, error))
        return bad(error);
    const QString path = option(args, QStringLiteral("--db"));
    const QString user = option(args, QStringLiteral("--user"));
    if (path.isEmpty() || user.isEmpty())
        return bad(CliReporting::tr("--db FILE and --user NAME are required."));
    // Reports are run by scripts: the password comes from the environment, never a prompt.
    if (!qEnvironmentVariableIsSet("TRIALDESK_PASSWORD"))
        return bad(CliReporting::tr("Set the password in the environment variable "
                                    "TRIALDESK_PASSWORD."));
    auto db = openTrial(path, TrialUse::Read, true); // never created or upgraded
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    auto actor = signIn(**db, args, PasswordPrompt::Never);
    if (!actor.ok()) {
        printError(actor.message());
        return 3;
    }

    if (consort) {
        ConsortRules rules;
        if (const QString p = option(args, QStringLiteral("--primary")); !p.isEmpty())
            rules.primaryInstrument = p;
        if (const QString n = option(args, QStringLiteral("--min-post")); !n.isEmpty()) {
            bool ok = false;
            rules.minPostBaseline = n.toInt(&ok);
            if (!ok || rules.minPostBaseline < 1)
                return bad(CliReporting::tr("--min-post needs a whole number of at least 1."));
        }
        ConsortReport report(**db);
        // Callers who may not see arms get the enrolment part only.
        auto counts = Disclosure::of(*actor).arms() ? report.compute(*actor, rules)
                                                    : report.enrolment(*actor);
        if (!counts.ok()) {
            printError(counts.message());
            return counts.error().code == ErrorCode::Forbidden ? 4 : 1;
        }
        printJson(ReportJson::consort(*counts));
        return counts->reconciles().isEmpty() ? 0 : 1;
    }

    DashboardOptions options;
    if (const QString i = option(args, QStringLiteral("--instrument")); !i.isEmpty())
        options.instrumentId = i;
    options.endpointCode = option(args, QStringLiteral("--endpoint"));
    auto figures = Dashboard(**db).all(*actor, options);
    if (!figures.ok()) {
        printError(figures.message());
        return 1;
    }
    printJson(ReportJson::dashboard(*figures));
    return 0;
}

} // namespace td::cli
