#pragma once

#include "sessions/TherapySession.h"
#include "trial/Protocol.h"
#include "visits/VisitTimeline.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

namespace td {

struct Alert;
struct Assessment;

// Texts and colours the participant page's parts share: dates and numbers in the current
// language (QLocale(), which LanguageManager sets), the instrument definitions' language,
// and the visit states' colours.
class ParticipantFormat
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantFormat)

public:
    // "nb" or "en": which label of an instrument definition to show.
    static QString language();
    static QString date(const QDate& date); // short format; empty for an invalid date
    static QString number(double value);    // up to one decimal, in the locale
    static QString weeks(double weeks);     // "week 8.3"
    static QString dash() { return QStringLiteral("–"); }

    static QString attendance(Attendance a);
    static bool attended(Attendance a) { return a == Attendance::Attended; }
    static QString sessionKind(SessionKind kind);
    static QString alertKind(const QString& kind); // suicidality, deterioration
    static QString assessmentStatus(const Assessment& a);
    // "Inclusion" / "Exclusion".
    static QString criterionKind(CriterionKind kind);
    // A recorded covariate value as people read it: a choice's label, a number or date in the
    // current language; the stored text for anything else. Empty when none is recorded.
    static QString covariateValue(const Covariate& covariate, const QString& stored);
    // Where a numeric covariate's value must lie ("18 to 80"); empty when anything goes.
    static QString covariateRange(const Covariate& covariate);

    // A light background and a strong colour (icon, text) per visit state.
    static QColor stateBackground(VisitState state);
    static QColor stateColour(VisitState state);
    static QIcon stateIcon(VisitState state);
};

} // namespace td
