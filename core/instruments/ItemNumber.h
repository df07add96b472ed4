#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace td {

// Items with decimals (a REDCap number_1dp field, a lab value). A value is held as a whole
// number of the item's smallest unit: 2.5 on an item with one decimal is 25, so scoring,
// storage and comparisons stay exact. An item's min, max and missing codes are held in the
// same unit; only reading and showing convert. Stored answers are written with a decimal point
// ("2.5") whatever the language; the entry form takes the language's decimal comma too.
namespace ItemNumber {

inline constexpr int maxDecimals = 4;

int scale(int decimals); // 10 to the power of decimals
double toDouble(int units, int decimals);
// The units of a JSON number (10.5 with one decimal: 105), or nothing when it has more decimals
// than the item allows.
std::optional<int> fromDouble(double value, int decimals);

// "2.5" for 25 with one decimal, "-0.25", "3" (trailing zeros are left off): the way stored
// answers and the analysis files write the value.
QString write(int units, int decimals);
// As write(), with the current language's decimal separator (QLocale(): "2,5" in Bokmål).
QString show(int units, int decimals);

enum class Read { Ok, NotANumber, TooManyDecimals };
// Reads "2.5", "-0.25", "3", "2.50" (a decimal point; no sign but '-', no exponent, no digit
// groups). More significant decimals than `decimals` is TooManyDecimals.
Read read(QStringView text, int decimals, int& units);

// Whether two stored answers are the same: the same text, or the same number written
// differently ("2.5" and "2.50", "3" and "03"). Double data entry compares with it.
bool sameAnswer(const QString& a, const QString& b);

// What the entry form keeps of a typed answer: the language's decimal comma becomes the stored
// decimal point ("2,5" -> "2.5"); anything else is left as typed.
QString fromTyped(const QString& typed);
// The stored answer as the current language writes it ("2.5" -> "2,5" in Bokmål).
QString toShown(const QString& stored);

} // namespace ItemNumber

} // namespace td
