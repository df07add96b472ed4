#include "instruments/InstrumentDefinition.h"

#include "instruments/BranchingLogic.h"
#include "instruments/ItemNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace td {

namespace {

LocalizedText text(const QJsonValue& v)
{
    if (v.isString())
        return {v.toString(), v.toString()};
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("nb")).toString()};
}

std::optional<double> number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

Error invalid(const QString& id, const QString& what)
{
    return makeError(
        ErrorCode::Invalid,
        InstrumentDefinition::tr("Instrument definition \"%1\" is not valid: %2").arg(id, what));
}

int itemIndex(const InstrumentDefinition& d, const QString& itemId)
{
    for (std::size_t i = 0; i < d.items.size(); ++i)
        if (d.items[i].id == itemId)
            return static_cast<int>(i);
    return -1;
}

} // namespace

double ItemDefinition::number(int units) const
{
    return ItemNumber::toDouble(units, decimals);
}

int InstrumentDefinition::requiredItems() const
{
    int n = 0;
    for (const ItemDefinition& item : items)
        n += item.optional ? 0 : 1;
    return n;
}

int InstrumentDefinition::scoredItems() const
{
    int n = 0;
    for (const ItemDefinition& item : items)
        n += item.scored ? 1 : 0;
    return n;
}

const BandDefinition* InstrumentDefinition::band(double value) const
{
    for (const BandDefinition& b : bands)
        if (value >= b.min && value <= b.max)
            return &b;
    return nullptr;
}

Result<InstrumentDefinition> InstrumentDefinition::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::Invalid,
                         tr("The instrument definition is not a JSON object: %1 at offset %2.")
                             .arg(error.errorString())
                             .arg(error.offset));
    return fromJson(doc.object());
}

