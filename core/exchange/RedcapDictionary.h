#pragma once

#include "exchange/ImportReport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <vector>

namespace td {

// One REDCap form turned into an instrument definition (resources/instruments/README.md).
struct RedcapForm
{
    QString id;      // the instrument id: the form name
    qint64 line = 0; // where the form's first field is
    int items = 0;
    int fields = 0;  // the dictionary's fields it holds: items, calculations, other fields
    QByteArray json; // the definition, with the REDCap metadata kept
    // What was made, one translated sentence: items, total, what is kept as metadata only,
    // and that branching logic and required flags are stored but not enforced.
    QString summary;
};

// How a dictionary is read.
struct RedcapOptions
{
    QStringList forms;   // only these forms (empty: every form)
    bool strict = false; // whatever would be skipped refuses the file instead
    // Per form, whether higher scores are better (true) or worse (false), as asked; a form not
    // named takes a field's @DIRECTION=HIGHER_IS_BETTER (or _WORSE) action tag, else "higher
    // is worse", which its summary says was assumed.
    QHash<QString, bool> higherIsBetter;
    // Missing data codes (--missing -1,99; REDCap's project-wide "missing data codes"): on
    // every item that is not a checkbox, an answer of one of these codes is kept but counted
    // as missing, and a choice with such a code is no value of the item's range. A field's
    // @MISSING action tag adds its own (@MISSING="-1, Vet ikke | 99, Ikke aktuelt" or
    // @MISSING=-1,99); @NOMISSING leaves the field out of these. A code within an item's
    // range is not a missing code of that item.
    std::vector<int> missingCodes;
};

// Reads a REDCap data dictionary (the CSV of Project Setup > Data Dictionary, or the
// snake_case header of the API's metadata export) and turns each form into an instrument
// definition:
//  - radio, dropdown: an item with the coded choices (whole numbers; with gaps, only the
//    codes are answers; codes declared missing are missing codes, not values);
//  - yesno (1 Yes, 0 No), truefalse (1 True, 0 False): a 0-1 item;
//  - checkbox: one 0-1 item per choice, named field___code as in REDCap's exports;
//  - text with integer validation and a min and max: an item with that range; with number
//    validation (number_1dp ... number_4dp and their _comma_decimal forms: that many decimal
//    places; number, number_comma_decimal, float: the places written in min and max, at
//    least 2) and a min and max: an item with decimals (ItemNumber);
//    slider with a min and max: an item with that range;
//  - calc: kept as formula metadata, not an item; the first calc that is a plain sum or mean
//    of the form's items becomes the instrument's total (items it leaves out are not scored):
//    [a]+[b]... needs every item, sum([a],[b],...) and mean(...) skip blank items as REDCap
//    does; otherwise the instrument has no total;
//  - branching logic BranchingLogic evaluates becomes the item's show_if, a required flag
//    on an item its "required": both enforced in entry; the summary names the fields whose
//    branching logic or required flag is not (other fields, expressions it cannot evaluate);
//  - descriptive, other text and notes fields: kept as metadata, not items;
//  - field notes, branching logic, section headers, annotations, matrix groups, required and
//    identifier flags: kept as metadata on the item or field.
// Whatever cannot be taken is skipped, one line each in report.skipped (the field, its form,
// the line where its record starts as an editor counts it, the reason and at most 200
// characters of the line): file (and signature), sql and unknown field types; a numeric text
// field without a min and max (whole numbers for integer, with at most the field's places for
// number); choices that are not whole numbers;
// a form name that cannot be an instrument id; a form without any item (such as a first form
// of the record id alone). A slider without a range is 0-100, as in REDCap. A calculation that
// scores a free-text field is kept as metadata, not as the total. The file is refused whole
// (report.problems) only when it is not a readable REDCap dictionary (no header, broken CSV,
// no fields), when nothing at all can be taken, when --forms names a form it lacks, or, with
// `strict`, when anything would be skipped.
class RedcapDictionary
{
    Q_DECLARE_TR_FUNCTIONS(RedcapDictionary)

public:
    // Every problem goes to `report` (report.records counts the fields); the forms are
    // returned only when there was none. `fileName` is recorded in each definition's source.
    static std::vector<RedcapForm> parse(QByteArrayView data, const QString& fileName,
                                         ImportReport& report, const RedcapOptions& options = {});
    // A skipped field's or form's line, refused instead under `strict`.
    static void skip(ImportReport& report, bool strict, const ImportProblem& problem);
};

} // namespace td
