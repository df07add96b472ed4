#include "trial/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace td {

int Arm::plannedSessions() const
{
    int n = 0;
    for (const SessionPhase& p : plan)
        n += p.count;
    return n;
}

int Arm::plannedSessions(SessionKind kind) const
{
    int n = 0;
    for (const SessionPhase& p : plan)
        if (p.kind == kind)
            n += p.count;
    return n;
}

namespace {
template <typename T> const T* findById(const std::vector<T>& items, qint64 id)
{
    auto it = std::find_if(items.begin(), items.end(), [id](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Arm* Protocol::arm(qint64 id) const
{
    return findById(arms, id);
}

const Site* Protocol::site(qint64 id) const
{
    return findById(sites, id);
}

const TimePoint* Protocol::timePoint(qint64 id) const
{
    return findById(schedule, id);
}

const Arm* Protocol::armByCode(const QString& code) const
{
    for (const Arm& a : arms)
        if (a.code == code)
            return &a;
    return nullptr;
}

const TimePoint* Protocol::timePointByCode(const QString& code) const
{
    for (const TimePoint& t : schedule)
        if (t.code == code)
            return &t;
    return nullptr;
}

const Covariate* Protocol::covariate(const QString& code) const
{
    for (const Covariate& c : covariates)
        if (c.code == code)
            return &c;
    return nullptr;
}

QString sessionKindKey(SessionKind kind)
{
    return kind == SessionKind::Booster ? QStringLiteral("booster") : QStringLiteral("regular");
}

QString sessionPlanText(const Arm& arm)
{
    QStringList parts;
    for (const SessionPhase& ph : arm.plan)
        parts << QStringLiteral("%1x%2/%3w")
                     .arg(sessionKindKey(ph.kind))
                     .arg(ph.count)
                     .arg(ph.intervalWeeks);
    return parts.join(u' ');
}

QString scheduledKey(const ScheduledInstrument& si)
{
    QString key = si.instrumentId + QLatin1Char(':') + raterKey(si.rater);
    if (si.doubleEntry)
        key += QStringLiteral(":double_entry");
    if (!si.editChecks.empty())
        key += QStringLiteral(":edit_checks=") + editChecksJson(si.editChecks);
    return key;
}

QString editChecksJson(const std::vector<EditCheck>& checks)
{
    if (checks.empty())
        return {};
    QJsonArray a;
    for (const EditCheck& c : checks) {
        QJsonObject o{{QStringLiteral("item"), c.item}};
        if (c.min)
            o.insert(QStringLiteral("min"), *c.min);
        if (c.max)
            o.insert(QStringLiteral("max"), *c.max);
        if (!c.message.isEmpty())
            o.insert(QStringLiteral("message"), c.message);
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::vector<EditCheck> editChecksFromJson(const QString& json)
{
    std::vector<EditCheck> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        EditCheck c;
        c.item = o.value(QStringLiteral("item")).toInt();
        if (o.contains(QStringLiteral("min")))
            c.min = o.value(QStringLiteral("min")).toDouble();
        if (o.contains(QStringLiteral("max")))
            c.max = o.value(QStringLiteral("max")).toDouble();
        c.message = o.value(QStringLiteral("message")).toString();
        out.push_back(c);
    }
    return out;
}

QString raterKey(Rater rater)
{
    switch (rater) {
    case Rater::SelfReport:
        return QStringLiteral("self_report");
    case Rater::Clinician:
        return QStringLiteral("clinician");
    case Rater::BlindedClinician:
        return QStringLiteral("blinded_clinician");
    }
    return {};
}

std::optional<Rater> raterFromKey(const QString& key)
{
    for (Rater r : {Rater::SelfReport, Rater::Clinician, Rater::BlindedClinician})
        if (raterKey(r) == key)
            return r;
    return std::nullopt;
}

QString covariateTypeKey(CovariateType type)
{
    switch (type) {
    case CovariateType::Integer:
        return QStringLiteral("integer");
    case CovariateType::Number:
        return QStringLiteral("number");
    case CovariateType::Choice:
        return QStringLiteral("choice");
    case CovariateType::Date:
        return QStringLiteral("date");
    case CovariateType::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<CovariateType> covariateTypeFromKey(const QString& key)
{
    for (CovariateType t : {CovariateType::Integer, CovariateType::Number, CovariateType::Choice,
                            CovariateType::Date, CovariateType::Text})
        if (covariateTypeKey(t) == key)
            return t;
    return std::nullopt;
}

QString criterionKindKey(CriterionKind kind)
{
    return kind == CriterionKind::Exclusion ? QStringLiteral("exclusion")
                                            : QStringLiteral("inclusion");
}

QString stratSourceKey(StratSource source)
{
    switch (source) {
    case StratSource::Site:
        return QStringLiteral("site");
    case StratSource::Covariate:
        return QStringLiteral("covariate");
    case StratSource::Severity:
        return QStringLiteral("severity");
    }
    return {};
}

} // namespace td
