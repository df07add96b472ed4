#include "trial/ProtocolFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace td {

namespace {

// Reads the JSON tree into a Protocol, collecting a problem (with its path) for every unknown
// key, missing key and wrong type.
class Reader
{
public:
    explicit Reader(ProtocolProblems& out) : m_out(out) {}

    Protocol protocol(const QJsonObject& root);

private:
    void problem(const QString& path, const QString& message) { m_out.push_back({path, message}); }

    // The object at `path`, with every key checked against `allowed`; `required` must be there.
    QJsonObject object(const QJsonValue& v, const QString& path, const QStringList& allowed,
                       const QStringList& required);
    QJsonArray array(const QJsonValue& v, const QString& path);
    QString string(const QJsonValue& v, const QString& path);
    std::optional<double> number(const QJsonValue& v, const QString& path);
    int integer(const QJsonValue& v, const QString& path);
    bool boolean(const QJsonValue& v, const QString& path);
    QDate date(const QJsonValue& v, const QString& path);
    LocalText label(const QJsonValue& v, const QString& path);
    QStringList strings(const QJsonValue& v, const QString& path);

    Trial trial(const QJsonValue& v);
    Site site(const QJsonValue& v, const QString& path);
    Arm arm(const QJsonValue& v, const QString& path);
    Covariate covariate(const QJsonValue& v, const QString& path);
    EligibilityCriterion criterion(const QJsonValue& v, const QString& path);
    StratFactor factor(const QJsonValue& v, const QString& path);
    TimePoint timePoint(const QJsonValue& v, const QString& path);

    template <typename T, typename F>
    std::vector<T> list(const QJsonObject& o, const char* key, const QString& prefix, F each)
    {
        std::vector<T> items;
        const QString path = prefix + QLatin1String(key);
        if (!o.contains(QLatin1String(key)))
            return items;
        const QJsonArray a = array(o.value(QLatin1String(key)), path);
        for (qsizetype i = 0; i < a.size(); ++i)
            items.push_back(each(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)));
        return items;
    }

    ProtocolProblems& m_out;
};

