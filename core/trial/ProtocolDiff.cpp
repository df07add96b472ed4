#include "trial/ProtocolDiff.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace td {

namespace {

using Kind = ProtocolChange::Kind;

class Differ
{
public:
    std::vector<ProtocolChange> out;

    void add(Kind kind, const QString& path, const QString& description)
    {
        out.push_back({kind, path, description});
    }

    template <typename T>
    void value(Kind kind, const QString& path, const T& before, const T& after)
    {
        if (before != after)
            add(kind, path, QStringLiteral("%1 -> %2").arg(show(before), show(after)));
    }

    void label(const QString& path, const LocalText& before, const LocalText& after)
    {
        if (before != after)
            add(Kind::Label, path,
                QStringLiteral("\"%1\" -> \"%2\"").arg(show(before), show(after)));
    }

    // Lists matched by code: additions, removals, order and each kept element's fields.
    template <typename T, typename CodeOf, typename Each>
    void list(const QString& name, const std::vector<T>& before, const std::vector<T>& after,
              CodeOf codeOf, Kind added, Each each)
    {
        QStringList beforeCodes, afterCodes;
        for (const T& b : before)
            beforeCodes << codeOf(b);
        for (const T& a : after)
            afterCodes << codeOf(a);
        for (std::size_t i = 0; i < after.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(name).arg(i);
            const qsizetype j = beforeCodes.indexOf(afterCodes[static_cast<qsizetype>(i)]);
            if (j < 0)
                add(added, path,
                    ProtocolDiff::tr("%1 added").arg(afterCodes[static_cast<qsizetype>(i)]));
            else
                each(before[static_cast<std::size_t>(j)], after[i], path);
        }
        for (std::size_t j = 0; j < before.size(); ++j)
            if (!afterCodes.contains(beforeCodes[static_cast<qsizetype>(j)]))
                add(Kind::Remove, QStringLiteral("%1[%2]").arg(name).arg(j),
                    ProtocolDiff::tr("%1 removed").arg(beforeCodes[static_cast<qsizetype>(j)]));
        QStringList kept;
        for (const QString& c : afterCodes)
            if (beforeCodes.contains(c))
                kept << c;
        QStringList keptBefore;
        for (const QString& c : beforeCodes)
            if (afterCodes.contains(c))
                keptBefore << c;
        if (kept != keptBefore)
            add(Kind::Label, name,
                ProtocolDiff::tr("order %1 -> %2")
                    .arg(keptBefore.join(QLatin1Char(',')), kept.join(QLatin1Char(','))));
    }

