#include "CliCommands.h"
#include "CliSignIn.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trialdesk-cli"));
    // English, with its plural forms (the catalogue is embedded, see CMakeLists.txt).
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/trialdesk_en.qm")))
        QCoreApplication::installTranslator(&english);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return td::cli::usage(2);
    const QString command = args.takeFirst();
    td::cli::rememberArguments(args);
    if (command == QStringLiteral("demo"))
        return td::cli::runDemo(args);
    if (command == QStringLiteral("new"))
        return td::cli::runNew(args);
    if (command == QStringLiteral("protocol"))
        return td::cli::runProtocol(args);
    if (command == QStringLiteral("info"))
        return td::cli::runInfo(args);
    if (command == QStringLiteral("audit") && !args.isEmpty() &&
        args.first() == QStringLiteral("verify"))
        return td::cli::runAuditVerify(args.mid(1));
    if (command == QStringLiteral("compact"))
        return td::cli::runCompact(args);
    if (command == QStringLiteral("score"))
        return td::cli::runScore(args);
    if (command == QStringLiteral("change"))
        return td::cli::runChange(args);
    if (command == QStringLiteral("scores") && !args.isEmpty() &&
        args.first() == QStringLiteral("verify"))
        return td::cli::runScoresVerify(args.mid(1));
    if (command == QStringLiteral("randomization"))
        return td::cli::runRandomization(args);
    if (command == QStringLiteral("report"))
        return td::cli::runReport(args);
    if (command == QStringLiteral("export"))
        return td::cli::runExport(args);
    if (command == QStringLiteral("import"))
        return td::cli::runImport(args);
    if (command == QStringLiteral("backup"))
        return td::cli::runBackup(args);
    if (command == QStringLiteral("restore"))
        return td::cli::runRestore(args);
    if (command == QStringLiteral("encrypt"))
        return td::cli::runEncrypt(args);
    if (command == QStringLiteral("decrypt"))
        return td::cli::runDecrypt(args);
    if (command == QStringLiteral("migrate"))
        return td::cli::runMigrate(args);
    if (command == QStringLiteral("user"))
        return td::cli::runUser(args);
    if (command == QStringLiteral("participant"))
        return td::cli::runParticipant(args);
    if (command == QStringLiteral("assess"))
        return td::cli::runAssess(args);
    if (command == QStringLiteral("visit"))
        return td::cli::runVisit(args);
    if (command == QStringLiteral("session"))
        return td::cli::runSession(args);
    if (command == QStringLiteral("worklist"))
        return td::cli::runWorklist(args);
    if (command == QStringLiteral("lock"))
        return td::cli::runLock(args);
    if (command == QStringLiteral("missing-forms"))
        return td::cli::runMissingForms(args);
    if (command == QStringLiteral("query"))
        return td::cli::runQuery(args);
    if (command == QStringLiteral("dde"))
        return td::cli::runDde(args);
    if (command == QStringLiteral("verify-source"))
        return td::cli::runVerifySource(args);
    if (command == QStringLiteral("unlock"))
        return td::cli::runUnlock(args);
    if (command == QStringLiteral("--help") || command == QStringLiteral("help"))
        return td::cli::usage(0);
    return td::cli::usage(2);
}