Result<InstrumentDefinition> InstrumentDefinition::fromJson(const QJsonObject& j)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    InstrumentDefinition d;
    d.id = j.value(QStringLiteral("id")).toString();
    if (!idPattern.match(d.id).hasMatch())
        return invalid(d.id, tr("the id must be 1-32 lower-case letters, digits or '_'."));
    d.name = text(j.value(QStringLiteral("name")));
    d.shortName = j.value(QStringLiteral("short_name")).toString(d.id);
    d.clinicianRated = j.value(QStringLiteral("rater")).toString() == QStringLiteral("clinician");
    d.direction =
        j.value(QStringLiteral("direction")).toString() == QStringLiteral("higher_is_better")
            ? Direction::HigherIsBetter
            : Direction::HigherIsWorse;

    const QJsonArray items = j.value(QStringLiteral("items")).toArray();
    if (items.isEmpty() || items.size() > 200)
        return invalid(d.id, tr("it needs 1 to 200 items."));
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        ItemDefinition item;
        item.id = o.value(QStringLiteral("id")).toString();
        item.label = text(o.value(QStringLiteral("label")));
        item.decimals = o.value(QStringLiteral("decimals")).toInt(0);
        if (item.decimals < 0 || item.decimals > ItemNumber::maxDecimals)
            return invalid(
                d.id,
                tr("item %1: decimals must be 0 to %2.").arg(item.id).arg(ItemNumber::maxDecimals));
        const double minNumber = o.value(QStringLiteral("min")).toDouble();
        const double maxNumber = o.value(QStringLiteral("max")).toDouble();
        const auto minUnits = ItemNumber::fromDouble(minNumber, item.decimals);
        const auto maxUnits = ItemNumber::fromDouble(maxNumber, item.decimals);
        if (!minUnits || !maxUnits)
            return invalid(d.id, tr("item %1: min and max need at most %n decimal place(s).",
                                    nullptr, item.decimals)
                                     .arg(item.id));
        item.min = *minUnits;
        item.max = *maxUnits;
        item.scored = o.value(QStringLiteral("scored")).toBool(true);
        item.optional = o.value(QStringLiteral("optional")).toBool(false);
        for (const QJsonValue& l : o.value(QStringLiteral("letters")).toArray())
            item.letters << l.toString();
        for (const QJsonValue& c : o.value(QStringLiteral("choices")).toArray())
            item.choices.emplace_back(c.toObject().value(QStringLiteral("code")).toInt(),
                                      text(c.toObject().value(QStringLiteral("label"))));
        for (const QJsonValue& m : o.value(QStringLiteral("missing_codes")).toArray()) {
            const auto code = ItemNumber::fromDouble(m.toDouble(), item.decimals);
            if (!code)
                return invalid(d.id, tr("item %1: a missing code needs at most %n decimal "
                                        "place(s).",
                                        nullptr, item.decimals)
                                         .arg(item.id));
            item.missingCodes.push_back(*code);
        }
        item.showIf = o.value(QStringLiteral("show_if")).toString().trimmed();
        item.required = o.value(QStringLiteral("required")).toBool(false);
        if (item.id.isEmpty() || itemIndex(d, item.id) >= 0)
            return invalid(d.id, tr("every item needs an id of its own."));
        if (maxNumber < minNumber || minNumber < -999 || maxNumber > 999)
            return invalid(d.id, tr("item %1 needs min <= max within -999..999.").arg(item.id));
        if (item.decimals > 0 && (!item.letters.isEmpty() || !item.choices.empty()))
            return invalid(d.id, tr("item %1: an item with decimals takes no letters and no "
                                    "answer choices.")
                                     .arg(item.id));
        for (int code : item.missingCodes)
            if (code >= item.min && code <= item.max)
                return invalid(d.id, tr("item %1: the missing code %2 lies within the item's "
                                        "range %3..%4.")
                                         .arg(item.id, ItemNumber::write(code, item.decimals),
                                              ItemNumber::write(item.min, item.decimals),
                                              ItemNumber::write(item.max, item.decimals)));
        d.items.push_back(item);
    }
    for (const ItemDefinition& item : d.items)
        if (!item.showIf.isEmpty())
            if (Status s = BranchingLogic::check(
                    item.showIf, [&](const QString& id) { return itemIndex(d, id) >= 0; });
                !s.ok())
                return invalid(d.id, tr("item %1: its show_if \"%2\" cannot be evaluated: %3.")
                                         .arg(item.id, item.showIf, s.message()));
    bool seenOptional = false;
    for (const ItemDefinition& item : d.items) {
        if (seenOptional && !item.optional)
            return invalid(d.id, tr("optional items must come last."));
        seenOptional = seenOptional || item.optional;
    }

    const QJsonObject recodes = j.value(QStringLiteral("recodes")).toObject();
    for (auto it = recodes.begin(); it != recodes.end(); ++it) {
        std::map<int, int>& table = d.recodes[it.key()];
        const QJsonObject o = it.value().toObject();
        for (auto e = o.begin(); e != o.end(); ++e)
            table[e.key().toInt()] = e.value().toInt();
    }

    const QJsonObject total = j.value(QStringLiteral("total")).toObject();
    d.total = total.value(QStringLiteral("method")).toString() == QStringLiteral("none")
                  ? TotalMethod::None
                  : TotalMethod::Sum;
    d.totalIsMean = total.value(QStringLiteral("method")).toString() == QStringLiteral("mean");
    const QString missing = total.value(QStringLiteral("missing")).toString();
    d.missing = missing == QStringLiteral("prorate") ? MissingRule::Prorate
                : missing == QStringLiteral("skip")  ? MissingRule::Skip
                                                     : MissingRule::None;
    d.maxMissing =
        d.missing == MissingRule::Prorate ? total.value(QStringLiteral("max_missing")).toInt(0) : 0;
    d.totalMin = total.value(QStringLiteral("min")).toDouble(0);
    d.totalMax = total.value(QStringLiteral("max")).toDouble(0);
    if (d.maxMissing < 0 || d.maxMissing >= d.scoredItems())
        return invalid(d.id, tr("max_missing must leave at least one answered item."));

    for (const QJsonValue& v : j.value(QStringLiteral("subscales")).toArray()) {
        const QJsonObject o = v.toObject();
        SubscaleDefinition s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.label = text(o.value(QStringLiteral("label")));
        s.mean = o.value(QStringLiteral("method")).toString(QStringLiteral("mean")) ==
                 QStringLiteral("mean");
        s.maxMissing = o.value(QStringLiteral("max_missing")).toInt(0);
        for (const QJsonValue& iv : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject io = iv.toObject();
            SubscaleItem si{itemIndex(d, io.value(QStringLiteral("item")).toString()),
                            io.value(QStringLiteral("recode")).toString()};
            if (si.index < 0)
                return invalid(d.id, tr("subscale %1 names an unknown item.").arg(s.id));
            if (!si.recode.isEmpty() && !d.recodes.count(si.recode))
                return invalid(
                    d.id, tr("subscale %1 names an unknown recode table %2.").arg(s.id, si.recode));
            if (!si.recode.isEmpty() && d.items[static_cast<std::size_t>(si.index)].decimals > 0)
                return invalid(d.id, tr("subscale %1 recodes an item with decimals; recode "
                                        "tables are for whole-number items.")
                                         .arg(s.id));
            s.items.push_back(si);
        }
        if (s.id.isEmpty() || s.items.empty())
            return invalid(d.id, tr("every subscale needs an id and items."));
        d.subscales.push_back(s);
    }

    for (const QJsonValue& v : j.value(QStringLiteral("bands")).toArray()) {
        const QJsonObject o = v.toObject();
        BandDefinition b{
            o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("min")).toDouble(),
            o.value(QStringLiteral("max")).toDouble(), text(o.value(QStringLiteral("label")))};
        if (b.key.isEmpty() || b.max < b.min)
            return invalid(d.id, tr("every band needs a key and min <= max."));
        if (!d.bands.empty() && b.min <= d.bands.back().max)
            return invalid(d.id, tr("bands must ascend without overlapping."));
        d.bands.push_back(b);
    }

    for (const QJsonValue& v : j.value(QStringLiteral("flags")).toArray()) {
        const QJsonObject o = v.toObject();
        FlagDefinition f{o.value(QStringLiteral("key")).toString(),
                         itemIndex(d, o.value(QStringLiteral("item")).toString()), 0,
                         text(o.value(QStringLiteral("label")))};
        if (f.key.isEmpty() || f.itemIndex < 0)
            return invalid(d.id, tr("every flag needs a key and a known item."));
        // In the item's unit, as its answers are.
        const auto above =
            ItemNumber::fromDouble(o.value(QStringLiteral("above")).toDouble(),
                                   d.items[static_cast<std::size_t>(f.itemIndex)].decimals);
        if (!above)
            return invalid(d.id, tr("flag %1: above has more decimals than its item.").arg(f.key));
        f.above = *above;
        d.flags.push_back(f);
    }

    const QJsonObject c = j.value(QStringLiteral("change")).toObject();
    d.change = {number(c, "reliability"),
                number(c, "sd"),
                number(c, "clinical_mean"),
                number(c, "clinical_sd"),
                number(c, "functional_mean"),
                number(c, "functional_sd"),
                number(c, "reliable_change_points"),
                number(c, "caseness"),
                number(c, "remission_max"),
                number(c, "response_reduction")};
    if (d.change.reliability && (*d.change.reliability <= 0 || *d.change.reliability >= 1))
        return invalid(d.id, tr("reliability must lie between 0 and 1."));
    return d;
}

} // namespace td
