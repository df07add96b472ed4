#pragma once

// The OID scheme of TrialDesk's CDISC ODM 1.3.2 files, shared by the export (OdmExport) and the
// import (OdmImport) so a file written by one is read by the other.
//
//   SE.PARTICIPANT        participant-level event: form F.PARTICIPANT, group IG.PARTICIPANT
//   SE.<visit code>       one scheduled visit (time point)
//   SE.SESSION            therapy session (repeating; StudyEventRepeatKey = session number)
//   SE.UNSCHEDULED        an assessment of neither a visit nor a session (repeating)
//   F.<instrument>        one instrument; groups IG.ASSESSMENT and IG.<instrument>
//   IT.ASSESSMENT.DATE / .STATUS / .MISSING_REASON    the administration
//   IT.ASSESSMENT.RATER   the rater's UserOID (USR.<username>), whoever keyed the form
//   ST.<acronym>          the study (ClinicalData/@StudyOID); MDV.1 its metadata version
//   IT.<instrument>.<n>   the raw value of item n (1-based position in the definition);
//                         IsNull="Yes" for a missing answer ("NA")

#include <QString>

namespace td::odm {

inline constexpr auto ns = "http://www.cdisc.org/ns/odm/v1.3";

inline QString participantEvent()
{
    return QStringLiteral("SE.PARTICIPANT");
}
inline QString sessionEvent()
{
    return QStringLiteral("SE.SESSION");
}
inline QString unscheduledEvent()
{
    return QStringLiteral("SE.UNSCHEDULED");
}
inline QString visitEvent(const QString& timePointCode)
{
    return QStringLiteral("SE.") + timePointCode;
}
inline QString participantForm()
{
    return QStringLiteral("F.PARTICIPANT");
}
inline QString participantGroup()
{
    return QStringLiteral("IG.PARTICIPANT");
}
inline QString participantItem(const QString& name)
{
    return QStringLiteral("IT.PARTICIPANT.") + name;
}
inline QString form(const QString& instrumentId)
{
    return QStringLiteral("F.") + instrumentId;
}
inline QString assessmentGroup()
{
    return QStringLiteral("IG.ASSESSMENT");
}
inline QString itemGroup(const QString& instrumentId)
{
    return QStringLiteral("IG.") + instrumentId;
}
inline QString dateItem()
{
    return QStringLiteral("IT.ASSESSMENT.DATE");
}
inline QString statusItem()
{
    return QStringLiteral("IT.ASSESSMENT.STATUS");
}
inline QString missingReasonItem()
{
    return QStringLiteral("IT.ASSESSMENT.MISSING_REASON");
}
inline QString raterItem()
{
    return QStringLiteral("IT.ASSESSMENT.RATER");
}
inline QString study(const QString& acronym)
{
    const QString a = acronym.trimmed();
    return QStringLiteral("ST.") + (a.isEmpty() ? QStringLiteral("TRIAL") : a);
}
inline QString item(const QString& instrumentId, int position)
{
    return QStringLiteral("IT.%1.%2").arg(instrumentId).arg(position);
}
inline QString user(const QString& username)
{
    return QStringLiteral("USR.") + username;
}
// Stands for every therapist in a blinded file: who entered a value must not reveal the arm.
inline QString blindedUser()
{
    return QStringLiteral("USR.BLINDED");
}
inline QString location(const QString& siteCode)
{
    return QStringLiteral("LOC.") + siteCode;
}
inline QString metaDataVersion()
{
    return QStringLiteral("MDV.1");
}

} // namespace td::odm
