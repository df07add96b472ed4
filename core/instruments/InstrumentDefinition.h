#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace td {

// A label in both interface languages.
struct LocalizedText
{
    QString en;
    QString nb;
    QString in(const QString& language) const
    {
        return language == QStringLiteral("nb") && !nb.isEmpty() ? nb : en;
    }
};

struct ItemDefinition
{
    QString id;
    LocalizedText label; // topic label only, never copyrighted item text
    // Places after the decimal point (0: whole numbers; up to ItemNumber::maxDecimals). With
    // decimals, min, max, missing codes and answers are held in the item's smallest unit
    // (ItemNumber): 2.5 with one decimal is 25.
    int decimals = 0;
    int min = 0;
    int max = 0;
    // e.g. {"a","b"}: non-zero answers carry one (BDI-II items 16, 18), or none when the
    // direction was not recorded (a plain digit).
    QStringList letters;
    bool scored = true;
    bool optional = false; // may be left off the end of the item list
    // The answers' texts by code, when the definition has them (a REDCap dictionary's
    // choices): value labels of the analysis files.
    std::vector<std::pair<int, LocalizedText>> choices;
    // Codes that are answers meaning "missing" (REDCap's missing data codes, "-1 Don't know"):
    // accepted and kept as written, counted as missing, outside min..max.
    std::vector<int> missingCodes;
    // When the item is asked (REDCap branching logic TrialDesk evaluates, BranchingLogic):
    // empty for always. A hidden item is not asked and not counted as missing.
    QString showIf;
    bool required = false; // an asked item left empty refuses the save

    // A value in the item's own unit as a number (25 with one decimal: 2.5).
    double number(int units) const;
};

struct SubscaleItem
{
    int index = 0;  // position in the definition's item list
    QString recode; // name of a recode table, empty for the raw value
};

struct SubscaleDefinition
{
    QString id;
    LocalizedText label;
    bool mean = true; // mean or sum of the (recoded) items
    int maxMissing = 0;
    std::vector<SubscaleItem> items;
};

struct BandDefinition
{
    QString key;
    double min = 0;
    double max = 0;
    LocalizedText label;
};

struct FlagDefinition
{
    QString key;
    int itemIndex = 0;
    int above = 0; // raised when the item's value is greater than this
    LocalizedText label;
};

enum class TotalMethod { Sum, None };
// None: any missing scored item leaves no total; Prorate: up to maxMissing; Skip: the total
// is taken over the answered items alone (REDCap's sum() and mean()), none when none is.
enum class MissingRule { None, Prorate, Skip };
enum class Direction { HigherIsWorse, HigherIsBetter };

// What change statistics need from an instrument (docs/science.md section 2).
struct ChangeDefaults
{
    std::optional<double> reliability;
    std::optional<double> sd; // a published norm; the trial may use its own baseline SD
    std::optional<double> clinicalMean, clinicalSd, functionalMean, functionalSd;
    std::optional<double> reliableChangePoints; // fixed threshold (PHQ-9 6, GAD-7 4)
    std::optional<double> caseness;             // PHQ-9 >= 10, GAD-7 >= 8
    std::optional<double> remissionMax;         // HRSD-17 <= 7
    std::optional<double> responseReduction;    // HRSD-17 0.5
};

// One instrument as data: the scoring engine interprets any definition, built in or added by
// a trial. The JSON format is documented in resources/instruments/README.md.
struct InstrumentDefinition
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentDefinition)

public:
    QString id;
    QString shortName;
    LocalizedText name;
    bool clinicianRated = false;
    Direction direction = Direction::HigherIsWorse;
    std::vector<ItemDefinition> items;
    std::map<QString, std::map<int, int>> recodes;
    TotalMethod total = TotalMethod::Sum;
    MissingRule missing = MissingRule::None;
    int maxMissing = 0;
    bool totalIsMean = false; // the total is the mean of the answered scored items
    double totalMin = 0;
    double totalMax = 0;
    std::vector<SubscaleDefinition> subscales;
    std::vector<BandDefinition> bands;
    std::vector<FlagDefinition> flags;
    ChangeDefaults change;

    int requiredItems() const;
    int scoredItems() const;
    const BandDefinition* band(double total) const;

    static Result<InstrumentDefinition> fromJson(const QJsonObject& json);
    static Result<InstrumentDefinition> fromJson(const QByteArray& json);
};

} // namespace td
