#include "participant/ParticipantFormat.h"

#include "assessments/Assessment.h"
#include "visits/VisitTimeline.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <cmath>

namespace td {

QString ParticipantFormat::language()
{
    const QLocale::Language l = QLocale().language();
    return l == QLocale::NorwegianBokmal || l == QLocale::NorwegianNynorsk ? QStringLiteral("nb")
                                                                           : QStringLiteral("en");
}

QString ParticipantFormat::date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString ParticipantFormat::number(double value)
{
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString ParticipantFormat::weeks(double weeks)
{
    //: A point in time on the participant's chart, e.g. "week 8.3" (since randomization).
    return tr("week %1").arg(QLocale().toString(weeks, 'f', 1));
}

QString ParticipantFormat::attendance(Attendance a)
{
    switch (a) {
    case Attendance::Attended:
        return tr("Attended");
    case Attendance::CancelledByPatient:
        return tr("Cancelled by the participant");
    case Attendance::CancelledByClinic:
        return tr("Cancelled by the clinic");
    case Attendance::DidNotAttend:
        return tr("Did not attend");
    }
    return {};
}

QString ParticipantFormat::sessionKind(SessionKind kind)
{
    return kind == SessionKind::Booster ? tr("Booster") : tr("Regular");
}

QString ParticipantFormat::alertKind(const QString& kind)
{
    if (kind == QStringLiteral("suicidality"))
        return tr("Suicidality flag");
    if (kind == QStringLiteral("deterioration"))
        return tr("Reliable deterioration");
    return kind;
}

QString ParticipantFormat::assessmentStatus(const Assessment& a)
{
    if (a.removed)
        return a.removedReason.isEmpty() ? tr("Removed") : tr("Removed: %1").arg(a.removedReason);
    if (VisitTimeline::hasNoData(a))
        return a.missingReason.isEmpty() ? tr("Not done") : tr("Not done: %1").arg(a.missingReason);
    if (a.status == AssessmentStatus::Draft)
        return tr("Draft");
    return a.missingReason.isEmpty() ? tr("Complete")
                                     : tr("Complete, items missing: %1").arg(a.missingReason);
}

QString ParticipantFormat::criterionKind(CriterionKind kind)
{
    return kind == CriterionKind::Inclusion ? tr("Inclusion") : tr("Exclusion");
}

QString ParticipantFormat::covariateValue(const Covariate& c, const QString& stored)
{
    if (stored.isEmpty())
        return {};
    switch (c.type) {
    case CovariateType::Integer:
    case CovariateType::Number: {
        bool ok = false;
        const double v = QLocale::c().toDouble(stored, &ok);
        return ok ? QLocale().toString(v, 'g', 15) : stored;
    }
    case CovariateType::Choice:
        for (const CovariateChoice& choice : c.choices)
            if (choice.code == stored)
                return choice.label;
        return stored;
    case CovariateType::Date: {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? date(d) : stored;
    }
    case CovariateType::Text:
        return stored;
    }
    return stored;
}

QString ParticipantFormat::covariateRange(const Covariate& c)
{
    if (!c.isNumeric())
        return {};
    const QLocale locale;
    if (c.min && c.max)
        return tr("%1 to %2").arg(locale.toString(*c.min), locale.toString(*c.max));
    if (c.min)
        return tr("at least %1").arg(locale.toString(*c.min));
    if (c.max)
        return tr("at most %1").arg(locale.toString(*c.max));
    return {};
}

QColor ParticipantFormat::stateBackground(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return {0xe3, 0xf2, 0xe1};
    case VisitState::Partial:
        return {0xff, 0xf3, 0xd6};
    case VisitState::Missed:
        return {0xec, 0xec, 0xec};
    case VisitState::Overdue:
        return {0xfd, 0xe2, 0xe0};
    case VisitState::Due:
        return {0xde, 0xeb, 0xfa};
    case VisitState::Upcoming:
    case VisitState::NotScheduled:
        return {};
    }
    return {};
}

QColor ParticipantFormat::stateColour(VisitState state)
{
    switch (state) {
    case VisitState::Done:
        return {0x2e, 0x7d, 0x32};
    case VisitState::Partial:
        return {0xb2, 0x6a, 0x00};
    case VisitState::Missed:
        return {0x61, 0x61, 0x61};
    case VisitState::Overdue:
        return {0xc6, 0x28, 0x28};
    case VisitState::Due:
        return {0x15, 0x65, 0xc0};
    case VisitState::Upcoming:
        return {0x78, 0x90, 0x9c};
    case VisitState::NotScheduled:
        return {0xb0, 0xb0, 0xb0};
    }
    return {};
}

QIcon ParticipantFormat::stateIcon(VisitState state)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = stateColour(state);
    // Filled when something was recorded or is asked for now; a ring for the future.
    const bool filled = state != VisitState::Upcoming && state != VisitState::NotScheduled;
    p.setPen(QPen(c, 2));
    p.setBrush(filled ? QBrush(c) : QBrush(Qt::NoBrush));
    p.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

} // namespace td