QString sub(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QJsonObject Reader::object(const QJsonValue& v, const QString& path, const QStringList& allowed,
                           const QStringList& required)
{
    if (!v.isObject()) {
        problem(path, ProtocolFile::tr("%1 found; an object {...} is expected").arg(typeName(v)));
        return {};
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            problem(sub(path, it.key()), ProtocolFile::tr("unknown key; allowed here: %1")
                                             .arg(allowed.join(QStringLiteral(", "))));
    for (const QString& key : required)
        if (!o.contains(key))
            problem(sub(path, key), ProtocolFile::tr("missing; this key is required"));
    return o;
}

QJsonArray Reader::array(const QJsonValue& v, const QString& path)
{
    if (!v.isArray()) {
        problem(path, ProtocolFile::tr("%1 found; a list [...] is expected").arg(typeName(v)));
        return {};
    }
    return v.toArray();
}

QString Reader::string(const QJsonValue& v, const QString& path)
{
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        problem(path, ProtocolFile::tr("%1 found; a text in quotes is expected").arg(typeName(v)));
        return {};
    }
    return v.toString();
}

std::optional<double> Reader::number(const QJsonValue& v, const QString& path)
{
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        problem(path, ProtocolFile::tr("%1 found; a number is expected").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

int Reader::integer(const QJsonValue& v, const QString& path)
{
    auto n = number(v, path);
    if (!n)
        return 0;
    if (std::floor(*n) != *n || std::abs(*n) > 1e9) {
        problem(path, ProtocolFile::tr("%1 is not allowed; a whole number is expected").arg(*n));
        return 0;
    }
    return static_cast<int>(*n);
}

bool Reader::boolean(const QJsonValue& v, const QString& path)
{
    if (v.isUndefined())
        return false;
    if (!v.isBool()) {
        problem(path, ProtocolFile::tr("%1 found; true or false is expected").arg(typeName(v)));
        return false;
    }
    return v.toBool();
}

QDate Reader::date(const QJsonValue& v, const QString& path)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = string(v, path);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!iso.match(s).hasMatch() || !d.isValid())
        problem(path, ProtocolFile::tr("\"%1\" is not a date; write dates as YYYY-MM-DD").arg(s));
    return d;
}

LocalText Reader::label(const QJsonValue& v, const QString& path)
{
    if (v.isString())
        return LocalText(v.toString());
    if (!v.isObject()) {
        problem(path, ProtocolFile::tr("%1 found; a text, or {\"en\": ..., \"nb\": ...}, is "
                                       "expected")
                          .arg(typeName(v)));
        return {};
    }
    const QStringList langs{QStringLiteral("en"), QStringLiteral("nb")};
    const QJsonObject o = object(v, path, langs, langs);
    return LocalText(string(o.value(langs[0]), sub(path, langs[0])),
                     string(o.value(langs[1]), sub(path, langs[1])));
}

QStringList Reader::strings(const QJsonValue& v, const QString& path)
{
    QStringList out;
    const QJsonArray a = array(v, path);
    for (qsizetype i = 0; i < a.size(); ++i)
        out << string(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
    return out;
}

Trial Reader::trial(const QJsonValue& v)
{
    const QString path = QStringLiteral("trial");
    const QJsonObject o = object(
        v, path,
        {QStringLiteral("title"), QStringLiteral("acronym"), QStringLiteral("target_sample_size"),
         QStringLiteral("recruitment_start"), QStringLiteral("recruitment_end")},
        {QStringLiteral("title"), QStringLiteral("acronym"), QStringLiteral("target_sample_size")});
    Trial t;
    t.title = label(o.value(QStringLiteral("title")), sub(path, QStringLiteral("title")));
    t.acronym = string(o.value(QStringLiteral("acronym")), sub(path, QStringLiteral("acronym")));
    t.targetSampleSize = integer(o.value(QStringLiteral("target_sample_size")),
                                 sub(path, QStringLiteral("target_sample_size")));
    t.recruitmentStart = date(o.value(QStringLiteral("recruitment_start")),
                              sub(path, QStringLiteral("recruitment_start")));
    t.recruitmentEnd = date(o.value(QStringLiteral("recruitment_end")),
                            sub(path, QStringLiteral("recruitment_end")));
    return t;
}

Site Reader::site(const QJsonValue& v, const QString& path)
{
    const QStringList keys{QStringLiteral("code"), QStringLiteral("name")};
    const QJsonObject o = object(v, path, keys, keys);
    Site s;
    s.code = string(o.value(keys[0]), sub(path, keys[0]));
    s.name = label(o.value(keys[1]), sub(path, keys[1]));
    return s;
}

Arm Reader::arm(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = object(
        v, path,
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("ratio"),
         QStringLiteral("colour"), QStringLiteral("treatment_weeks"), QStringLiteral("sessions")},
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("ratio"),
         QStringLiteral("colour"), QStringLiteral("treatment_weeks")});
    Arm a;
    a.code = string(o.value(QStringLiteral("code")), sub(path, QStringLiteral("code")));
    a.name = label(o.value(QStringLiteral("name")), sub(path, QStringLiteral("name")));
    a.ratioWeight = integer(o.value(QStringLiteral("ratio")), sub(path, QStringLiteral("ratio")));
    a.colour = string(o.value(QStringLiteral("colour")), sub(path, QStringLiteral("colour")));
    a.treatmentWeeks = integer(o.value(QStringLiteral("treatment_weeks")),
                               sub(path, QStringLiteral("treatment_weeks")));
    a.plan = list<SessionPhase>(
        o, "sessions", path + QLatin1Char('.'), [this](const QJsonValue& pv, const QString& pp) {
            const QStringList keys{QStringLiteral("kind"), QStringLiteral("count"),
                                   QStringLiteral("interval_weeks")};
            const QJsonObject po = object(pv, pp, keys, keys);
            SessionPhase ph;
            const QString kind = string(po.value(keys[0]), sub(pp, keys[0]));
            if (kind == QStringLiteral("booster"))
                ph.kind = SessionKind::Booster;
            else if (kind != QStringLiteral("regular") && !kind.isEmpty())
                problem(sub(pp, keys[0]), ProtocolFile::tr("\"%1\" is not allowed; a session "
                                                           "kind is regular or booster")
                                              .arg(kind));
            ph.count = integer(po.value(keys[1]), sub(pp, keys[1]));
            ph.intervalWeeks = integer(po.value(keys[2]), sub(pp, keys[2]));
            return ph;
        });
    return a;
}

