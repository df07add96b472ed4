#include "reporting/ReportJson.h"

#include <QJsonArray>

namespace td {

namespace {

QJsonArray reasons(const std::vector<ReasonCount>& list)
{
    QJsonArray out;
    for (const ReasonCount& r : list)
        out.append(
            QJsonObject{{QStringLiteral("reason"), r.reason}, {QStringLiteral("count"), r.count}});
    return out;
}

QJsonObject box(int count, const std::vector<ReasonCount>& list)
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("reasons"), reasons(list)}};
}

QJsonValue interval(const std::optional<Interval>& i)
{
    if (!i)
        return QJsonValue::Null;
    return QJsonArray{i->lower, i->upper};
}

QJsonObject mean(const MeanEstimate& m)
{
    return {{QStringLiteral("n"), m.n},
            {QStringLiteral("mean"), m.n > 0 ? QJsonValue(m.mean) : QJsonValue::Null},
            {QStringLiteral("sd"), m.n > 1 ? QJsonValue(m.sd) : QJsonValue::Null},
            {QStringLiteral("ci95"), interval(m.ci95)}};
}

QJsonObject proportion(const Proportion& p)
{
    return {{QStringLiteral("count"), p.count},
            {QStringLiteral("total"), p.total},
            {QStringLiteral("proportion"), p.total > 0 ? QJsonValue(p.value) : QJsonValue::Null},
            {QStringLiteral("ci95"), interval(p.ci95)}};
}

QJsonObject arm(const ArmLabel& a)
{
    return {{QStringLiteral("id"), a.armId},
            {QStringLiteral("code"), a.code},
            {QStringLiteral("name"), a.name}};
}

} // namespace

QJsonObject ReportJson::consort(const ConsortCounts& c)
{
    QJsonObject enrolment{{QStringLiteral("assessed"), c.assessed},
                          {QStringLiteral("excluded"), c.excluded},
                          {QStringLiteral("notMeetingInclusion"),
                           box(c.notMeetingInclusion, c.notMeetingInclusionReasons)},
                          {QStringLiteral("declined"), box(c.declined, c.declinedReasons)},
                          {QStringLiteral("otherReasons"), box(c.otherReasons, c.otherReasonsList)},
                          {QStringLiteral("awaitingDecision"),
                           QJsonObject{{QStringLiteral("count"), c.awaitingDecision},
                                       {QStringLiteral("screening"), c.awaitingScreening},
                                       {QStringLiteral("consent"), c.awaitingConsent},
                                       {QStringLiteral("randomization"), c.awaitingRandomization}}},
                          {QStringLiteral("randomized"), c.randomized}};
    QJsonObject out{{QStringLiteral("enrolment"), enrolment},
                    {QStringLiteral("primaryInstrument"), c.rules.primaryInstrument},
                    {QStringLiteral("minPostBaseline"), c.rules.minPostBaseline}};
    if (c.armsIncluded) {
        QJsonArray arms;
        for (const ConsortArm& a : c.arms)
            arms.append(QJsonObject{
                {QStringLiteral("id"), a.armId},
                {QStringLiteral("code"), a.code},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("allocated"), a.allocated},
                {QStringLiteral("received"), a.received},
                {QStringLiteral("notReceived"), box(a.notReceived, a.notReceivedReasons)},
                {QStringLiteral("lostToFollowUp"), box(a.lostToFollowUp, a.lostReasons)},
                {QStringLiteral("discontinued"), box(a.discontinued, a.discontinuedReasons)},
                {QStringLiteral("analysed"), a.analysed},
                {QStringLiteral("excludedFromAnalysis"),
                 box(a.excludedFromAnalysis, a.excludedFromAnalysisReasons)}});
        out.insert(QStringLiteral("arms"), arms);
    }
    out.insert(QStringLiteral("reconciliationFailures"),
               QJsonArray::fromStringList(c.reconciles()));
    return out;
}

