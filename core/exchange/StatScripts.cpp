#include "exchange/StatScripts.h"

#include <QFileInfo>

namespace td {

namespace {

// read_trialdesk_<name>_<suffix>: a .sav and a .dta of one name keep scripts of their own.
QString scriptBase(const QString& fileName)
{
    const QFileInfo info(fileName);
    return QStringLiteral("read_trialdesk_") + info.completeBaseName() + QLatin1Char('_') +
           info.suffix();
}

QString rList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    return QStringLiteral("c(") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString rScript(const QString& fileName, bool stata, const QStringList& factors,
                const QStringList& scored, bool longLayout)
{
    QString s =
        QStringLiteral("# Written by TrialDesk beside %1: loads it with haven, with labels, factor "
                       "levels and dates.\n"
                       "# Run it from the folder that holds the file: source(\"%2.R\")\n"
                       "# The codebook export lists every variable, its codes and its labels.\n"
                       "library(haven)\n"
                       "trialdesk_file <- \"%1\"\n")
            .arg(fileName, scriptBase(fileName));
    if (stata)
        s += QStringLiteral("raw <- read_dta(trialdesk_file)\n"
                            "# \"Assessed but not scorable\" is the tagged missing .a.\n"
                            "not_scorable <- function(x) is_tagged_na(x, \"a\")\n");
    else
        s += QStringLiteral(
            "raw <- read_sav(trialdesk_file, user_na = TRUE)\n"
            "# \"Assessed but not scorable\" is a user-missing code outside the scale's range.\n"
            "not_scorable <- function(x) is.na(x) & !is.na(unclass(x))\n");
    s += QStringLiteral("trialdesk <- raw\n"
                        "for (v in intersect(%1, names(raw)))\n"
                        "    trialdesk[[paste0(v, \"_not_scorable\")]] <- not_scorable(raw[[v]])\n"
                        "trialdesk <- zap_missing(trialdesk)\n"
                        "# Codes become factors whose levels are their labels, in code order.\n"
                        "for (v in intersect(%2, names(trialdesk)))\n"
                        "    trialdesk[[v]] <- as_factor(trialdesk[[v]], levels = \"labels\")\n"
                        "# Items, scores and counts are plain numbers; dates stay dates.\n"
                        "trialdesk <- zap_labels(trialdesk)\n")
             .arg(rList(scored), rList(factors));
    if (longLayout)
        s += QStringLiteral(
            "# One row per participant x visit x instrument: a mixed model of one instrument,\n"
            "# e.g. with lme4:\n"
            "# phq9 <- subset(trialdesk, instrument == levels(trialdesk$instrument)[1])\n"
            "# lme4::lmer(total ~ weeks_since_randomization * arm + (1 | study_id), data = "
            "phq9)\n");
    return s;
}

QString doFile(const QString& fileName, bool stata, const QStringList& factors, bool longLayout)
{
    QString s = QStringLiteral("* Written by TrialDesk beside %1: opens it with its value labels "
                               "and dates.\n"
                               "* Run it from the folder that holds the file: do %2.do\n")
                    .arg(fileName, scriptBase(fileName));
    s += stata ? QStringLiteral("use \"%1\", clear\n").arg(fileName)
               : QStringLiteral("import spss using \"%1\", clear\n").arg(fileName);
    s += QStringLiteral("* Coded variables keep their numbers with value labels attached:\n"
                        "* %1.\n"
                        "* Dates are %td; \"assessed but not scorable\" is .a in a .dta file and\n"
                        "* a user-missing code in a .sav file (the codebook names it).\n"
                        "describe\n")
             .arg(factors.join(QStringLiteral(", ")));
    if (longLayout)
        s += QStringLiteral("* One row per participant x visit x instrument: a mixed model of "
                            "one instrument, e.g.\n"
                            "* encode study_id, generate(participant)\n"
                            "* mixed total c.weeks_since_randomization##i.arm if instrument == 1 "
                            "|| participant:\n");
    return s;
}

} // namespace

std::vector<std::pair<QString, QByteArray>> statScripts(const QString& fileName, bool stata,
                                                        const QStringList& factors,
                                                        const QStringList& scored, bool longLayout)
{
    const QString base = scriptBase(fileName);
    return {{base + QStringLiteral(".R"),
             rScript(fileName, stata, factors, scored, longLayout).toUtf8()},
            {base + QStringLiteral(".do"), doFile(fileName, stata, factors, longLayout).toUtf8()}};
}

} // namespace td