Covariate Reader::covariate(const QJsonValue& v, const QString& path)
{
    const QJsonObject o =
        object(v, path,
               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type"),
                QStringLiteral("min"), QStringLiteral("max"),
                QStringLiteral("required_for_randomization"), QStringLiteral("choices")},
               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type")});
    Covariate c;
    c.code = string(o.value(QStringLiteral("code")), sub(path, QStringLiteral("code")));
    c.name = label(o.value(QStringLiteral("name")), sub(path, QStringLiteral("name")));
    const QString type = string(o.value(QStringLiteral("type")), sub(path, QStringLiteral("type")));
    if (auto t = covariateTypeFromKey(type))
        c.type = *t;
    else if (o.contains(QStringLiteral("type")))
        problem(sub(path, QStringLiteral("type")),
                ProtocolFile::tr("\"%1\" is not allowed; a covariate type is integer, number, "
                                 "choice, date or text")
                    .arg(type));
    c.min = number(o.value(QStringLiteral("min")), sub(path, QStringLiteral("min")));
    c.max = number(o.value(QStringLiteral("max")), sub(path, QStringLiteral("max")));
    c.requiredForRandomization = boolean(o.value(QStringLiteral("required_for_randomization")),
                                         sub(path, QStringLiteral("required_for_randomization")));
    c.choices = list<CovariateChoice>(
        o, "choices", path + QLatin1Char('.'), [this](const QJsonValue& cv, const QString& cp) {
            const QStringList keys{QStringLiteral("code"), QStringLiteral("label")};
            const QJsonObject co = object(cv, cp, keys, keys);
            return CovariateChoice{string(co.value(keys[0]), sub(cp, keys[0])),
                                   label(co.value(keys[1]), sub(cp, keys[1]))};
        });
    return c;
}

EligibilityCriterion Reader::criterion(const QJsonValue& v, const QString& path)
{
    const QStringList keys{QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("text")};
    const QJsonObject o = object(v, path, keys, keys);
    EligibilityCriterion c;
    c.code = string(o.value(keys[0]), sub(path, keys[0]));
    const QString kind = string(o.value(keys[1]), sub(path, keys[1]));
    if (kind == QStringLiteral("exclusion"))
        c.kind = CriterionKind::Exclusion;
    else if (kind != QStringLiteral("inclusion") && o.contains(keys[1]))
        problem(sub(path, keys[1]),
                ProtocolFile::tr("\"%1\" is not allowed; a criterion is inclusion or exclusion")
                    .arg(kind));
    c.text = label(o.value(keys[2]), sub(path, keys[2]));
    return c;
}

StratFactor Reader::factor(const QJsonValue& v, const QString& path)
{
    const QJsonObject o = object(v, path,
                                 {QStringLiteral("code"), QStringLiteral("source"),
                                  QStringLiteral("covariate"), QStringLiteral("instrument"),
                                  QStringLiteral("time_point"), QStringLiteral("cut_points")},
                                 {QStringLiteral("code"), QStringLiteral("source")});
    StratFactor f;
    f.code = string(o.value(QStringLiteral("code")), sub(path, QStringLiteral("code")));
    const QString source =
        string(o.value(QStringLiteral("source")), sub(path, QStringLiteral("source")));
    auto notHere = [&](const char* key) {
        if (o.contains(QLatin1String(key)))
            problem(sub(path, QLatin1String(key)),
                    ProtocolFile::tr("not allowed with source \"%1\"").arg(source));
    };
    auto need = [&](const char* key) {
        if (!o.contains(QLatin1String(key)))
            problem(sub(path, QLatin1String(key)),
                    ProtocolFile::tr("missing; source \"%1\" needs it").arg(source));
    };
    if (source == QStringLiteral("site")) {
        f.source = StratSource::Site;
        notHere("covariate");
        notHere("instrument");
        notHere("time_point");
        notHere("cut_points");
    } else if (source == QStringLiteral("covariate")) {
        f.source = StratSource::Covariate;
        need("covariate");
        notHere("instrument");
        notHere("time_point");
        f.variable =
            string(o.value(QStringLiteral("covariate")), sub(path, QStringLiteral("covariate")));
    } else if (source == QStringLiteral("severity")) {
        f.source = StratSource::Severity;
        need("instrument");
        need("time_point");
        need("cut_points");
        notHere("covariate");
        f.variable =
            string(o.value(QStringLiteral("instrument")), sub(path, QStringLiteral("instrument")));
        f.timePoint =
            string(o.value(QStringLiteral("time_point")), sub(path, QStringLiteral("time_point")));
    } else if (o.contains(QStringLiteral("source"))) {
        problem(sub(path, QStringLiteral("source")),
                ProtocolFile::tr("\"%1\" is not allowed; a source is site, covariate or severity")
                    .arg(source));
    }
    if (o.contains(QStringLiteral("cut_points"))) {
        const QString cp = sub(path, QStringLiteral("cut_points"));
        const QJsonArray a = array(o.value(QStringLiteral("cut_points")), cp);
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto n = number(a.at(i), QStringLiteral("%1[%2]").arg(cp).arg(i)))
                f.cutPoints << *n;
    }
    return f;
}

