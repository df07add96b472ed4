// The ODM export's ClinicalData: one SubjectData per participant with the participant form and
// every non-removed assessment as a FormData. Three forward-only queries in participant order
// (participants, forms, audit rows) are merged, so memory stays one participant.
//
// Audit records come from the audit trail: a FormData's says who entered the form, when and at
// which site; an ItemData's says who last corrected that value, when and why (ReasonForChange).

#include "exchange/ExportSource.h"
#include "exchange/OdmFormat.h"
#include "exchange/OdmWriter.h"
#include "storage/Database.h"

#include <QSqlError>

namespace td {

namespace {

struct Stamp
{
    QString user;
    QString at;
    QString reason;
};

// What the audit trail says about one assessment: its creation, and the last change of each
// field (assessment_date, status, missing_reason, item_1, ...).
struct FormAudit
{
    Stamp created;
    QHash<QString, Stamp> changed;
};

QString itemField(int position)
{
    return QStringLiteral("item_%1").arg(position);
}

} // namespace

Result<qint64> OdmWriter::writeClinicalData()
{
    const ExportSource source(m_ctx.disclosure);
    auto people = m_ctx.db.exec(source.participants());
    TD_TRY(people);
    auto forms = m_ctx.db.exec(source.forms());
    TD_TRY(forms);
    auto audit = m_ctx.db.exec(source.formAudit(m_ctx.db.dialect()));
    TD_TRY(audit);
    QSqlQuery& p = **people;
    QSqlQuery& f = **forms;
    QSqlQuery& au = **audit;
    bool formValid = f.next();
    bool auditValid = au.next();

    m_xml.writeStartElement(QStringLiteral("ClinicalData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), clean(studyOid()));
    m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), odm::metaDataVersion());

    QString location;
    auto auditRecord = [&](const Stamp& s) {
        m_xml.writeStartElement(QStringLiteral("AuditRecord"));
        m_xml.writeEmptyElement(QStringLiteral("UserRef"));
        m_xml.writeAttribute(QStringLiteral("UserOID"), clean(userOid(s.user)));
        m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
        m_xml.writeAttribute(QStringLiteral("LocationOID"), location);
        m_xml.writeTextElement(QStringLiteral("DateTimeStamp"), s.at);
        if (!s.reason.isEmpty())
            m_xml.writeTextElement(QStringLiteral("ReasonForChange"), clean(s.reason));
        m_xml.writeEndElement();
    };
    // A missing value is left out (an item answer: IsNull, so the item list keeps its length);
    // a value a correction emptied is IsNull with the correction's audit record.
    auto itemData = [&](const QString& oid, const QString& value, const Stamp* change,
                        bool nullWhenEmpty = false) {
        if (value.isEmpty() && !change && !nullWhenEmpty)
            return;
        if (change)
            m_xml.writeStartElement(QStringLiteral("ItemData"));
        else
            m_xml.writeEmptyElement(QStringLiteral("ItemData"));
        m_xml.writeAttribute(QStringLiteral("ItemOID"), clean(oid));
        if (value.isEmpty())
            m_xml.writeAttribute(QStringLiteral("IsNull"), QStringLiteral("Yes"));
        else
            m_xml.writeAttribute(QStringLiteral("Value"), clean(value));
        if (change) {
            auditRecord(*change);
            m_xml.writeEndElement();
        }
    };

    QHash<qint64, FormAudit> trail; // this participant's assessments
    const FormAudit none;
    qint64 written = 0;
    while (p.next()) {
        const qint64 pid = p.value(0).toLongLong();
        location = clean(odm::location(p.value(3).toString()));

        trail.clear();
        while (auditValid && au.value(0).toLongLong() < pid)
            auditValid = au.next();
        for (; auditValid && au.value(0).toLongLong() == pid; auditValid = au.next()) {
            FormAudit& a = trail[au.value(1).toLongLong()];
            Stamp s{au.value(4).toString(), au.value(5).toString(), au.value(6).toString()};
            if (au.value(2).toString() == QStringLiteral("created"))
                a.created = std::move(s);
            else
                a.changed.insert(au.value(3).toString(), std::move(s));
        }

        m_xml.writeStartElement(QStringLiteral("SubjectData"));
        m_xml.writeAttribute(QStringLiteral("SubjectKey"), clean(p.value(1).toString()));
        m_xml.writeEmptyElement(QStringLiteral("SiteRef"));
        m_xml.writeAttribute(QStringLiteral("LocationOID"), location);

        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), odm::participantEvent());
        m_xml.writeStartElement(QStringLiteral("FormData"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), odm::participantForm());
        m_xml.writeStartElement(QStringLiteral("ItemGroupData"));
        m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), odm::participantGroup());
        itemData(odm::participantItem(QStringLiteral("SITE")), p.value(3).toString(), nullptr);
        if (m_ctx.disclosure.arms())
            itemData(odm::participantItem(QStringLiteral("ARM")), p.value(5).toString(), nullptr);
        itemData(odm::participantItem(QStringLiteral("STATUS")), p.value(6).toString(), nullptr);
        itemData(odm::participantItem(QStringLiteral("AGE")), p.value(7).toString(), nullptr);
        itemData(odm::participantItem(QStringLiteral("SEX")), p.value(8).toString(), nullptr);
        itemData(odm::participantItem(QStringLiteral("EDUCATION_YEARS")), p.value(9).toString(),
                 nullptr);
        itemData(odm::participantItem(QStringLiteral("EPISODE_MONTHS")), p.value(10).toString(),
                 nullptr);
        itemData(odm::participantItem(QStringLiteral("RANDOMIZED_DATE")),
                 p.value(11).toString().left(10), nullptr);
        m_xml.writeEndElement(); // ItemGroupData
        m_xml.writeEndElement(); // FormData
        m_xml.writeEndElement(); // StudyEventData

        while (formValid && f.value(0).toLongLong() < pid)
            formValid = f.next();
        bool eventOpen = false;
        QString openEvent; // "v<time point id>", "s<session id>"; unscheduled never shared
        int unscheduled = 0;
        for (; formValid && f.value(0).toLongLong() == pid; formValid = f.next()) {
            const qint64 id = f.value(1).toLongLong();
            QString event, oid, repeatKey;
            if (!f.value(2).isNull()) {
                event = QStringLiteral("v") + f.value(2).toString();
                oid = odm::visitEvent(f.value(3).toString());
            } else if (!f.value(4).isNull()) {
                event = QStringLiteral("s") + f.value(4).toString();
                oid = odm::sessionEvent();
                repeatKey = f.value(5).toString();
            } else {
                oid = odm::unscheduledEvent();
                repeatKey = QString::number(++unscheduled);
            }
            if (!eventOpen || event.isEmpty() || event != openEvent) {
                if (eventOpen)
                    m_xml.writeEndElement();
                m_xml.writeStartElement(QStringLiteral("StudyEventData"));
                m_xml.writeAttribute(QStringLiteral("StudyEventOID"), clean(oid));
                if (!repeatKey.isEmpty())
                    m_xml.writeAttribute(QStringLiteral("StudyEventRepeatKey"), repeatKey);
                eventOpen = true;
                openEvent = event;
            }

            const QString instrument = f.value(6).toString();
            const auto found = trail.constFind(id);
            const FormAudit& a = found == trail.constEnd() ? none : *found;
            Stamp created = a.created;
            if (created.user.isEmpty()) // no audit row: the form's own record
                created = {f.value(11).toString(), f.value(12).toString(), QString()};
            auto change = [&](const QString& field) -> const Stamp* {
                auto it = a.changed.constFind(field);
                return it == a.changed.constEnd() ? nullptr : &*it;
            };
            m_xml.writeStartElement(QStringLiteral("FormData"));
            m_xml.writeAttribute(QStringLiteral("FormOID"), clean(odm::form(instrument)));
            if (!created.at.isEmpty())
                auditRecord(created);
            m_xml.writeStartElement(QStringLiteral("ItemGroupData"));
            m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), odm::assessmentGroup());
            itemData(odm::dateItem(), f.value(7).toString(),
                     change(QStringLiteral("assessment_date")));
            itemData(odm::statusItem(), f.value(8).toString(), change(QStringLiteral("status")));
            itemData(odm::missingReasonItem(), f.value(9).toString(),
                     change(QStringLiteral("missing_reason")));
            // The rater itself, whoever keyed or imported the form (the audit record's user).
            itemData(odm::raterItem(), clean(userOid(f.value(11).toString())), nullptr);
            m_xml.writeEndElement();
            m_xml.writeStartElement(QStringLiteral("ItemGroupData"));
            m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), clean(odm::itemGroup(instrument)));
            const QString values = f.value(10).toString();
            int position = 0;
            if (!values.isEmpty())
                for (QStringView v : QStringView(values).split(QLatin1Char(','))) {
                    ++position;
                    itemData(odm::item(instrument, position), v == u"NA" ? QString() : v.toString(),
                             change(itemField(position)), true);
                }
            m_xml.writeEndElement(); // ItemGroupData
            m_xml.writeEndElement(); // FormData
            ++written;
            if (m_xml.hasError())
                break;
        }
        if (eventOpen)
            m_xml.writeEndElement(); // StudyEventData
        m_xml.writeEndElement();     // SubjectData
        if (m_xml.hasError())
            break;
    }
    if (p.lastError().isValid() || f.lastError().isValid() || au.lastError().isValid())
        return makeError(ErrorCode::Database, tr("Reading the trial for the ODM export failed: %1")
                                                  .arg(p.lastError().text() + f.lastError().text() +
                                                       au.lastError().text()));
    m_xml.writeEndElement(); // ClinicalData
    return written;
}

} // namespace td
