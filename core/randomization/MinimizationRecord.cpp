#include "randomization/MinimizationRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

namespace {
template <typename T> QJsonArray toArray(const std::vector<T>& values)
{
    QJsonArray out;
    for (const T& v : values)
        out.append(static_cast<double>(v));
    return out;
}

std::vector<int> ints(const QJsonValue& v)
{
    std::vector<int> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toInt());
    return out;
}

std::vector<double> doubles(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}
} // namespace

MinimizationInput MinimizationRecord::input() const
{
    MinimizationInput in;
    in.ratios = ratios;
    in.q = q;
    for (const Factor& f : factors) {
        in.weights.push_back(f.weight);
        in.counts.push_back(f.counts);
    }
    return in;
}

QString MinimizationRecord::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("algorithm")] = algorithm;
    o[QStringLiteral("q")] = q;
    o[QStringLiteral("arms")] = toArray(armIds);
    o[QStringLiteral("ratios")] = toArray(ratios);
    QJsonArray fs;
    for (const Factor& f : factors)
        fs.append(QJsonObject{{QStringLiteral("factor"), static_cast<double>(f.factorId)},
                              {QStringLiteral("code"), f.code},
                              {QStringLiteral("level"), f.level},
                              {QStringLiteral("weight"), f.weight},
                              {QStringLiteral("counts"), toArray(f.counts)}});
    o[QStringLiteral("factors")] = fs;
    o[QStringLiteral("scores")] = toArray(decision.scores);
    o[QStringLiteral("tied")] = toArray(decision.tied);
    o[QStringLiteral("preferred")] = decision.preferred;
    o[QStringLiteral("probabilities")] = toArray(decision.probabilities);
    o[QStringLiteral("tie_draw")] = tieDraw;
    o[QStringLiteral("draw")] = draw;
    o[QStringLiteral("arm")] = decision.arm;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<MinimizationRecord> MinimizationRecord::fromJson(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    MinimizationRecord r;
    r.algorithm = o.value(QStringLiteral("algorithm")).toString();
    r.q = o.value(QStringLiteral("q")).toDouble();
    for (const QJsonValue& a : o.value(QStringLiteral("arms")).toArray())
        r.armIds.push_back(static_cast<qint64>(a.toDouble()));
    r.ratios = ints(o.value(QStringLiteral("ratios")));
    for (const QJsonValue& v : o.value(QStringLiteral("factors")).toArray()) {
        const QJsonObject f = v.toObject();
        r.factors.push_back({static_cast<qint64>(f.value(QStringLiteral("factor")).toDouble()),
                             f.value(QStringLiteral("code")).toString(),
                             f.value(QStringLiteral("level")).toInt(),
                             f.value(QStringLiteral("weight")).toDouble(),
                             ints(f.value(QStringLiteral("counts")))});
    }
    r.decision.scores = doubles(o.value(QStringLiteral("scores")));
    r.decision.tied = ints(o.value(QStringLiteral("tied")));
    r.decision.preferred = o.value(QStringLiteral("preferred")).toInt();
    r.decision.probabilities = doubles(o.value(QStringLiteral("probabilities")));
    r.tieDraw = o.value(QStringLiteral("tie_draw")).toDouble();
    r.draw = o.value(QStringLiteral("draw")).toDouble();
    r.decision.arm = o.value(QStringLiteral("arm")).toInt();
    if (r.ratios.size() < 2 || r.armIds.size() != r.ratios.size() || r.factors.empty())
        return std::nullopt;
    for (const Factor& f : r.factors)
        if (f.counts.size() != r.ratios.size())
            return std::nullopt;
    return r;
}

} // namespace td