    static QString show(const QString& s) { return s.isEmpty() ? QStringLiteral("-") : s; }
    static QString show(int v) { return QString::number(v); }
    static QString show(bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString show(const QDate& d)
    {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
    }
    static QString show(const QStringList& l) { return QLatin1Char('[') + l.join(u',') + u']'; }
    static QString show(const LocalText& t)
    {
        return t.isSame() ? t.en : QStringLiteral("%1 / %2").arg(t.en, t.nb);
    }
    static QString show(const std::optional<double>& v)
    {
        return v ? QString::number(*v) : QStringLiteral("-");
    }
    static QString show(const QList<double>& l)
    {
        QStringList parts;
        for (double d : l)
            parts << QString::number(d);
        return show(parts);
    }
};

QString choicesText(const Covariate& c)
{
    QStringList parts;
    for (const CovariateChoice& ch : c.choices)
        parts << ch.code;
    return parts.join(u',');
}

} // namespace

std::vector<ProtocolChange> ProtocolDiff::compare(const Protocol& b, const Protocol& a)
{
    Differ d;
    d.label(QStringLiteral("trial.title"), b.trial.title, a.trial.title);
    d.value(Kind::Change, QStringLiteral("trial.acronym"), b.trial.acronym, a.trial.acronym);
    d.value(a.trial.targetSampleSize > b.trial.targetSampleSize ? Kind::Extend : Kind::Change,
            QStringLiteral("trial.target_sample_size"), b.trial.targetSampleSize,
            a.trial.targetSampleSize);
    d.value(Kind::Change, QStringLiteral("trial.recruitment_start"), b.trial.recruitmentStart,
            a.trial.recruitmentStart);
    d.value(b.trial.recruitmentEnd.isValid() && a.trial.recruitmentEnd > b.trial.recruitmentEnd
                ? Kind::Extend
                : Kind::Change,
            QStringLiteral("trial.recruitment_end"), b.trial.recruitmentEnd,
            a.trial.recruitmentEnd);

    d.list(
        QStringLiteral("sites"), b.sites, a.sites, [](const Site& s) { return s.code; }, Kind::Add,
        [&](const Site& x, const Site& y, const QString& p) {
            d.label(p + QStringLiteral(".name"), x.name, y.name);
        });
    d.list(
        QStringLiteral("arms"), b.arms, a.arms, [](const Arm& s) { return s.code; }, Kind::Change,
        [&](const Arm& x, const Arm& y, const QString& p) {
            d.label(p + QStringLiteral(".name"), x.name, y.name);
            d.value(Kind::Change, p + QStringLiteral(".ratio"), x.ratioWeight, y.ratioWeight);
            d.value(Kind::Change, p + QStringLiteral(".colour"), x.colour, y.colour);
            d.value(Kind::Change, p + QStringLiteral(".treatment_weeks"), x.treatmentWeeks,
                    y.treatmentWeeks);
            d.value(Kind::Change, p + QStringLiteral(".sessions"), sessionPlanText(x),
                    sessionPlanText(y));
        });
    d.list(
        QStringLiteral("covariates"), b.covariates, a.covariates,
        [](const Covariate& c) { return c.code; }, Kind::Add,
        [&](const Covariate& x, const Covariate& y, const QString& p) {
            d.label(p + QStringLiteral(".name"), x.name, y.name);
            d.value(Kind::Change, p + QStringLiteral(".type"), covariateTypeKey(x.type),
                    covariateTypeKey(y.type));
            if (x.min != y.min)
                d.add(Kind::Change, p + QStringLiteral(".min"),
                      QStringLiteral("%1 -> %2").arg(Differ::show(x.min), Differ::show(y.min)));
            if (x.max != y.max)
                d.add(Kind::Change, p + QStringLiteral(".max"),
                      QStringLiteral("%1 -> %2").arg(Differ::show(x.max), Differ::show(y.max)));
            d.value(Kind::Change, p + QStringLiteral(".required_for_randomization"),
                    x.requiredForRandomization, y.requiredForRandomization);
            d.value(Kind::Change, p + QStringLiteral(".choices"), choicesText(x), choicesText(y));
            if (choicesText(x) == choicesText(y))
                for (std::size_t i = 0; i < x.choices.size(); ++i)
                    d.label(QStringLiteral("%1.choices[%2].label").arg(p).arg(i),
                            x.choices[i].label, y.choices[i].label);
        });
    // A required covariate added by an amendment would stop randomizing everyone screened.
    for (std::size_t i = 0; i < a.covariates.size(); ++i)
        if (a.covariates[i].requiredForRandomization && !b.covariate(a.covariates[i].code))
            for (ProtocolChange& c : d.out)
                if (c.path == QStringLiteral("covariates[%1]").arg(i))
                    c.kind = Kind::Change;
    d.list(
        QStringLiteral("eligibility"), b.eligibility, a.eligibility,
        [](const EligibilityCriterion& c) { return c.code; }, Kind::Add,
        [&](const EligibilityCriterion& x, const EligibilityCriterion& y, const QString& p) {
            d.value(Kind::Change, p + QStringLiteral(".kind"), criterionKindKey(x.kind),
                    criterionKindKey(y.kind));
            d.label(p + QStringLiteral(".text"), x.text, y.text);
        });
    d.list(
        QStringLiteral("stratification"), b.factors, a.factors,
        [](const StratFactor& f) { return f.code; }, Kind::Change,
        [&](const StratFactor& x, const StratFactor& y, const QString& p) {
            d.value(Kind::Change, p + QStringLiteral(".source"), stratSourceKey(x.source),
                    stratSourceKey(y.source));
            d.value(Kind::Change, p, x.variable, y.variable);
            d.value(Kind::Change, p + QStringLiteral(".time_point"), x.timePoint, y.timePoint);
            if (x.cutPoints != y.cutPoints)
                d.add(Kind::Change, p + QStringLiteral(".cut_points"),
                      QStringLiteral("%1 -> %2")
                          .arg(Differ::show(x.cutPoints), Differ::show(y.cutPoints)));
        });
    d.list(
        QStringLiteral("schedule"), b.schedule, a.schedule,
        [](const TimePoint& t) { return t.code; }, Kind::Add,
        [&](const TimePoint& x, const TimePoint& y, const QString& p) {
            d.label(p + QStringLiteral(".name"), x.label, y.label);
            d.value(Kind::Change, p + QStringLiteral(".week"), x.weekOffset, y.weekOffset);
            d.value(y.windowDays > x.windowDays ? Kind::Extend : Kind::Change,
                    p + QStringLiteral(".window_days"), x.windowDays, y.windowDays);
            d.value(Kind::Change, p + QStringLiteral(".before_randomization"),
                    x.beforeRandomization, y.beforeRandomization);
            d.value(Kind::Change, p + QStringLiteral(".arms"), x.arms, y.arms);
            d.list(
                p + QStringLiteral(".instruments"), x.instruments, y.instruments,
                [](const ScheduledInstrument& s) { return s.instrumentId; }, Kind::Add,
                [&](const ScheduledInstrument& u, const ScheduledInstrument& v, const QString& ip) {
                    d.value(Kind::Change, ip + QStringLiteral(".rater"), raterKey(u.rater),
                            raterKey(v.rater));
                    // How a form is keyed, not what is stored: an amendment may switch it.
                    d.value(Kind::Procedure, ip + QStringLiteral(".double_entry"), u.doubleEntry,
                            v.doubleEntry);
                    d.value(Kind::Procedure, ip + QStringLiteral(".edit_checks"),
                            editChecksJson(u.editChecks), editChecksJson(v.editChecks));
                });
        });
    d.list(
        QStringLiteral("session_measures"), b.sessionMeasures, a.sessionMeasures,
        [](const SessionMeasure& m) { return m.instrumentId; }, Kind::Add,
        [&](const SessionMeasure& x, const SessionMeasure& y, const QString& p) {
            for (const QString& arm : x.arms)
                if (!y.arms.contains(arm))
                    d.add(Kind::Remove, p + QStringLiteral(".arms"),
                          ProtocolDiff::tr("%1 removed").arg(arm));
            for (const QString& arm : y.arms)
                if (!x.arms.contains(arm))
                    d.add(Kind::Add, p + QStringLiteral(".arms"),
                          ProtocolDiff::tr("%1 added").arg(arm));
        });
    d.value(Kind::Change, QStringLiteral("primary_outcome"),
            b.primaryOutcome.instrumentId + u'@' + b.primaryOutcome.timePoint,
            a.primaryOutcome.instrumentId + u'@' + a.primaryOutcome.timePoint);
    d.value(Kind::Change, QStringLiteral("comparative_outcomes_visible_to"),
            b.comparativeOutcomesVisibleTo, a.comparativeOutcomesVisibleTo);
    d.value(Kind::Change, QStringLiteral("monitors_see_arms"), b.monitorsSeeArms,
            a.monitorsSeeArms);
    auto idOf = [](const QJsonObject& o) { return o.value(QStringLiteral("id")).toString(); };
    d.list(QStringLiteral("instruments"), b.instruments, a.instruments, idOf, Kind::Add,
           [&](const QJsonObject& x, const QJsonObject& y, const QString& p) {
               if (x != y)
                   d.add(Kind::Change, p, ProtocolDiff::tr("definition changed"));
           });
    return d.out;
}

QString ProtocolDiff::amendmentRule(const ProtocolChange& c)
{
    if (c.kind == Kind::Remove)
        return tr("an amendment may add or extend, but not remove anything once participants are "
                  "randomized");
    if (c.path.startsWith(QStringLiteral("arms")))
        return tr("arms, their ratios and session plans cannot change once participants are "
                  "randomized");
    if (c.path.startsWith(QStringLiteral("stratification")))
        return tr("stratification cannot change once participants are randomized");
    if (c.path.startsWith(QStringLiteral("covariates")) && !c.path.contains(u'.'))
        return tr("a covariate added by an amendment cannot be required for randomization: "
                  "people already screened have no value");
    if (c.path.startsWith(QStringLiteral("primary_outcome")))
        return tr("the primary outcome cannot change once participants are randomized");
    if (c.path.startsWith(QStringLiteral("comparative_outcomes_visible_to")))
        return tr("who sees comparative outcomes is fixed once participants are randomized");
    if (c.path.startsWith(QStringLiteral("monitors_see_arms")))
        return tr("whether monitors see arms is fixed once participants are randomized");
    if (c.path.endsWith(QStringLiteral("window_days")) ||
        c.path.endsWith(QStringLiteral("target_sample_size")) ||
        c.path.endsWith(QStringLiteral("recruitment_end")))
        return tr("an amendment may extend this, not shorten it");
    return tr("stored values depend on this, so an amendment may not change it");
}

namespace {

// The words of the protocol file's paths, for ProtocolDiff::fieldName.
struct PathWord
{
    const char* key;
    const char* one;  // an element of a list, numbered from 1: "arm %1"
    const char* name; // the field or the whole list
};

const PathWord pathWords[] = {
    {"trial", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "trial")},
    {"title", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "title")},
    {"acronym", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "acronym")},
    {"target_sample_size", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "target sample size")},
    {"recruitment_start", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "start of recruitment")},
    {"recruitment_end", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "end of recruitment")},
    {"sites", QT_TRANSLATE_NOOP("ProtocolDiff", "site %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "sites")},
    {"arms", QT_TRANSLATE_NOOP("ProtocolDiff", "arm %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "arms")},
    {"covariates", QT_TRANSLATE_NOOP("ProtocolDiff", "covariate %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "covariates")},
    {"eligibility", QT_TRANSLATE_NOOP("ProtocolDiff", "eligibility criterion %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "eligibility criteria")},
    {"stratification", QT_TRANSLATE_NOOP("ProtocolDiff", "stratification factor %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "stratification factors")},
    {"schedule", QT_TRANSLATE_NOOP("ProtocolDiff", "visit %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "visits")},
    {"instruments", QT_TRANSLATE_NOOP("ProtocolDiff", "instrument %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "instruments")},
    {"session_measures", QT_TRANSLATE_NOOP("ProtocolDiff", "session measure %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "session measures")},
    {"choices", QT_TRANSLATE_NOOP("ProtocolDiff", "choice %1"),
     QT_TRANSLATE_NOOP("ProtocolDiff", "choices")},
    {"name", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "name")},
    {"label", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "label")},
    {"text", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "text")},
    {"ratio", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "ratio")},
    {"colour", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "colour")},
    {"treatment_weeks", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "weeks of treatment")},
    {"sessions", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "session plan")},
    {"type", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "type")},
    {"min", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "lowest value")},
    {"max", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "highest value")},
    {"required_for_randomization", nullptr,
     QT_TRANSLATE_NOOP("ProtocolDiff", "required for randomization")},
    {"kind", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "kind")},
    {"source", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "source")},
    {"time_point", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "visit")},
    {"cut_points", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "cut points")},
    {"week", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "week")},
    {"window_days", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "window (days)")},
    {"before_randomization", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "before randomization")},
    {"rater", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "rater")},
    {"double_entry", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "double data entry")},
    {"edit_checks", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "edit checks")},
    {"monitors_see_arms", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "monitors see arms")},
    {"primary_outcome", nullptr, QT_TRANSLATE_NOOP("ProtocolDiff", "primary outcome")},
    {"comparative_outcomes_visible_to", nullptr,
     QT_TRANSLATE_NOOP("ProtocolDiff", "who sees comparative outcomes")},
};

} // namespace

