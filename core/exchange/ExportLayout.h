#pragma once

#include "access/Disclosure.h"
#include "instruments/InstrumentCatalog.h"
#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace td {

class Database;

// One variable of an export file, with everything the codebook says about it.
struct ExportVariable
{
    QString name;
    QString label;
    QString type; // string, integer, number, date
    QString allowed;
    std::vector<std::pair<QString, QString>> valueLabels; // code, label
    QString missing;
    QString instrument;
    QString visit;
    QString scoring;
};

// A score variable of the wide layout: one visit x instrument x part (total, band, subscale).
struct WideScore
{
    QString visit;
    QString instrument;
    QString part; // "total", "band" or a subscale id
};

// What every export needs: the protocol, the instruments and what the data set may disclose
// (Disclosure::blinded() for a blinded data set). The rows come from ExportSource, which
// applies the disclosure; the layouts below leave out the columns it withholds.
struct ExportContext
{
    Database& db;
    Protocol protocol;
    InstrumentCatalog catalog;
    Disclosure disclosure;
};

// The column layouts of the analysis files, built from the protocol and the instrument
// definitions, shared by the writers and the codebook so they can never disagree.
class ExportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ExportLayout)

public:
    static constexpr int notScorableCode = -9; // SAV user-missing code for "assessed, no score"
    // A "not scorable" code below every value of a variable whose lowest value is `lowest`:
    // -9, or -99, -999 ... when the scale reaches that far (a change score, a negative scale).
    static double notScorableBelow(double lowest)
    {
        double code = notScorableCode;
        while (code >= lowest)
            code = code * 10 - 9;
        return code;
    }

    // Instruments that appear in the long file (every instrument of the catalog).
    static int maxItems(const ExportContext& ctx);
    static QStringList subscaleIds(const ExportContext& ctx);

    static std::vector<ExportVariable> longVariables(const ExportContext& ctx);
    // The participant columns of the wide file, then one variable per WideScore.
    static std::vector<ExportVariable> wideFixedVariables(const ExportContext& ctx);
    static std::vector<WideScore> wideScores(const ExportContext& ctx);
    static ExportVariable wideScoreVariable(const ExportContext& ctx, const WideScore& s);
    // The SAV "not scorable" code of a wide score: below its lowest value (notScorableBelow).
    static double wideNotScorable(const ExportContext& ctx, const WideScore& s);
    // Whether a wide score can be "assessed but not scorable": a total, band or subscale; not
    // a date, weeks or a session summary, which are there or not.
    static bool mayBeNotScorable(const WideScore& s);
    static std::vector<ExportVariable> sessionVariables(const ExportContext& ctx);
    // The allocation list export (the unblinded statistician's only).
    static std::vector<ExportVariable> allocationVariables(const ExportContext& ctx);
    // The electronic signatures file: one row per signature (docs/audit.md).
    static std::vector<ExportVariable> signatureVariables();

    // A name valid in SPSS and Stata: lower case letters, digits and _, at most 32 characters,
    // not starting with a digit.
    static QString safeName(const QString& name);
    // Human-readable scoring rules of an instrument (proration, recodes, bands).
    static QString scoringText(const InstrumentDefinition& d);
    static QStringList sexCodes();
    // The language of value labels: "nb" while the interface (QLocale's default) is norsk
    // bokmål, else "en". The protocol's and the instruments' own texts in that language.
    static QString language();
};

} // namespace td