TimePoint Reader::timePoint(const QJsonValue& v, const QString& path)
{
    const QJsonObject o =
        object(v, path,
               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("week"),
                QStringLiteral("window_days"), QStringLiteral("before_randomization"),
                QStringLiteral("arms"), QStringLiteral("instruments")},
               {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("week"),
                QStringLiteral("window_days"), QStringLiteral("instruments")});
    TimePoint tp;
    tp.code = string(o.value(QStringLiteral("code")), sub(path, QStringLiteral("code")));
    tp.label = label(o.value(QStringLiteral("name")), sub(path, QStringLiteral("name")));
    tp.weekOffset = integer(o.value(QStringLiteral("week")), sub(path, QStringLiteral("week")));
    tp.windowDays =
        integer(o.value(QStringLiteral("window_days")), sub(path, QStringLiteral("window_days")));
    tp.beforeRandomization = boolean(o.value(QStringLiteral("before_randomization")),
                                     sub(path, QStringLiteral("before_randomization")));
    if (o.contains(QStringLiteral("arms"))) {
        tp.arms = strings(o.value(QStringLiteral("arms")), sub(path, QStringLiteral("arms")));
        if (tp.arms.isEmpty())
            problem(sub(path, QStringLiteral("arms")),
                    ProtocolFile::tr("an empty list is not allowed; leave arms out for a visit "
                                     "of every arm"));
    }
    tp.instruments = list<ScheduledInstrument>(
        o, "instruments", path + QLatin1Char('.'), [this](const QJsonValue& iv, const QString& ip) {
            const QStringList keys{QStringLiteral("id"), QStringLiteral("rater"),
                                   QStringLiteral("double_entry"), QStringLiteral("edit_checks")};
            const QJsonObject io = object(iv, ip, keys, keys.mid(0, 2));
            ScheduledInstrument si;
            si.instrumentId = string(io.value(keys[0]), sub(ip, keys[0]));
            const QString rater = string(io.value(keys[1]), sub(ip, keys[1]));
            if (auto r = raterFromKey(rater))
                si.rater = *r;
            else if (io.contains(keys[1]))
                problem(sub(ip, keys[1]),
                        ProtocolFile::tr("\"%1\" is not allowed; a rater is self_report, "
                                         "clinician or blinded_clinician")
                            .arg(rater));
            if (io.contains(keys[2]))
                si.doubleEntry = boolean(io.value(keys[2]), sub(ip, keys[2]));
            si.editChecks = list<EditCheck>(
                io, "edit_checks", ip + QLatin1Char('.'),
                [this](const QJsonValue& cv, const QString& cp) {
                    const QStringList ck{QStringLiteral("item"), QStringLiteral("min"),
                                         QStringLiteral("max"), QStringLiteral("message")};
                    const QJsonObject co = object(cv, cp, ck, ck.mid(0, 1));
                    EditCheck c;
                    c.item = integer(co.value(ck[0]), sub(cp, ck[0]));
                    if (co.contains(ck[1]))
                        c.min = number(co.value(ck[1]), sub(cp, ck[1]));
                    if (co.contains(ck[2]))
                        c.max = number(co.value(ck[2]), sub(cp, ck[2]));
                    if (co.contains(ck[3]))
                        c.message = string(co.value(ck[3]), sub(cp, ck[3]));
                    return c;
                });
            return si;
        });
    return tp;
}

