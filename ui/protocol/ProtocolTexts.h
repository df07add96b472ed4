#pragma once

#include "trial/Protocol.h"

#include <QCoreApplication>
#include <QPair>
#include <optional>

namespace td {

// The protocol's fixed choices as people read them, in the current language. The file's keys
// (self_report, booster, ...) stay in the data; only these names are shown.
class ProtocolTexts
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolTexts)

public:
    using Choices = QList<QPair<QString, QString>>; // key, name

    static QString raterName(Rater rater);
    static Choices raters();
    static QString sessionKindName(SessionKind kind);
    static Choices sessionKinds();
    static QString covariateTypeName(CovariateType type);
    static Choices covariateTypes();
    static QString criterionKindName(CriterionKind kind);
    static Choices criterionKinds();
    static QString stratSourceName(StratSource source);
    static Choices stratSources();
    static std::optional<StratSource> stratSourceFromKey(const QString& key);
    // statistician, principal_investigator, dmc
    static QString comparativeRoleName(const QString& role);
    // The arms a visit or session measure is for; an empty list means every arm.
    static QString armsText(const QStringList& arms);
    static QString sessionPlanText(const Arm& arm);
};

} // namespace td
