// trialdesk-cli score / change / scores verify: the scoring engine and change statistics on the
// command line, with the exact interface other tools depend on.

#include "CliCommands.h"
#include "CliSignIn.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "instruments/ScoringEngine.h"
#include "outcomes/ChangeStatistics.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cmath>

namespace td::cli {

namespace {

class CliScoring
{
    Q_DECLARE_TR_FUNCTIONS(CliScoring)
};

// A finite number, or an error naming the option.
Result<std::optional<double>> numberOption(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return std::optional<double>();
    bool ok = false;
    const double v = i + 1 < args.size() ? args[i + 1].toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(v))
        return makeError(ErrorCode::Invalid, CliScoring::tr("%1 needs a number.").arg(name));
    return std::optional<double>(v);
}

} // namespace

int runScore(const QStringList& args)
{
    if (args.isEmpty()) {
        printError(CliScoring::tr("usage: trialdesk-cli score INSTRUMENT ITEM... (NA for a missing "
                                  "item)"));
        return 2;
    }
    auto d = InstrumentCatalog::builtIn().require(args.first());
    if (!d.ok()) {
        printError(d.message());
        return 2;
    }
    auto score = ScoringEngine::score(**d, args.mid(1));
    if (!score.ok()) {
        printError(score.message());
        return 2;
    }
    printOut(score->toJson());
    return 0;
}

int runChange(const QStringList& args)
{
    if (args.isEmpty()) {
        printError(
            CliScoring::tr("usage: trialdesk-cli change INSTRUMENT --baseline X --followup Y "
                           "[--sd S] [--reliability R] [--clinical-mean M1 --clinical-sd "
                           "S1 --functional-mean M0 --functional-sd S0]"));
        return 2;
    }
    auto d = InstrumentCatalog::builtIn().require(args.first());
    if (!d.ok()) {
        printError(d.message());
        return 2;
    }
    static const QStringList known = {QStringLiteral("--baseline"),
                                      QStringLiteral("--followup"),
                                      QStringLiteral("--sd"),
                                      QStringLiteral("--reliability"),
                                      QStringLiteral("--clinical-mean"),
                                      QStringLiteral("--clinical-sd"),
                                      QStringLiteral("--functional-mean"),
                                      QStringLiteral("--functional-sd")};
    for (qsizetype i = 1; i < args.size(); i += 2)
        if (!known.contains(args[i])) {
            printError(CliScoring::tr("Unknown option %1. Allowed: %2.")
                           .arg(args[i], known.join(QStringLiteral(", "))));
            return 2;
        }
    std::optional<double> values[8];
    for (int k = 0; k < 8; ++k) {
        auto v = numberOption(args, known[k]);
        if (!v.ok()) {
            printError(v.message());
            return 2;
        }
        values[k] = *v;
    }
    if (!values[0] || !values[1]) {
        printError(CliScoring::tr("--baseline and --followup are required."));
        return 2;
    }
    ChangeInput in;
    in.baseline = *values[0];
    in.followup = *values[1];
    in.sd = values[2];
    in.reliability = values[3];
    const int normsGiven =
        (values[4] ? 1 : 0) + (values[5] ? 1 : 0) + (values[6] ? 1 : 0) + (values[7] ? 1 : 0);
    if (normsGiven != 0 && normsGiven != 4) {
        printError(CliScoring::tr("Give all four norms (--clinical-mean, --clinical-sd, "
                                  "--functional-mean, --functional-sd) or none."));
        return 2;
    }
    if (normsGiven == 4)
        in.norms = ClinicalNorms{*values[4], *values[5], *values[6], *values[7]};
    auto result = ChangeStatistics::compute(**d, in);
    if (!result.ok()) {
        printError(result.message());
        return 2;
    }
    printOut(result->toJson((*d)->id, in.baseline, in.followup));
    return 0;
}

int runScoresVerify(const QStringList& args)
{
    // Reads only: never creates, upgrades or (without a user) writes the trial.
    auto db = openTrial(option(args, QStringLiteral("--db")), TrialUse::Read, userNamed(args));
    if (!db.ok()) {
        printError(db.message());
        return 2;
    }
    if (Status s = signInIfNamed(**db, args); !s.ok()) {
        printError(s.message());
        return 3;
    }
    auto catalog = InstrumentCatalog::load(**db);
    if (!catalog.ok()) {
        printError(catalog.message());
        return 2;
    }
    auto check = ScoreRepository::verify(**db, *catalog);
    if (!check.ok()) {
        printError(check.message());
        return 2;
    }
    for (const ScoreMismatch& m : check->mismatches)
        printError(CliScoring::tr("assessment %1 (%2): stored %3, recomputed %4")
                       .arg(m.assessmentId)
                       .arg(m.instrumentId,
                            m.stored.isEmpty() ? CliScoring::tr("(nothing)") : m.stored,
                            m.recomputed));
    if (!check->mismatches.empty()) {
        printError(CliScoring::tr("%1 of %2 stored scores do not match their answers.")
                       .arg(check->mismatches.size())
                       .arg(check->checked));
        return 1;
    }
    printOut(CliScoring::tr("scores consistent: %1 assessments recomputed").arg(check->checked));
    return 0;
}

} // namespace td::cli
