#include "CliArgs.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationReplay.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Simulation.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <charconv>
#include <cstdio>
#include <string>

namespace td::cli {

namespace {
// The translation context of the randomization commands.
class CliRandomization
{
    Q_DECLARE_TR_FUNCTIONS(CliRandomization)
};

QString usageText()
{
    return CliRandomization::tr(
        "usage:\n"
        "  trialdesk-cli randomization simulate --method block|minimization --ratio 3:2:1\n"
        "      [--blocks 6,12] [--strata 4x2] [--q 0.8] --participants N --seed S\n"
        "  trialdesk-cli randomization replay --db FILE [--user NAME]\n"
        "  trialdesk-cli randomization setup --db FILE --user STATISTICIAN --sign\n"
        "      --method block --blocks 6,12 [--factors site,severity] [--seed S]\n"
        "      | --method minimization --factors site=1,severity=2 [--q 0.8] [--reason R]\n"
        "    --sign: the statistician approves the settings (and the list) with an electronic\n"
        "    signature: the password is asked again (or read from TRIALDESK_PASSWORD)\n"
        "  trialdesk-cli randomization extend --db FILE --user STATISTICIAN --stratum KEY\n"
        "    continues a stratum's list from its seed before it runs out (on a server only the\n"
        "    statistician's login reads the seed)");
}

// Bad arguments: the message and the usage on stderr, nothing on stdout, exit code 2.
int bad(const QString& message)
{
    printError(message);
    printError(usageText());
    return 2;
}

// "--name value" pairs, each name allowed and given once. Empty with `error` set otherwise.
QHash<QString, QString> options(const QStringList& args, const QStringList& allowed, QString& error)
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < args.size(); i += 2) {
        const QString& name = args[i];
        if (!allowed.contains(name)) {
            error = CliRandomization::tr("Unknown option \"%1\"; allowed: %2.")
                        .arg(name, allowed.join(QStringLiteral(", ")));
            return {};
        }
        if (i + 1 >= args.size()) {
            error = CliRandomization::tr("Option %1 needs a value.").arg(name);
            return {};
        }
        if (out.contains(name)) {
            error = CliRandomization::tr("Option %1 is given twice; give it once.").arg(name);
            return {};
        }
        out.insert(name, args[i + 1]);
    }
    return out;
}

// Positive whole numbers separated by `separator` ("3:2:1", "6,12", "4x2").
bool parseList(const QString& text, QChar separator, std::vector<int>& out)
{
    out.clear();
    for (const QString& part : text.split(separator)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v < 1)
            return false;
        out.push_back(v);
    }
    return !out.empty();
}

void append(std::string& out, std::int64_t v)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    out.append(buffer, end);
}
} // namespace