Protocol Reader::protocol(const QJsonObject& root)
{
    const QJsonObject o = object(
        root, {},
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("trial"),
         QStringLiteral("sites"), QStringLiteral("arms"), QStringLiteral("covariates"),
         QStringLiteral("eligibility"), QStringLiteral("stratification"),
         QStringLiteral("schedule"), QStringLiteral("session_measures"),
         QStringLiteral("primary_outcome"), QStringLiteral("comparative_outcomes_visible_to"),
         QStringLiteral("monitors_see_arms"), QStringLiteral("instruments")},
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("trial"),
         QStringLiteral("sites"), QStringLiteral("arms"), QStringLiteral("schedule"),
         QStringLiteral("primary_outcome")});
    Protocol p;
    if (o.contains(QStringLiteral("format")) &&
        o.value(QStringLiteral("format")) != QStringLiteral("trialdesk-protocol"))
        problem(QStringLiteral("format"),
                ProtocolFile::tr("this is not a TrialDesk protocol; format is "
                                 "\"trialdesk-protocol\""));
    if (o.contains(QStringLiteral("version")) &&
        o.value(QStringLiteral("version")).toDouble(-1) != ProtocolFile::formatVersion)
        problem(QStringLiteral("version"),
                ProtocolFile::tr("format version %1 is not known; this TrialDesk reads version %2")
                    .arg(o.value(QStringLiteral("version")).toVariant().toString())
                    .arg(ProtocolFile::formatVersion));
    if (!m_out.empty())
        return p; // not our format: its contents would only add noise
    p.trial = trial(o.value(QStringLiteral("trial")));
    p.sites = list<Site>(
        o, "sites", {}, [this](const QJsonValue& v, const QString& path) { return site(v, path); });
    p.arms = list<Arm>(o, "arms", {},
                       [this](const QJsonValue& v, const QString& path) { return arm(v, path); });
    p.covariates =
        list<Covariate>(o, "covariates", {}, [this](const QJsonValue& v, const QString& path) {
            return covariate(v, path);
        });
    p.eligibility = list<EligibilityCriterion>(
        o, "eligibility", {},
        [this](const QJsonValue& v, const QString& path) { return criterion(v, path); });
    p.factors = list<StratFactor>(
        o, "stratification", {},
        [this](const QJsonValue& v, const QString& path) { return factor(v, path); });
    p.schedule =
        list<TimePoint>(o, "schedule", {}, [this](const QJsonValue& v, const QString& path) {
            return timePoint(v, path);
        });
    p.sessionMeasures = list<SessionMeasure>(
        o, "session_measures", {}, [this](const QJsonValue& v, const QString& path) {
            const QStringList keys{QStringLiteral("id"), QStringLiteral("arms")};
            const QJsonObject mo = object(v, path, keys, keys);
            return SessionMeasure{string(mo.value(keys[0]), sub(path, keys[0])),
                                  strings(mo.value(keys[1]), sub(path, keys[1]))};
        });
    {
        const QStringList keys{QStringLiteral("instrument"), QStringLiteral("time_point")};
        const QString path = QStringLiteral("primary_outcome");
        if (o.contains(path)) {
            const QJsonObject po = object(o.value(path), path, keys, keys);
            p.primaryOutcome = {string(po.value(keys[0]), sub(path, keys[0])),
                                string(po.value(keys[1]), sub(path, keys[1]))};
        }
    }
    if (o.contains(QStringLiteral("comparative_outcomes_visible_to")))
        p.comparativeOutcomesVisibleTo =
            strings(o.value(QStringLiteral("comparative_outcomes_visible_to")),
                    QStringLiteral("comparative_outcomes_visible_to"));
    if (o.contains(QStringLiteral("monitors_see_arms")))
        p.monitorsSeeArms = boolean(o.value(QStringLiteral("monitors_see_arms")),
                                    QStringLiteral("monitors_see_arms"));
    p.instruments =
        list<QJsonObject>(o, "instruments", {}, [this](const QJsonValue& v, const QString& path) {
            if (!v.isObject())
                problem(path, ProtocolFile::tr("%1 found; an instrument "
                                               "definition {...} is expected")
                                  .arg(typeName(v)));
            return v.toObject();
        });
    return p;
}

