#pragma once

// The blinding adversary (issue 15): everything a blinded outcome assessor can read through
// the core's read paths, and everything in every blinded export format, turned into features
// per randomized participant (session counts and kinds, dates, rater names, status timing,
// alert dates, ...). For each feature a lookup table tries to predict the arm; its accuracy is
// compared with always guessing the largest arm. Literal leaks (an arm's code or name, an
// unblinded user's name, a treatment-phase status) are reported apart.

#include "common/Result.h"

#include <QStringList>
#include <string>
#include <vector>

namespace td {
class Database;
}

namespace tdadv {

struct FeatureAccuracy
{
    QString source; // window, csv_long, csv_wide, sav, dta, odm, sessions
    std::string feature;
    double accuracy = 0; // percent, two-fold cross-validated
};

struct AdversaryResult
{
    int randomized = 0;
    double baseline = 0; // percent in the largest arm
    std::vector<FeatureAccuracy> features;
    QStringList leaks;   // "source: what was found"
    QStringList refused; // export formats that were refused (and why)

    // The best accuracy of a source's features minus the baseline (points).
    double margin(const QString& source) const;
    QStringList sources() const;
};

// Attacks one trial. The window part reads as the first blinded assessor. The exports are made
// by the first statistician: blinded (the data sets a blinded analyst receives) or, with
// `blinded` false, unblinded with the arm column ignored (the control: what a leak looks like).
td::Result<AdversaryResult> attack(td::Database& db, const QString& workDir, bool blinded = true);

} // namespace tdadv