int runRandomizationSimulate(const QStringList& args)
{
    const QStringList allowed = {QStringLiteral("--method"), QStringLiteral("--ratio"),
                                 QStringLiteral("--blocks"), QStringLiteral("--strata"),
                                 QStringLiteral("--q"),      QStringLiteral("--participants"),
                                 QStringLiteral("--seed")};
    QString error;
    const QHash<QString, QString> o = options(args, allowed, error);
    if (!error.isEmpty())
        return bad(error);
    for (const char* required : {"--method", "--ratio", "--participants", "--seed"})
        if (!o.contains(QString::fromLatin1(required)))
            return bad(
                CliRandomization::tr("Option %1 is required.").arg(QString::fromLatin1(required)));
    SimulationSpec spec;
    const QString method = o.value(QStringLiteral("--method"));
    if (method == QStringLiteral("block"))
        spec.method = SimulationSpec::Method::Blocks;
    else if (method == QStringLiteral("minimization"))
        spec.method = SimulationSpec::Method::Minimization;
    else
        return bad(CliRandomization::tr("--method \"%1\" is not allowed: use block or "
                                        "minimization.")
                       .arg(method));
    const bool blocks = spec.method == SimulationSpec::Method::Blocks;
    if (!parseList(o.value(QStringLiteral("--ratio")), QLatin1Char(':'), spec.ratios))
        return bad(CliRandomization::tr("--ratio \"%1\" is not allowed: give whole numbers of at "
                                        "least 1 separated by colons, e.g. 3:2:1.")
                       .arg(o.value(QStringLiteral("--ratio"))));
    if (o.contains(QStringLiteral("--blocks"))) {
        if (!blocks)
            return bad(CliRandomization::tr("--blocks applies to --method block only."));
        if (!parseList(o.value(QStringLiteral("--blocks")), QLatin1Char(','), spec.blockLengths))
            return bad(CliRandomization::tr("--blocks \"%1\" is not allowed: give block lengths "
                                            "separated by commas, e.g. 6,12.")
                           .arg(o.value(QStringLiteral("--blocks"))));
    }
    if (o.contains(QStringLiteral("--strata")) &&
        !parseList(o.value(QStringLiteral("--strata")).toLower(), QLatin1Char('x'), spec.levels))
        return bad(CliRandomization::tr("--strata \"%1\" is not allowed: give the levels of each "
                                        "factor separated by x, e.g. 4x2 (or 8).")
                       .arg(o.value(QStringLiteral("--strata"))));
    if (o.contains(QStringLiteral("--q"))) {
        if (blocks)
            return bad(CliRandomization::tr("--q applies to --method minimization only."));
        bool ok = false;
        spec.q = o.value(QStringLiteral("--q")).toDouble(&ok);
        if (!ok)
            return bad(CliRandomization::tr("--q \"%1\" is not a number; use 0.5 to 1, e.g. 0.8.")
                           .arg(o.value(QStringLiteral("--q"))));
    }
    bool ok = false;
    spec.participants = o.value(QStringLiteral("--participants")).toLongLong(&ok);
    if (!ok)
        return bad(CliRandomization::tr("--participants must be a whole number from 1 to %1.")
                       .arg(Simulation::maxParticipants));
    spec.seed = o.value(QStringLiteral("--seed")).toULongLong(&ok);
    if (!ok)
        return bad(CliRandomization::tr("--seed must be a whole number from 0 to "
                                        "18446744073709551615."));
    if (const QString problem = Simulation::problem(spec); !problem.isEmpty())
        return bad(problem);

    std::string out = "participant,stratum,arm\n";
    out.reserve(1 << 20);
    std::int64_t participant = 0;
    const Status run = Simulation::run(spec, [&](const SimulatedAllocation& a) {
        append(out, ++participant);
        out += ',';
        append(out, a.stratum + 1);
        out += ',';
        append(out, a.arm + 1);
        out += '\n';
        if (out.size() > (1 << 20) - 64) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    });
    if (!run.ok())
        return bad(run.message());
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

int runRandomizationReplay(const QStringList& args)
{
    QString error;
    const QHash<QString, QString> o =
        options(args, {QStringLiteral("--db"), QStringLiteral("--user")}, error);
    if (!error.isEmpty())
        return bad(error);
    const QString path = o.value(QStringLiteral("--db"));
    if (path.isEmpty())
        return bad(CliRandomization::tr("--db FILE is required."));
    auto db = openTrial(path, TrialUse::Read, userNamed(args)); // reads only
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    if (Status s = signInIfNamed(**db, args); !s.ok()) {
        printError(s.message());
        return 3;
    }
    auto report = RandomizationReplay::run(**db);
    if (!report.ok()) {
        printError(report.message());
        return 2;
    }
    for (const ReplayProblem& p : report->problems)
        printOut(p.sequence > 0 ? CliRandomization::tr("MISMATCH allocation %1 (%2): %3")
                                      .arg(p.sequence)
                                      .arg(p.studyId, p.problem)
                                : CliRandomization::tr("MISMATCH %1").arg(p.problem));
    const QString summary =
        CliRandomization::tr("%1 allocation lists, %2 block and %3 minimization allocations "
                             "replayed")
            .arg(report->lists)
            .arg(report->blockAllocations)
            .arg(report->minimizationAllocations);
    if (report->allMatch()) {
        printOut(CliRandomization::tr("%1: all match.").arg(summary));
        return 0;
    }
    printOut(CliRandomization::tr("%1: %2 mismatches.").arg(summary).arg(report->problems.size()));
    return 1;
}

int runRandomizationSetup(const QStringList& raw)
{
    QString error;
    auto args =
        Args::parse(raw,
                    {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--method"),
                     QStringLiteral("--blocks"), QStringLiteral("--factors"), QStringLiteral("--q"),
                     QStringLiteral("--seed"), QStringLiteral("--reason")},
                    {QStringLiteral("--json"), QStringLiteral("--sign")}, error);
    if (!args)
        return bad(error);
    RandomizationSettings settings;
    const auto method = randomizationMethodFromKey(args->value(QStringLiteral("--method")));
    if (!method)
        return bad(CliRandomization::tr("--method must be block or minimization."));
    settings.method = *method;
    if (settings.method == RandomizationMethod::PermutedBlocks) {
        std::vector<int> lengths;
        if (!parseList(args->value(QStringLiteral("--blocks")), QLatin1Char(','), lengths))
            return bad(CliRandomization::tr("--blocks needs block lengths such as 6,12."));
        for (int l : lengths)
            settings.blockLengths << l;
    }
    if (args->has(QStringLiteral("--q"))) {
        bool ok = false;
        settings.q = args->value(QStringLiteral("--q")).toDouble(&ok);
        if (!ok)
            return bad(CliRandomization::tr("--q needs a number such as 0.8."));
    }
    int code = 0;
    auto session = openSession(*args, code);
    if (!session)
        return code;
    Database& db = *session->db;
    const Actor& actor = session->actor;
    auto protocol = ProtocolRepository(db).load(actor);
    if (!protocol.ok())
        return refuse(protocol.error());
    for (const QString& part :
         args->value(QStringLiteral("--factors")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString codeName = part.trimmed();
        QString weight = QStringLiteral("1");
        if (codeName.contains(QLatin1Char('=')))
            splitPair(part, codeName, weight);
        const StratFactor* found = nullptr;
        QStringList known;
        for (const StratFactor& f : protocol->factors) {
            known << f.code;
            if (f.code == codeName)
                found = &f;
        }
        bool ok = false;
        const double w = weight.toDouble(&ok);
        if (!found || !ok)
            return bad(CliRandomization::tr("--factors: \"%1\" is not a stratification factor "
                                            "of the protocol with a weight; its factors are %2.")
                           .arg(part, known.join(QStringLiteral(", "))));
        settings.factors.push_back({found->id, w});
    }
    // The settings, and the list made from them, are approved with one signing.
    QString statement = ElectronicSignatures::statement(QStringLiteral("randomization_settings"),
                                                        SignatureMeaning::Approval);
    if (settings.method == RandomizationMethod::PermutedBlocks)
        statement +=
            QLatin1Char(' ') + ElectronicSignatures::statement(QStringLiteral("allocation_list"),
                                                               SignatureMeaning::Approval);
    auto signWith = signature(args->has(QStringLiteral("--sign")), actor, statement);
    if (!signWith.ok())
        return refuse(signWith.error());
    auto saved = RandomizationSettingsRepository(db).save(actor, settings, *signWith,
                                                          args->value(QStringLiteral("--reason")));
    if (!saved.ok())
        return refuse(saved.error());
    if (settings.method == RandomizationMethod::Minimization) {
        printOut(
            CliRandomization::tr("Randomization set up: minimization, q = %1.").arg(settings.q));
        return 0;
    }
    AllocationListRepository lists(db);
    Result<AllocationListInfo> list = AllocationListInfo{};
    if (const QString seed = args->value(QStringLiteral("--seed")); !seed.isEmpty()) {
        bool ok = false;
        const quint64 s = seed.toULongLong(&ok);
        if (!ok)
            return bad(CliRandomization::tr("--seed needs a whole number."));
        list = lists.generateWithSeed(actor, s, *signWith);
    } else {
        list = lists.generate(actor, *signWith);
    }
    if (!list.ok())
        return refuse(list.error());
    if (args->json()) {
        printJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("block")},
                              {QStringLiteral("list_entries"), list->entries},
                              {QStringLiteral("strata"), list->strata},
                              {QStringLiteral("list_sha256"), list->sha256}});
        return 0;
    }
    printOut(CliRandomization::tr("Randomization set up: permuted blocks; allocation list of %1 "
                                  "entries in %2 strata generated (SHA-256 %3).")
                 .arg(list->entries)
                 .arg(list->strata)
                 .arg(list->sha256));
    return 0;
}

