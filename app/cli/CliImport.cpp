// trialdesk-cli import KIND --db FILE --user NAME [--language en|nb] FILE. Every kind validates
// the whole file before writing anything; a refused file is reported as FILE:LINE: COLUMN:
// reason lines on standard error (at most ImportReport::maxProblems, then a count of the rest;
// exit 1). What the import assumed about the file (its delimiter, dates, decimal commas) is
// printed either way. A REDCap dictionary takes what maps and lists what it skipped, with why
// (--strict refuses the file instead; --forms a,b takes those forms; --missing -1,99 declares
// missing data codes; --check writes nothing).
// REDCap records map record ids to participants and events to visits (--records, --events,
// --visit, --date-field, --rater, or a --mapping file); their --check writes nothing and prints
// the mapping it proposes, as JSON, on standard output (the rest goes to standard error).
// Usage errors exit 2. Signing in: CliSignIn.

#include "CliCommands.h"
#include "CliSignIn.h"
#include "exchange/ImportService.h"
#include "instruments/TrialDatabase.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace td::cli {

namespace {

class CliImport
{
    Q_DECLARE_TR_FUNCTIONS(CliImport)
};

QString kindNames()
{
    return ImportService::keys().join(QLatin1Char('|'));
}

int usageError(const QString& message)
{
    printError(message);
    printError(CliImport::tr("usage: trialdesk-cli import %1 --db FILE --user NAME "
                             "[--language en|nb] FILE")
                   .arg(kindNames()));
    printError(CliImport::tr("       trialdesk-cli import redcap-dictionary --db FILE --user NAME "
                             "[--forms A,B] [--direction FORM=better|worse,...] "
                             "[--missing CODE,...] [--check] [--strict] FILE"));
    printError(CliImport::tr("       trialdesk-cli import redcap-records --db FILE --user NAME "
                             "[--mapping FILE.json] [--records ID=STUDYID,...] "
                             "[--events EVENT=VISIT|skip,...] [--visit CODE] "
                             "[--date-field FIELD,...] [--rater USER] [--check] FILE"));
    return 2;
}

} // namespace

