#include "instruments/ScoringEngine.h"

#include "instruments/BranchingLogic.h"
#include "instruments/ItemNumber.h"

#include <algorithm>
#include <cmath>

namespace td {

QString ScoringEngine::allowedValues(const ItemDefinition& item)
{
    QStringList missingCodes;
    for (int code : item.missingCodes)
        missingCodes << ItemNumber::show(code, item.decimals);
    const QString missing =
        missingCodes.isEmpty()
            ? tr("NA for missing")
            : tr("NA or the missing codes %1").arg(missingCodes.join(QStringLiteral(", ")));
    if (!item.choices.empty()) {
        QStringList codes;
        for (const auto& [code, label] : item.choices)
            if (std::find(item.missingCodes.begin(), item.missingCodes.end(), code) ==
                item.missingCodes.end())
                codes << QString::number(code);
        return tr("%1, or %2").arg(codes.join(QStringLiteral(", ")), missing);
    }
    if (item.decimals > 0)
        return tr("%1 to %2 with at most %n decimal place(s), or %3", nullptr, item.decimals)
            .arg(ItemNumber::show(item.min, item.decimals),
                 ItemNumber::show(item.max, item.decimals), missing);
    if (item.letters.isEmpty())
        return tr("%1 to %2, or %3").arg(item.min).arg(item.max).arg(missing);
    QStringList values;
    int firstLettered = 0;
    for (int v = item.min; v <= item.max; ++v) {
        if (v == 0) {
            values << QStringLiteral("0");
            continue;
        }
        firstLettered = firstLettered == 0 ? v : firstLettered;
        for (const QString& l : item.letters)
            values << QString::number(v) + l;
    }
    return tr("%1; a digit alone (%2 to %3) when the direction was not recorded; or NA for "
              "missing")
        .arg(values.join(QStringLiteral(", ")))
        .arg(firstLettered)
        .arg(item.max);
}

double ScoringEngine::prorate(double sum, int items, int answered)
{
    // Round half up on exact integer arithmetic where the sum is a whole number >= 0.
    if (sum >= 0 && sum == std::floor(sum)) {
        const auto s = static_cast<long long>(sum);
        return static_cast<double>((2 * s * items + answered) / (2LL * answered));
    }
    return std::floor(sum * items / answered + 0.5);
}

Status ScoringEngine::parseItem(const InstrumentDefinition& d, int index, const QString& raw,
                                ItemValue& v)
{
    const ItemDefinition& item = d.items[static_cast<std::size_t>(index)];
    QStringView text = QStringView(raw).trimmed();
    v = ItemValue();
    if (text == QLatin1String("NA"))
        return {};
    auto refuse = [&](const QString& why) -> Error {
        return makeError(ErrorCode::Invalid,
                         tr("Item %1 of %2 has the value \"%3\": %4. "
                            "Allowed: %5.")
                             .arg(item.id, d.shortName, raw, why, allowedValues(item)));
    };
    if (item.decimals > 0) {
        int units = 0;
        switch (ItemNumber::read(text, item.decimals, units)) {
        case ItemNumber::Read::NotANumber:
            return refuse(tr("not a number (write the decimals after a point, as in %1)")
                              .arg(ItemNumber::write(item.max, item.decimals)));
        case ItemNumber::Read::TooManyDecimals:
            return refuse(tr("more than %n decimal place(s)", nullptr, item.decimals));
        case ItemNumber::Read::Ok:
            break;
        }
        v.value = units;
        if (std::find(item.missingCodes.begin(), item.missingCodes.end(), units) !=
            item.missingCodes.end())
            return {}; // a missing code: kept, counted as missing
        if (units < item.min || units > item.max)
            return refuse(tr("out of range"));
        v.missing = false;
        return {};
    }
    bool numberBeforeLetter = false;
    if (text.size() >= 2 && text.back().isLetter())
        (void)text.chopped(1).toInt(&numberBeforeLetter);
    if (numberBeforeLetter) {
        const QChar letter = text.back();
        text.chop(1);
        if (item.letters.isEmpty())
            return refuse(tr("a letter is allowed only on items that ask for one"));
        if (!item.letters.contains(QString(letter)))
            return refuse(
                tr("the letter is not one of %1").arg(item.letters.join(QStringLiteral(", "))));
        v.letter = letter.toLatin1();
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok)
        return refuse(tr("not a whole number"));
    if (v.letter == 0 && std::find(item.missingCodes.begin(), item.missingCodes.end(), number) !=
                             item.missingCodes.end()) {
        v.value = number; // a missing code: kept, counted as missing
        return {};
    }
    if (number < item.min || number > item.max)
        return refuse(tr("out of range"));
    // Coded answers with gaps (1, 3): only the codes are answers.
    if (!item.choices.empty() && std::none_of(item.choices.begin(), item.choices.end(),
                                              [&](const auto& c) { return c.first == number; }))
        return refuse(tr("not one of the answer codes"));
    // A non-zero answer without its letter is the score with the direction not recorded
    // (legacy data, other systems' exports): accepted, and kept as written.
    if (!item.letters.isEmpty() && number == 0 && v.letter != 0)
        return refuse(tr("0 takes no letter"));
    v.value = number;
    v.missing = false;
    return {};
}

Result<std::vector<ItemValue>> ScoringEngine::parse(const InstrumentDefinition& d,
                                                    const QStringList& raw)
{
    const int total = static_cast<int>(d.items.size());
    const int required = d.requiredItems();
    const int given = static_cast<int>(raw.size());
    if (given < required || given > total)
        return makeError(
            ErrorCode::Invalid,
            required == total
                ? tr("%1 has %2 items; %3 were given.").arg(d.shortName).arg(total).arg(given)
                : tr("%1 has %2 items (%3 with the optional ones); %4 were given.")
                      .arg(d.shortName)
                      .arg(required)
                      .arg(total)
                      .arg(given));
    std::vector<ItemValue> values(static_cast<std::size_t>(total));
    for (int i = 0; i < given; ++i)
        TD_TRY(parseItem(d, i, raw[i], values[static_cast<std::size_t>(i)]));
    return values;
}

std::vector<bool> ScoringEngine::asked(const InstrumentDefinition& d,
                                       const std::vector<ItemValue>& values)
{
    std::vector<bool> out(d.items.size(), true);
    auto valueOf = [&](const QString& id) -> QString {
        for (std::size_t i = 0; i < d.items.size() && i < values.size(); ++i) {
            if (d.items[i].id != id)
                continue;
            const ItemValue& v = values[i];
            const auto& codes = d.items[i].missingCodes;
            if (!v.missing || std::find(codes.begin(), codes.end(), v.value) != codes.end())
                return ItemNumber::write(v.value, d.items[i].decimals);
            return QString();
        }
        return QString();
    };
    for (std::size_t i = 0; i < d.items.size(); ++i)
        if (!d.items[i].showIf.isEmpty())
            out[i] = BranchingLogic::shows(d.items[i].showIf, valueOf);
    return out;
}

Status ScoringEngine::checkRequired(const InstrumentDefinition& d,
                                    const std::vector<ItemValue>& values)
{
    const std::vector<bool> shown = asked(d, values);
    QStringList empty;
    for (std::size_t i = 0; i < d.items.size(); ++i)
        if (d.items[i].required && shown[i] &&
            (i >= values.size() ||
             (values[i].missing &&
              std::find(d.items[i].missingCodes.begin(), d.items[i].missingCodes.end(),
                        values[i].value) == d.items[i].missingCodes.end())))
            empty << d.items[i].id; // NA; a missing code is an answer ("Vet ikke")
    if (empty.isEmpty())
        return {};
    return makeError(ErrorCode::Invalid,
                     tr("%1 requires an answer to item %2: it is asked (its branching logic "
                        "shows it) and left empty. Answer it, or save the assessment as a "
                        "draft.",
                        nullptr, static_cast<int>(empty.size()))
                         .arg(d.shortName, empty.join(QStringLiteral(", "))));
}

Score ScoringEngine::score(const InstrumentDefinition& d, const std::vector<ItemValue>& values)
{
    Score s;
    s.instrumentId = d.id;
    int scored = 0;
    int answered = 0;
    const std::vector<bool> shown = asked(d, values);
    // Summed exactly in the smallest unit of the scored items (items with decimals), then
    // divided once.
    int places = 0;
    for (const ItemDefinition& item : d.items)
        places = item.scored ? std::max(places, item.decimals) : places;
    long long units = 0;
    for (std::size_t i = 0; i < d.items.size(); ++i) {
        if (!d.items[i].scored || !shown[i])
            continue;
        ++scored;
        if (!values[i].missing) {
            ++answered;
            units += static_cast<long long>(values[i].value) *
                     ItemNumber::scale(places - d.items[i].decimals);
        }
    }
    const double sum = static_cast<double>(units) / ItemNumber::scale(places);
    const int missing = scored - answered;
    s.complete = missing == 0;
    if (d.total == TotalMethod::Sum) {
        if (d.totalIsMean && answered == 0) {
            // the mean of nothing: no total
        } else if (missing == 0 || (d.missing == MissingRule::Skip && answered > 0)) {
            s.total = d.totalIsMean ? sum / answered : sum;
        } else if (d.missing == MissingRule::Prorate && missing <= d.maxMissing) {
            s.total = prorate(sum, scored, answered);
            s.prorated = true;
        }
    }
    if (s.total)
        if (const BandDefinition* b = d.band(*s.total))
            s.band = b->key;
    for (const FlagDefinition& f : d.flags) {
        const ItemValue& v = values[static_cast<std::size_t>(f.itemIndex)];
        if (!v.missing && v.value > f.above)
            s.flags << f.key;
    }
    for (const SubscaleDefinition& sub : d.subscales) {
        double subSum = 0;
        int subAnswered = 0;
        for (const SubscaleItem& si : sub.items) {
            const ItemValue& v = values[static_cast<std::size_t>(si.index)];
            if (v.missing)
                continue;
            ++subAnswered;
            if (si.recode.isEmpty()) {
                subSum += d.items[static_cast<std::size_t>(si.index)].number(v.value);
            } else {
                const auto& table = d.recodes.at(si.recode);
                const auto hit = table.find(v.value);
                subSum += hit == table.end() ? v.value : hit->second;
            }
        }
        const int subMissing = static_cast<int>(sub.items.size()) - subAnswered;
        std::optional<double> value;
        if (subAnswered > 0 && subMissing <= sub.maxMissing)
            value = sub.mean ? subSum / subAnswered
                             : subSum * static_cast<double>(sub.items.size()) / subAnswered;
        s.subscales.emplace_back(sub.id, value);
    }
    return s;
}

Result<Score> ScoringEngine::score(const InstrumentDefinition& d, const QStringList& raw)
{
    auto values = parse(d, raw);
    TD_TRY(values);
    return score(d, *values);
}

} // namespace td