QString ProtocolChange::displayText() const
{
    return ProtocolDiff::fieldName(path) + QStringLiteral(": ") +
           ProtocolDiff::readableDescription(description);
}

QString ProtocolDiff::fieldName(const QString& path)
{
    static const QRegularExpression segment(QStringLiteral(R"(^([a-z_]+)(?:\[(\d+)\])?$)"));
    QStringList parts;
    const QStringList segments = path.split(u'.');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const auto m = segment.match(segments[i]);
        const PathWord* word = nullptr;
        if (m.hasMatch())
            for (const PathWord& w : pathWords)
                if (m.captured(1) == QLatin1String(w.key))
                    word = &w;
        if (!word) {
            parts << QString(segments[i]).replace(u'_', u' ');
            continue;
        }
        // The protocol's own instrument definitions, not a visit's instruments.
        const bool definitions = i == 0 && m.captured(1) == QStringLiteral("instruments");
        if (!m.captured(2).isEmpty() && word->one)
            parts << (definitions ? tr("instrument definition %1") : tr(word->one))
                         .arg(QLocale().toString(m.captured(2).toInt() + 1));
        else
            parts << (definitions ? tr("instrument definitions") : tr(word->name));
    }
    QString out = parts.join(QStringLiteral(", "));
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

QString ProtocolDiff::readableDescription(const QString& description)
{
    // A yes-or-no field: "true -> false".
    static const QRegularExpression flags(QStringLiteral(R"(^(true|false) -> (true|false)$)"));
    if (const auto m = flags.match(description); m.hasMatch()) {
        auto word = [](const QString& v) {
            return v == QStringLiteral("true") ? tr("yes") : tr("no");
        };
        return QStringLiteral("%1 \u2192 %2").arg(word(m.captured(1)), word(m.captured(2)));
    }
    // Descriptions stored in English, in the current language.
    static const QRegularExpression added(QStringLiteral(R"(^(\S+) added$)"));
    static const QRegularExpression removed(QStringLiteral(R"(^(\S+) removed$)"));
    static const QRegularExpression order(QStringLiteral(R"(^order (\S*) -> (\S*)$)"));
    QString out = description;
    if (const auto m = added.match(description); m.hasMatch())
        out = tr("%1 added").arg(m.captured(1));
    else if (const auto r = removed.match(description); r.hasMatch())
        out = tr("%1 removed").arg(r.captured(1));
    else if (const auto o = order.match(description); o.hasMatch())
        out = tr("order %1 -> %2").arg(o.captured(1), o.captured(2));
    else if (description == QStringLiteral("definition changed"))
        out = tr("definition changed");
    return out.replace(QStringLiteral(" -> "), QStringLiteral(" \u2192 "));
}

QString ProtocolDiff::readable(const QString& storedLine)
{
    static const QRegularExpression shape(QStringLiteral(R"(^([a-z_][a-z_0-9\[\].]*): (.*)$)"));
    const auto m = shape.match(storedLine);
    if (!m.hasMatch())
        return readableDescription(storedLine);
    return fieldName(m.captured(1)) + QStringLiteral(": ") + readableDescription(m.captured(2));
}

} // namespace td