int runImport(const QStringList& allArgs)
{
    const QString kindName = allArgs.value(0);
    const std::optional<ImportKind> kind = ImportService::kindFromKey(kindName);
    if (!kind)
        return usageError(
            kindName.isEmpty()
                ? CliImport::tr("Name what to import: %1.").arg(kindNames())
                : CliImport::tr("Unknown import \"%1\"; allowed: %2.").arg(kindName, kindNames()));
    const QStringList args = allArgs.mid(1);
    QStringList files;
    const bool dictionary = *kind == ImportKind::RedcapDictionary;
    const bool records = *kind == ImportKind::RedcapRecords;
    const QStringList recordOptions{QStringLiteral("--mapping"),    QStringLiteral("--records"),
                                    QStringLiteral("--events"),     QStringLiteral("--visit"),
                                    QStringLiteral("--date-field"), QStringLiteral("--rater")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--db") || args[i] == QStringLiteral("--user") ||
            args[i] == QStringLiteral("--language") ||
            (dictionary &&
             (args[i] == QStringLiteral("--forms") || args[i] == QStringLiteral("--direction") ||
              args[i] == QStringLiteral("--missing"))) ||
            (records && recordOptions.contains(args[i]))) {
            if (i + 1 >= args.size())
                return usageError(CliImport::tr("%1 needs a value.").arg(args[i]));
            ++i;
        } else if ((dictionary || records) && args[i] == QStringLiteral("--check")) {
            continue;
        } else if (dictionary && args[i] == QStringLiteral("--strict")) {
            continue;
        } else if (args[i].startsWith(QLatin1String("--"))) {
            return usageError(CliImport::tr("Unexpected option \"%1\".").arg(args[i]));
        } else {
            files << args[i];
        }
    }
    const QString dbPath = option(args, QStringLiteral("--db"));
    if (dbPath.isEmpty() || option(args, QStringLiteral("--user")).isEmpty() || files.size() != 1)
        return usageError(CliImport::tr("--db FILE, --user NAME and one file to import are "
                                        "required."));
    // Dates in a CSV are read as the chosen language writes them (English: 21/11/2026,
    // Norwegian: 21.11.2026), as in the window.
    const QString language = option(args, QStringLiteral("--language"));
    if (!language.isEmpty() && language != QStringLiteral("en") && language != QStringLiteral("nb"))
        return usageError(CliImport::tr("Unknown language \"%1\"; allowed: en, nb.").arg(language));
    QLocale::setDefault(language == QStringLiteral("nb")
                            ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString path = files.front();
    if (!QFileInfo(path).isFile()) {
        printError(CliImport::tr("No file to import at %1.").arg(path));
        return 2;
    }
    // An existing trial only: an empty or foreign file is refused, never given a schema.
    auto db = openTrial(dbPath, TrialUse::Change, true);
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    auto actor = signIn(**db, args);
    if (!actor.ok()) {
        printError(actor.message());
        return 1;
    }
    ImportOptions options;
    options.check = args.contains(QStringLiteral("--check"));
    options.strict = args.contains(QStringLiteral("--strict"));
    for (const QString& form :
         option(args, QStringLiteral("--forms")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.forms << form.trimmed();
    for (const QString& d :
         option(args, QStringLiteral("--direction")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString form = d.section(QLatin1Char('='), 0, 0).trimmed();
        const QString way = d.section(QLatin1Char('='), 1).trimmed();
        if (form.isEmpty() || (way != QStringLiteral("better") && way != QStringLiteral("worse")))
            return usageError(CliImport::tr("--direction takes FORM=better or FORM=worse (higher "
                                            "scores are better or worse), not \"%1\".")
                                  .arg(d));
        options.higherIsBetter.insert(form, way == QStringLiteral("better"));
    }
    if (auto codes = ImportService::missingCodes(option(args, QStringLiteral("--missing")));
        codes.ok())
        options.missingCodes = *codes;
    else
        return usageError(QStringLiteral("--missing: ") + codes.message());
    if (records) {
        const QString mappingPath = option(args, QStringLiteral("--mapping"));
        if (!mappingPath.isEmpty()) {
            auto mapping = RedcapDataMapping::read(mappingPath);
            if (!mapping.ok()) {
                printError(mapping.message());
                return 2;
            }
            options.mapping = *mapping;
        }
        // ID=VALUE pairs, separated by commas.
        auto pairs = [&args](const QString& name, QHash<QString, QString>& into) {
            for (const QString& pair :
                 option(args, name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
                const QString value = pair.section(QLatin1Char('='), 1).trimmed();
                if (key.isEmpty() || value.isEmpty() || !pair.contains(QLatin1Char('=')))
                    return usageError(CliImport::tr("%1 takes NAME=VALUE pairs separated by "
                                                    "commas, not \"%2\".")
                                          .arg(name, pair));
                into.insert(key, value);
            }
            return 0;
        };
        RedcapDataMapping given;
        if (int rc = pairs(QStringLiteral("--records"), given.records))
            return rc;
        if (int rc = pairs(QStringLiteral("--events"), given.events))
            return rc;
        given.visit = option(args, QStringLiteral("--visit"));
        for (const QString& f : option(args, QStringLiteral("--date-field"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts))
            given.dateFields << f.trimmed();
        given.rater = option(args, QStringLiteral("--rater"));
        options.mapping.add(given);
    }
    auto report = ImportService(**db).run(*actor, *kind, path, {}, options);
    if (!report.ok()) {
        printError(report.message());
        return 1;
    }
    // The mapping --check proposes is standard output alone, so it can be redirected to a file.
    const bool proposing = records && options.check;
    for (const QString& assumed : report->assumptions)
        (report->ok() && !proposing ? printOut(assumed) : printError(assumed));
    if (proposing)
        printOut(QString::fromUtf8(report->proposal).trimmed());
    for (const ImportProblem& p : report->skipped)
        printOut(
            CliImport::tr("%1:%2: %3: skipped: %4").arg(path).arg(p.line).arg(p.column, p.reason));
    if (!report->ok()) {
        for (const ImportProblem& p : report->problems) {
            QString where = path;
            if (p.line > 0)
                where += QLatin1Char(':') + QString::number(p.line);
            if (!p.column.isEmpty())
                where += QStringLiteral(": ") + p.column;
            printError(where + QStringLiteral(": ") + p.reason);
        }
        if (report->unlisted > 0)
            printError(
                CliImport::tr("... and %1 more problems, not listed.").arg(report->unlisted));
        printError(CliImport::tr("Nothing was imported from %1; problems found: %2.")
                       .arg(path)
                       .arg(report->problemCount()));
        return 1;
    }
    if (proposing) {
        printError(CliImport::tr("Check only, nothing was written: %1 assessments would be "
                                 "imported from %2.")
                       .arg(report->records)
                       .arg(path));
        return 0;
    }
    if (options.check) {
        printOut(CliImport::tr("Check only, nothing was written: %1 instruments would be made "
                               "from %2; skipped: %3.")
                     .arg(report->assumptions.size())
                     .arg(path)
                     .arg(report->skipped.size()));
        return 0;
    }
    printOut(CliImport::tr("Imported %1 of %2 %3 from %4.")
                 .arg(report->imported)
                 .arg(report->records)
                 .arg(ImportService::recordsName(*kind), path));
    return 0;
}

} // namespace td::cli