// ---- writing -------------------------------------------------------------------------------

QJsonValue labelJson(const LocalText& t)
{
    if (t.isSame())
        return t.en;
    return QJsonObject{{QStringLiteral("en"), t.en}, {QStringLiteral("nb"), t.nb}};
}

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Undefined);
}

QJsonObject toJson(const Protocol& p)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("trialdesk-protocol"));
    root.insert(QStringLiteral("version"), ProtocolFile::formatVersion);
    QJsonObject trial{{QStringLiteral("title"), labelJson(p.trial.title)},
                      {QStringLiteral("acronym"), p.trial.acronym},
                      {QStringLiteral("target_sample_size"), p.trial.targetSampleSize}};
    if (p.trial.recruitmentStart.isValid())
        trial.insert(QStringLiteral("recruitment_start"), dateJson(p.trial.recruitmentStart));
    if (p.trial.recruitmentEnd.isValid())
        trial.insert(QStringLiteral("recruitment_end"), dateJson(p.trial.recruitmentEnd));
    root.insert(QStringLiteral("trial"), trial);

    QJsonArray sites;
    for (const Site& s : p.sites)
        sites.append(QJsonObject{{QStringLiteral("code"), s.code},
                                 {QStringLiteral("name"), labelJson(s.name)}});
    root.insert(QStringLiteral("sites"), sites);

    QJsonArray arms;
    for (const Arm& a : p.arms) {
        QJsonArray plan;
        for (const SessionPhase& ph : a.plan)
            plan.append(QJsonObject{{QStringLiteral("kind"), sessionKindKey(ph.kind)},
                                    {QStringLiteral("count"), ph.count},
                                    {QStringLiteral("interval_weeks"), ph.intervalWeeks}});
        arms.append(QJsonObject{{QStringLiteral("code"), a.code},
                                {QStringLiteral("name"), labelJson(a.name)},
                                {QStringLiteral("ratio"), a.ratioWeight},
                                {QStringLiteral("colour"), a.colour},
                                {QStringLiteral("treatment_weeks"), a.treatmentWeeks},
                                {QStringLiteral("sessions"), plan}});
    }
    root.insert(QStringLiteral("arms"), arms);

    QJsonArray covariates;
    for (const Covariate& c : p.covariates) {
        QJsonObject o{{QStringLiteral("code"), c.code},
                      {QStringLiteral("name"), labelJson(c.name)},
                      {QStringLiteral("type"), covariateTypeKey(c.type)}};
        if (c.min)
            o.insert(QStringLiteral("min"), *c.min);
        if (c.max)
            o.insert(QStringLiteral("max"), *c.max);
        if (c.requiredForRandomization)
            o.insert(QStringLiteral("required_for_randomization"), true);
        if (!c.choices.empty()) {
            QJsonArray choices;
            for (const CovariateChoice& ch : c.choices)
                choices.append(QJsonObject{{QStringLiteral("code"), ch.code},
                                           {QStringLiteral("label"), labelJson(ch.label)}});
            o.insert(QStringLiteral("choices"), choices);
        }
        covariates.append(o);
    }
    root.insert(QStringLiteral("covariates"), covariates);

    QJsonArray eligibility;
    for (const EligibilityCriterion& c : p.eligibility)
        eligibility.append(QJsonObject{{QStringLiteral("code"), c.code},
                                       {QStringLiteral("kind"), criterionKindKey(c.kind)},
                                       {QStringLiteral("text"), labelJson(c.text)}});
    root.insert(QStringLiteral("eligibility"), eligibility);

    QJsonArray factors;
    for (const StratFactor& f : p.factors) {
        QJsonObject o{{QStringLiteral("code"), f.code},
                      {QStringLiteral("source"), stratSourceKey(f.source)}};
        if (f.source == StratSource::Covariate)
            o.insert(QStringLiteral("covariate"), f.variable);
        if (f.source == StratSource::Severity) {
            o.insert(QStringLiteral("instrument"), f.variable);
            o.insert(QStringLiteral("time_point"), f.timePoint);
        }
        if (!f.cutPoints.isEmpty()) {
            QJsonArray cuts;
            for (double c : f.cutPoints)
                cuts.append(c);
            o.insert(QStringLiteral("cut_points"), cuts);
        }
        factors.append(o);
    }
    root.insert(QStringLiteral("stratification"), factors);

    QJsonArray schedule;
    for (const TimePoint& tp : p.schedule) {
        QJsonObject o{{QStringLiteral("code"), tp.code},
                      {QStringLiteral("name"), labelJson(tp.label)},
                      {QStringLiteral("week"), tp.weekOffset},
                      {QStringLiteral("window_days"), tp.windowDays}};
        if (tp.beforeRandomization)
            o.insert(QStringLiteral("before_randomization"), true);
        if (!tp.arms.isEmpty())
            o.insert(QStringLiteral("arms"), QJsonArray::fromStringList(tp.arms));
        QJsonArray given;
        for (const ScheduledInstrument& si : tp.instruments) {
            QJsonObject io{{QStringLiteral("id"), si.instrumentId},
                           {QStringLiteral("rater"), raterKey(si.rater)}};
            if (si.doubleEntry)
                io.insert(QStringLiteral("double_entry"), true);
            if (!si.editChecks.empty())
                io.insert(QStringLiteral("edit_checks"),
                          QJsonDocument::fromJson(editChecksJson(si.editChecks).toUtf8()).array());
            given.append(io);
        }
        o.insert(QStringLiteral("instruments"), given);
        schedule.append(o);
    }
    root.insert(QStringLiteral("schedule"), schedule);

    QJsonArray measures;
    for (const SessionMeasure& m : p.sessionMeasures)
        measures.append(QJsonObject{{QStringLiteral("id"), m.instrumentId},
                                    {QStringLiteral("arms"), QJsonArray::fromStringList(m.arms)}});
    root.insert(QStringLiteral("session_measures"), measures);
    root.insert(QStringLiteral("primary_outcome"),
                QJsonObject{{QStringLiteral("instrument"), p.primaryOutcome.instrumentId},
                            {QStringLiteral("time_point"), p.primaryOutcome.timePoint}});
    root.insert(QStringLiteral("comparative_outcomes_visible_to"),
                QJsonArray::fromStringList(p.comparativeOutcomesVisibleTo));
    if (p.monitorsSeeArms)
        root.insert(QStringLiteral("monitors_see_arms"), true);
    if (!p.instruments.empty()) {
        QJsonArray own;
        for (const QJsonObject& d : p.instruments)
            own.append(d);
        root.insert(QStringLiteral("instruments"), own);
    }
    return root;
}

