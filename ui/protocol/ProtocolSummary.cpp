#include "protocol/ProtocolSummary.h"

#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolTexts.h"
#include "protocol/StratificationEditor.h"

#include <QLocale>

namespace td {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString both(const LocalText& t)
{
    return t.isSame() ? esc(t.en) : esc(t.en) + QStringLiteral(" / ") + esc(t.nb);
}

QString date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat)
                       : ProtocolSummary::tr("not set");
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

QString section(const QString& title, const QStringList& items, const QString& none)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(esc(title));
    if (items.isEmpty())
        return out + QStringLiteral("<p><i>%1</i></p>").arg(esc(none));
    out += QStringLiteral("<ul>");
    for (const QString& item : items)
        out += QStringLiteral("<li>%1</li>").arg(item);
    return out + QStringLiteral("</ul>");
}
} // namespace

QString ProtocolSummary::html(const ProtocolDraft& draft)
{
    const Protocol& p = draft.protocol();
    const QLocale locale;
    QString out = QStringLiteral("<h2>%1 – %2</h2>").arg(esc(p.trial.acronym), both(p.trial.title));
    out += QStringLiteral("<p>%1<br>%2</p>")
               .arg(tr("Target sample size: %1").arg(locale.toString(p.trial.targetSampleSize)),
                    tr("Recruitment: %1 to %2")
                        .arg(date(p.trial.recruitmentStart), date(p.trial.recruitmentEnd)));

    QStringList sites;
    for (const Site& s : p.sites)
        sites << QStringLiteral("<b>%1</b> – %2").arg(esc(s.code), both(s.name));
    out += section(tr("Sites"), sites, tr("none"));

    QStringList arms;
    for (const Arm& a : p.arms)
        arms << tr("<b>%1</b> – %2: ratio %3, %4 weeks of treatment; %5")
                    .arg(esc(a.code), both(a.name), locale.toString(a.ratioWeight),
                         locale.toString(a.treatmentWeeks), esc(ProtocolTexts::sessionPlanText(a)));
    out += section(tr("Arms"), arms, tr("none"));

    QStringList covariates;
    for (const Covariate& c : p.covariates) {
        QString text =
            QStringLiteral("<b>%1</b> – %2: %3")
                .arg(esc(c.code), both(c.name), esc(ProtocolTexts::covariateTypeName(c.type)));
        if (c.min || c.max)
            text += QLatin1Char(' ') + tr("from %1 to %2")
                                           .arg(c.min ? number(*c.min) : QStringLiteral("…"),
                                                c.max ? number(*c.max) : QStringLiteral("…"));
        QStringList choices;
        for (const CovariateChoice& ch : c.choices)
            choices << QStringLiteral("%1 (%2)").arg(both(ch.label), esc(ch.code));
        if (!choices.isEmpty())
            text += QStringLiteral(": ") + choices.join(QStringLiteral(", "));
        if (c.requiredForRandomization)
            text += QStringLiteral("; ") + esc(tr("required for randomization"));
        covariates << text;
    }
    out += section(tr("Covariates"), covariates, tr("none"));

    QStringList criteria;
    for (const EligibilityCriterion& c : p.eligibility)
        criteria << QStringLiteral("%1 <b>%2</b> – %3")
                        .arg(esc(ProtocolTexts::criterionKindName(c.kind)), esc(c.code),
                             both(c.text));
    out += section(tr("Eligibility criteria"), criteria, tr("none"));

    // In the order of the wizard's pages: stratification comes after the covariates.
    QStringList factors;
    for (const StratFactor& f : p.factors) {
        const QString cuts = StratificationEditor::cutPointsText(f.cutPoints);
        QString how;
        if (f.source == StratSource::Site)
            how = tr("by site");
        else if (f.source == StratSource::Covariate)
            how = f.cutPoints.isEmpty() ? tr("covariate %1, by its choices").arg(f.variable)
                                        : tr("covariate %1, cut at %2").arg(f.variable, cuts);
        else
            how = tr("%1 total at %2, cut at %3")
                      .arg(draft.instrumentName(f.variable), f.timePoint, cuts);
        factors << QStringLiteral("<b>%1</b> – %2").arg(esc(f.code), esc(how));
    }
    out += section(tr("Stratification"), factors, tr("none (one stratum)"));

    QStringList visits;
    for (const TimePoint& tp : p.schedule) {
        QStringList given;
        for (const ScheduledInstrument& s : tp.instruments)
            given << QStringLiteral("%1 (%2)").arg(esc(draft.instrumentName(s.instrumentId)),
                                                   esc(ProtocolTexts::raterName(s.rater)));
        QString text = tr("<b>%1</b> – %2: week %3, window ± %Ln day(s)", nullptr, tp.windowDays)
                           .arg(esc(tp.code), both(tp.label), locale.toString(tp.weekOffset));
        if (tp.beforeRandomization)
            text += QStringLiteral(", ") + esc(tr("before randomization"));
        text += QStringLiteral("; ") + esc(tr("for %1").arg(ProtocolTexts::armsText(tp.arms)));
        text += QStringLiteral(": ") + given.join(QStringLiteral(", "));
        visits << text;
    }
    out += section(tr("Visit schedule"), visits, tr("none"));

    QStringList measures;
    for (const SessionMeasure& m : p.sessionMeasures)
        measures << esc(
            tr("%1 at every session of %2")
                .arg(draft.instrumentName(m.instrumentId), ProtocolTexts::armsText(m.arms)));
    out += section(tr("Session measures"), measures, tr("none"));

    const TimePoint* primary = p.timePointByCode(p.primaryOutcome.timePoint);
    out +=
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(esc(tr("Primary outcome")),
                 esc(p.primaryOutcome.instrumentId.isEmpty()
                         ? tr("not chosen")
                         : tr("%1 at %2")
                               .arg(draft.instrumentName(p.primaryOutcome.instrumentId),
                                    primary ? primary->label.text() : p.primaryOutcome.timePoint)));
    QStringList roles;
    for (const QString& r : p.comparativeOutcomesVisibleTo)
        roles << ProtocolTexts::comparativeRoleName(r);
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
               .arg(esc(tr("Outcomes compared between arms")),
                    esc(roles.isEmpty() ? tr("no one before the database is locked")
                                        : tr("seen by %1").arg(locale.createSeparatedList(roles))));
    return out;
}

} // namespace td