int runRandomizationExtend(const QStringList& raw)
{
    QString error;
    auto args = Args::parse(
        raw, {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--stratum")},
        {QStringLiteral("--json")}, error);
    if (!args)
        return bad(error);
    const QString stratum = args->value(QStringLiteral("--stratum"));
    if (stratum.isEmpty())
        return bad(CliRandomization::tr("--stratum KEY is required (the stratum a refused "
                                        "randomization names)."));
    int code = 0;
    auto session = openSession(*args, code);
    if (!session)
        return code;
    auto added = AllocationListRepository(*session->db).extend(session->actor, stratum);
    if (!added.ok())
        return refuse(added.error());
    if (args->json()) {
        printJson(QJsonObject{{QStringLiteral("stratum"), stratum},
                              {QStringLiteral("entries_added"), *added}});
        return 0;
    }
    printOut(CliRandomization::tr("Stratum %1 extended by %2 entries of the allocation list.")
                 .arg(stratum)
                 .arg(*added));
    return 0;
}

int runRandomization(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QStringLiteral("setup"))
        return runRandomizationSetup(args.mid(1));
    if (sub == QStringLiteral("simulate"))
        return runRandomizationSimulate(args.mid(1));
    if (sub == QStringLiteral("replay"))
        return runRandomizationReplay(args.mid(1));
    if (sub == QStringLiteral("extend"))
        return runRandomizationExtend(args.mid(1));
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("help")) {
        printOut(usageText());
        return 0;
    }
    return bad(sub.isEmpty() ? CliRandomization::tr("randomization needs a subcommand.")
                             : CliRandomization::tr("Unknown randomization subcommand \"%1\"; "
                                                    "allowed: simulate, replay, setup, extend.")
                                   .arg(sub));
}

} // namespace td::cli