// Keys in the order a reader expects them (the order of docs/protocol.md); others follow in
// alphabetical order.
int keyRank(const QString& key, bool top)
{
    static const QStringList topOrder{QStringLiteral("format"),
                                      QStringLiteral("version"),
                                      QStringLiteral("trial"),
                                      QStringLiteral("sites"),
                                      QStringLiteral("arms"),
                                      QStringLiteral("covariates"),
                                      QStringLiteral("eligibility"),
                                      QStringLiteral("stratification"),
                                      QStringLiteral("schedule"),
                                      QStringLiteral("session_measures"),
                                      QStringLiteral("primary_outcome"),
                                      QStringLiteral("comparative_outcomes_visible_to"),
                                      QStringLiteral("monitors_see_arms"),
                                      QStringLiteral("instruments")};
    static const QStringList order{QStringLiteral("title"),
                                   QStringLiteral("acronym"),
                                   QStringLiteral("target_sample_size"),
                                   QStringLiteral("recruitment_start"),
                                   QStringLiteral("recruitment_end"),
                                   QStringLiteral("code"),
                                   QStringLiteral("id"),
                                   QStringLiteral("kind"),
                                   QStringLiteral("name"),
                                   QStringLiteral("en"),
                                   QStringLiteral("nb"),
                                   QStringLiteral("label"),
                                   QStringLiteral("text"),
                                   QStringLiteral("ratio"),
                                   QStringLiteral("colour"),
                                   QStringLiteral("treatment_weeks"),
                                   QStringLiteral("sessions"),
                                   QStringLiteral("count"),
                                   QStringLiteral("interval_weeks"),
                                   QStringLiteral("type"),
                                   QStringLiteral("min"),
                                   QStringLiteral("max"),
                                   QStringLiteral("required_for_randomization"),
                                   QStringLiteral("choices"),
                                   QStringLiteral("source"),
                                   QStringLiteral("covariate"),
                                   QStringLiteral("instrument"),
                                   QStringLiteral("time_point"),
                                   QStringLiteral("cut_points"),
                                   QStringLiteral("week"),
                                   QStringLiteral("window_days"),
                                   QStringLiteral("before_randomization"),
                                   QStringLiteral("arms"),
                                   QStringLiteral("instruments"),
                                   QStringLiteral("rater"),
                                   QStringLiteral("double_entry"),
                                   QStringLiteral("edit_checks"),
                                   QStringLiteral("item"),
                                   QStringLiteral("min"),
                                   QStringLiteral("max"),
                                   QStringLiteral("message")};
    const qsizetype i = (top ? topOrder : order).indexOf(key);
    return i < 0 ? 1000 : static_cast<int>(i);
}

