#include "instruments/ItemNumber.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace td::ItemNumber {

int scale(int decimals)
{
    int s = 1;
    for (int i = 0; i < decimals; ++i)
        s *= 10;
    return s;
}

double toDouble(int units, int decimals)
{
    return decimals == 0 ? static_cast<double>(units)
                         : static_cast<double>(units) / static_cast<double>(scale(decimals));
}

std::optional<int> fromDouble(double value, int decimals)
{
    const double scaled = value * scale(decimals);
    const double whole = std::round(scaled);
    if (std::fabs(scaled - whole) > 1e-6 || std::fabs(whole) > 2e9)
        return std::nullopt;
    return static_cast<int>(whole);
}

QString write(int units, int decimals)
{
    if (decimals == 0)
        return QString::number(units);
    const int s = scale(decimals);
    const bool negative = units < 0;
    const long long magnitude = std::llabs(static_cast<long long>(units));
    QString fraction = QString::number(magnitude % s).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString out = QString::number(magnitude / s);
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + out : out;
}

QString show(int units, int decimals)
{
    return toShown(write(units, decimals));
}

namespace {
// "2.50" -> "2.5", "03" -> "3", "-0.0" -> "0"; anything but a plain decimal number as it is.
QString plainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return text;
    QString whole = m.captured(2);
    QString fraction = m.captured(3);
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole.remove(0, 1);
    while (!fraction.isEmpty() && fraction.back() == QLatin1Char('0'))
        fraction.chop(1);
    const bool zero = whole == QLatin1String("0") && fraction.isEmpty();
    return (zero ? QString() : m.captured(1)) + whole +
           (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
}
} // namespace

bool sameAnswer(const QString& a, const QString& b)
{
    const QString x = a.trimmed();
    const QString y = b.trimmed();
    return x == y || plainNumber(x) == plainNumber(y);
}

Read read(QStringView text, int decimals, int& units)
{
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text[0] == QLatin1Char('-');
    i += negative ? 1 : 0;
    long long whole = 0;
    long long fraction = 0;
    int places = 0;
    int digits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i, ++digits) {
        whole = whole * 10 + (text[i].unicode() - '0');
        if (whole > 100000000)
            return Read::NotANumber;
    }
    if (i < text.size() && text[i] == QLatin1Char('.')) {
        ++i;
        int fractionDigits = 0;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128;
             ++i, ++fractionDigits) {
            const int digit = text[i].unicode() - '0';
            if (fractionDigits >= decimals) {
                if (digit != 0)
                    return Read::TooManyDecimals; // "2.55" on one decimal; "2.50" is 2.5
                continue;
            }
            fraction = fraction * 10 + digit;
            ++places;
        }
        if (fractionDigits == 0)
            return Read::NotANumber; // "2."
        digits += fractionDigits;
    }
    if (i != text.size() || digits == 0)
        return Read::NotANumber;
    for (; places < decimals; ++places)
        fraction *= 10;
    const long long value = whole * scale(decimals) + fraction;
    units = static_cast<int>(negative ? -value : value);
    return Read::Ok;
}

QString fromTyped(const QString& typed)
{
    const QString comma = QLocale().decimalPoint();
    if (comma == QStringLiteral(".") || !typed.contains(comma))
        return typed;
    QString out = typed;
    out.replace(comma, QStringLiteral("."));
    return out;
}

QString toShown(const QString& stored)
{
    const QString point = QLocale().decimalPoint();
    if (point == QStringLiteral(".") || !stored.contains(QLatin1Char('.')))
        return stored;
    QString out = stored;
    out.replace(QStringLiteral("."), point);
    return out;
}

} // namespace td::ItemNumber