QJsonObject ReportJson::dashboard(const DashboardFigures& f)
{
    QJsonObject out;
    if (f.recruitment) {
        QJsonArray curves;
        for (const RecruitmentCurve& c : f.recruitment->curves) {
            QJsonArray points;
            for (const RecruitmentPoint& p : c.points)
                points.append(QJsonArray{p.date.toString(Qt::ISODate), p.cumulative});
            curves.append(QJsonObject{
                {QStringLiteral("site"), c.siteId ? QJsonValue(c.siteCode) : QJsonValue::Null},
                {QStringLiteral("total"), c.total},
                {QStringLiteral("points"), points}});
        }
        out.insert(
            QStringLiteral("recruitment"),
            QJsonObject{{QStringLiteral("start"), f.recruitment->start.toString(Qt::ISODate)},
                        {QStringLiteral("end"), f.recruitment->end.toString(Qt::ISODate)},
                        {QStringLiteral("target"), f.recruitment->target},
                        {QStringLiteral("curves"), curves}});
    }
    if (f.funnel)
        out.insert(QStringLiteral("funnel"),
                   QJsonObject{{QStringLiteral("assessed"), f.funnel->assessed},
                               {QStringLiteral("eligible"), f.funnel->eligible},
                               {QStringLiteral("consented"), f.funnel->consented},
                               {QStringLiteral("randomized"), f.funnel->randomized}});
    if (f.openAlerts)
        out.insert(QStringLiteral("openAlerts"), *f.openAlerts);
    if (f.armSizes) {
        QJsonArray a;
        for (const ArmSize& s : *f.armSizes)
            a.append(QJsonObject{{QStringLiteral("arm"), arm(s.arm)},
                                 {QStringLiteral("randomized"), s.randomized}});
        out.insert(QStringLiteral("armSizes"), a);
    }
    if (f.retention) {
        QJsonArray a;
        for (const RetentionCell& c : *f.retention)
            a.append(QJsonObject{{QStringLiteral("arm"), c.arm.code},
                                 {QStringLiteral("timePoint"), c.timePointCode},
                                 {QStringLiteral("retained"), proportion(c.retained)}});
        out.insert(QStringLiteral("retention"), a);
    }
    if (f.attendance) {
        QJsonArray a;
        for (const ArmAttendance& c : *f.attendance)
            a.append(QJsonObject{{QStringLiteral("arm"), c.arm.code},
                                 {QStringLiteral("plannedSessions"), c.planned},
                                 {QStringLiteral("proportionOfDose"), mean(c.proportionOfDose)}});
        out.insert(QStringLiteral("attendance"), a);
    }
    if (f.trajectory) {
        QJsonArray a;
        for (const TrajectoryCell& c : *f.trajectory)
            a.append(QJsonObject{{QStringLiteral("arm"), c.arm.code},
                                 {QStringLiteral("timePoint"), c.timePointCode},
                                 {QStringLiteral("week"), c.weekOffset},
                                 {QStringLiteral("observedCases"), mean(c.score)}});
        out.insert(QStringLiteral("trajectory"), a);
    }
    if (f.change) {
        QJsonArray a;
        for (const ChangeClasses& c : *f.change)
            a.append(QJsonObject{{QStringLiteral("arm"), c.arm.code},
                                 {QStringLiteral("n"), c.n},
                                 {QStringLiteral("recovered"), proportion(c.recovered)},
                                 {QStringLiteral("improved"), proportion(c.improved)},
                                 {QStringLiteral("unchanged"), proportion(c.unchanged)},
                                 {QStringLiteral("deteriorated"), proportion(c.deteriorated)}});
        out.insert(QStringLiteral("change"), a);
    }
    if (f.effectSize) {
        const ArmComparison& c = *f.effectSize;
        QJsonObject e{{QStringLiteral("instrument"), c.instrumentId},
                      {QStringLiteral("timePoint"), c.timePointCode},
                      {QStringLiteral("arm1"), c.arm1.code},
                      {QStringLiteral("arm2"), c.arm2.code},
                      {QStringLiteral("score1"), mean(c.score1)},
                      {QStringLiteral("score2"), mean(c.score2)}};
        if (c.effect) {
            e.insert(QStringLiteral("pooledSd"), c.effect->pooledSd);
            e.insert(QStringLiteral("d"), c.effect->d);
            e.insert(QStringLiteral("g"), c.effect->g);
            e.insert(QStringLiteral("seD"), c.effect->seD);
            e.insert(QStringLiteral("ci95"),
                     QJsonArray{c.effect->ci95.lower, c.effect->ci95.upper});
        } else {
            e.insert(QStringLiteral("d"), QJsonValue::Null);
        }
        out.insert(QStringLiteral("effectSize"), e);
    }
    if (f.blinding) {
        QJsonArray a;
        for (const ArmBlinding& b : *f.blinding) {
            QJsonObject o{{QStringLiteral("arm"), b.arm.code},
                          {QStringLiteral("n"), b.index ? b.index->n : 0}};
            if (b.index) {
                o.insert(QStringLiteral("correct"), b.index->correct);
                o.insert(QStringLiteral("incorrect"), b.index->incorrect);
                o.insert(QStringLiteral("dontKnow"), b.index->dontKnow);
                o.insert(QStringLiteral("index"), b.index->index);
                o.insert(QStringLiteral("se"), b.index->se);
                o.insert(QStringLiteral("ci95"),
                         QJsonArray{b.index->ci95.lower, b.index->ci95.upper});
            } else {
                o.insert(QStringLiteral("index"), QJsonValue::Null);
            }
            a.append(o);
        }
        out.insert(QStringLiteral("blindingIndex"), a);
    }
    out.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(f.withheld));
    // Whether retention, trajectory and change are per arm or pooled (arm "all"), and why.
    out.insert(QStringLiteral("comparative"), f.comparative);
    if (!f.pooledNote.isEmpty())
        out.insert(QStringLiteral("pooled_note"), f.pooledNote);
    return out;
}

} // namespace td