QByteArray scalarJson(const QJsonValue& v)
{
    // QJsonDocument escapes strings and formats numbers; strip the array around the value.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

bool isFlat(const QJsonValue& v)
{
    if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            if (e.isArray() || e.isObject())
                return false;
        return true;
    }
    if (v.isObject()) {
        // A label {"en": ..., "nb": ...} and a small object of plain values ({"code": "OSL",
        // "name": "Oslo"}, {"id": "phq9", "rater": "self_report"}) stay on one line.
        const QJsonObject o = v.toObject();
        if (o.size() > 3)
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue e = it.value();
            if (e.isArray() || (e.isObject() && !e.toObject().contains(QStringLiteral("en"))))
                return false;
        }
        return true;
    }
    return true;
}

void emitJson(const QJsonValue& v, int indent, bool top, QByteArray& out)
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray inner((indent + 1) * 2, ' ');
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (isFlat(v)) {
            out += '[';
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i)
                    out += ", ";
                out += scalarJson(a.at(i));
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += inner;
            emitJson(a.at(i), indent + 1, false, out);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += pad + ']';
        return;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(), [top](const QString& a, const QString& b) {
            return keyRank(a, top) < keyRank(b, top);
        });
        const bool flat = isFlat(v);
        out += flat ? "{" : "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!flat)
                out += inner;
            out += scalarJson(keys[i]) + ": ";
            emitJson(o.value(keys[i]), indent + 1, false, out);
            if (i + 1 < keys.size())
                out += flat ? ", " : ",\n";
        }
        out += flat ? QByteArray("}") : "\n" + pad + '}';
        return;
    }
    out += scalarJson(v);
}

} // namespace

Result<Protocol> ProtocolFile::read(const QByteArray& json, ProtocolProblems* problems)
{
    ProtocolProblems found;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Lines and columns as an editor counts them.
        const QByteArray head = json.left(parseError.offset);
        const qsizetype line = head.count('\n') + 1;
        const qsizetype column = parseError.offset - (head.lastIndexOf('\n') + 1) + 1;
        found.push_back({{},
                         tr("The file is not valid JSON: %1 at line %2, column %3.")
                             .arg(parseError.errorString())
                             .arg(line)
                             .arg(column)});
    } else if (!doc.isObject()) {
        found.push_back({{}, tr("The file holds no JSON object; a protocol is one object {...}.")});
    }
    Protocol p;
    if (found.empty()) {
        p = Reader(found).protocol(doc.object());
        if (found.empty())
            found = ProtocolRules::check(p);
    }
    if (problems)
        *problems = found;
    if (!found.empty())
        return ProtocolRules::toError(found);
    return p;
}

Result<Protocol> ProtocolFile::readFile(const QString& path, ProtocolProblems* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            tr("The protocol file %1 cannot be read: %2.").arg(path, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return makeError(ErrorCode::Invalid,
                         tr("The protocol file %1 is larger than 16 MB; a protocol is far "
                            "smaller. Is this the right file?")
                             .arg(path));
    return read(file.readAll(), problems);
}

QByteArray ProtocolFile::write(const Protocol& protocol)
{
    QByteArray out;
    emitJson(toJson(protocol), 0, true, out);
    out += '\n';
    return out;
}

Status ProtocolFile::writeFile(const Protocol& protocol, const QString& path,
                               const ExportFileOptions& options, const QString& openTrial)
{
    return ExportFile::write(path, write(protocol), openTrial, options);
}

} // namespace td
