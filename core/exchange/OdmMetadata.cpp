// The ODM export's metadata: Study (GlobalVariables, MetaDataVersion with the protocol's events,
// the instruments' forms, items and code lists) and AdminData (users and sites).

#include "audit/TrailAnchor.h"
#include "exchange/ExportSource.h"
#include "exchange/OdmFormat.h"
#include "exchange/OdmWriter.h"
#include "instruments/ItemNumber.h"
#include "participants/ParticipantStatus.h"
#include "quality/DataLocks.h"
#include "storage/Database.h"

#include <QSqlError>
#include <algorithm>

namespace td {

namespace {

// Items with the same answers share one code list.
QString valuesCodeList(const ItemDefinition& item)
{
    return item.letters.isEmpty() ? QStringLiteral("CL.INT.%1_%2").arg(item.min).arg(item.max)
                                  : QStringLiteral("CL.TXT.%1_%2.%3")
                                        .arg(item.min)
                                        .arg(item.max)
                                        .arg(item.letters.join(QString()));
}

// The raw values an item accepts (besides NA), as the scoring engine reads them, with their
// decodes. A lettered item's non-zero digit alone is the score with the direction not recorded
// (legacy data, other systems' exports).
std::vector<std::pair<QString, QString>> itemValues(const ItemDefinition& item)
{
    std::vector<std::pair<QString, QString>> out;
    for (int v = item.min; v <= item.max; ++v) {
        const QString digit = QString::number(v);
        if (item.letters.isEmpty() || v == 0) {
            out.emplace_back(digit, digit);
            continue;
        }
        for (const QString& l : item.letters)
            out.emplace_back(digit + l, digit + l);
        out.emplace_back(digit, QStringLiteral("%1, direction not recorded").arg(digit));
    }
    return out;
}

// "Allowed: 0 to 3, or NA for missing." in English whatever the interface language (the
// metadata is language-neutral apart from the instruments' own Norwegian texts).
QString allowedText(const ItemDefinition& item)
{
    if (item.decimals > 0)
        return QStringLiteral("Allowed: %1 to %2 with at most %3 decimal place(s), or NA (IsNull) "
                              "for a missing answer.")
            .arg(ItemNumber::write(item.min, item.decimals),
                 ItemNumber::write(item.max, item.decimals))
            .arg(item.decimals);
    if (item.letters.isEmpty())
        return QStringLiteral("Allowed: %1 to %2, or NA (IsNull) for a missing answer.")
            .arg(item.min)
            .arg(item.max);
    QStringList lettered;
    for (const auto& [code, decode] : itemValues(item))
        if (code == decode)
            lettered << code;
    return QStringLiteral("Allowed: %1; a digit alone (%2 to %3) is the score with the direction "
                          "not recorded; or NA (IsNull) for a missing answer.")
        .arg(lettered.join(QStringLiteral(", ")))
        .arg(std::max(1, item.min))
        .arg(item.max);
}

// Long integer ranges get a range check only.
constexpr int maxCodes = 100;

} // namespace

OdmWriter::OdmWriter(ExportContext& ctx, QIODevice& out) : m_ctx(ctx), m_xml(&out)
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
}

QString OdmWriter::clean(const QString& text)
{
    auto bad = [](char16_t c) {
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0xFFFE || c == 0xFFFF;
    };
    bool fine = true;
    for (qsizetype i = 0; i < text.size() && fine; ++i) {
        const char16_t c = text[i].unicode();
        if (bad(c) || QChar::isSurrogate(c))
            fine = false;
    }
    if (fine)
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
        } else if (bad(c) || QChar::isSurrogate(c)) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += text[i];
        }
    }
    return out;
}

QString OdmWriter::studyOid() const
{
    return odm::study(m_ctx.protocol.trial.acronym);
}

QString OdmWriter::userOid(const QString& username) const
{
    return m_userOids.value(username, odm::user(username));
}

void OdmWriter::text(const QString& element, const QString& value)
{
    m_xml.writeTextElement(element, clean(value));
}

void OdmWriter::translated(const QString& element, const QString& en, const QString& nb)
{
    m_xml.writeStartElement(element);
    m_xml.writeStartElement(QStringLiteral("TranslatedText"));
    m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    m_xml.writeCharacters(clean(en));
    m_xml.writeEndElement();
    if (!nb.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("TranslatedText"));
        m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("nb"));
        m_xml.writeCharacters(clean(nb));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void OdmWriter::ref(const QString& element, const QString& attribute, const QString& oid, int order,
                    bool mandatory)
{
    m_xml.writeEmptyElement(element);
    m_xml.writeAttribute(attribute, clean(oid));
    m_xml.writeAttribute(QStringLiteral("OrderNumber"), QString::number(order));
    m_xml.writeAttribute(QStringLiteral("Mandatory"),
                         mandatory ? QStringLiteral("Yes") : QStringLiteral("No"));
}

Status OdmWriter::scanForms()
{
    for (const QString& id : m_ctx.catalog.ids())
        m_instruments << id;
    for (const TimePoint& t : m_ctx.protocol.schedule)
        for (const ScheduledInstrument& si : t.instruments)
            m_visitForms[t.id] << si.instrumentId;
    // One pass over the assessments: instruments given at a visit beyond its schedule, and
    // those of sessions (only with arms: their schedule follows the arm) or of no event.
    auto q = m_ctx.db.exec(ExportSource(m_ctx.disclosure).formKinds());
    TD_TRY(q);
    QSqlQuery& r = **q;
    while (r.next()) {
        const QString instrument = r.value(2).toString();
        QStringList* forms = nullptr;
        if (!r.value(0).isNull())
            forms = &m_visitForms[r.value(0).toLongLong()];
        else if (r.value(1).toBool())
            forms = &m_sessionForms;
        else
            forms = &m_unscheduledForms;
        if (forms && !forms->contains(instrument))
            *forms << instrument;
    }
    if (r.lastError().isValid())
        return m_ctx.db.sqlError(r, QStringLiteral("ODM forms"));
    return {};
}

Status OdmWriter::loadUsers()
{
    auto q =
        m_ctx.db.exec(QStringLiteral("SELECT username, display_name, role FROM users ORDER BY id"));
    TD_TRY(q);
    QSqlQuery& r = **q;
    bool masked = false;
    while (r.next()) {
        User u{r.value(0).toString(), r.value(1).toString(), r.value(2).toString()};
        // Who entered a value must not reveal the arm to a blinded reader: unblinded staff
        // are one anonymous user there (ExportSource gives their names as empty).
        if (!m_ctx.disclosure.names(u.role)) {
            if (!masked)
                m_users.push_back(
                    {QString(), QStringLiteral("Unblinded staff (not named in a blinded export)"),
                     QString()});
            masked = true;
            continue;
        }
        m_userOids.insert(u.username, odm::user(u.username));
        m_users.push_back(std::move(u));
    }
    if (masked)
        m_userOids.insert(QString(), odm::blindedUser());
    if (r.lastError().isValid())
        return m_ctx.db.sqlError(r, QStringLiteral("ODM users"));
    return {};
}

Result<qint64> OdmWriter::run()
{
    TD_TRY(scanForms());
    TD_TRY(loadUsers());
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(QLatin1String(odm::ns));
    m_xml.writeStartElement(QStringLiteral("ODM"));
    const QDateTime now = m_ctx.db.clock().nowUtc();
    // The description names the audit trail head the file was made from (an anchor).
    QString description = m_ctx.disclosure.arms()
                              ? QStringLiteral("TrialDesk export")
                              : QStringLiteral("TrialDesk export (blinded: no arms, no session "
                                               "measures, no treatment phases, unblinded staff "
                                               "not named)");
    if (auto head = TrailAnchors::signedHead(m_ctx.db); head.ok() && *head)
        description += QStringLiteral("; audit trail head: row %1, SHA-256 %2, signed %3")
                           .arg((*head)->headId)
                           .arg((*head)->headHash, (*head)->atUtc);
    if (auto lock = DataLocks::trialLock(m_ctx.db); lock.ok())
        description += *lock ? QStringLiteral("; database locked at audit row %1 (SHA-256 %2), %3")
                                   .arg((*lock)->headId)
                                   .arg((*lock)->headHash, (*lock)->lockedAt.toString(Qt::ISODate))
                             : QStringLiteral("; database not locked");
    m_xml.writeAttribute(QStringLiteral("Description"), description);
    m_xml.writeAttribute(QStringLiteral("FileType"), QStringLiteral("Snapshot"));
    m_xml.writeAttribute(QStringLiteral("Granularity"), QStringLiteral("All"));
    m_xml.writeAttribute(QStringLiteral("FileOID"),
                         clean(studyOid() + QStringLiteral(".") +
                               now.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    m_xml.writeAttribute(QStringLiteral("CreationDateTime"), now.toString(Qt::ISODate));
    m_xml.writeAttribute(QStringLiteral("ODMVersion"), QStringLiteral("1.3.2"));
    m_xml.writeAttribute(QStringLiteral("Originator"), QStringLiteral("TrialDesk"));
    m_xml.writeAttribute(QStringLiteral("SourceSystem"), QStringLiteral("TrialDesk"));
    writeStudy();
    writeAdminData();
    auto forms = writeClinicalData();
    TD_TRY(forms);
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    if (m_xml.hasError())
        return makeError(
            ErrorCode::Database,
            tr("Writing the export file failed: %1").arg(m_xml.device()->errorString()));
    return forms;
}

void OdmWriter::writeStudy()
{
    const Trial& trial = m_ctx.protocol.trial;
    m_xml.writeStartElement(QStringLiteral("Study"));
    m_xml.writeAttribute(QStringLiteral("OID"), clean(studyOid()));
    m_xml.writeStartElement(QStringLiteral("GlobalVariables"));
    text(QStringLiteral("StudyName"),
         trial.title.en.trimmed().isEmpty() ? QStringLiteral("TrialDesk trial") : trial.title.en);
    text(QStringLiteral("StudyDescription"), QStringLiteral("%1; target sample size %2")
                                                 .arg(trial.title.en)
                                                 .arg(trial.targetSampleSize));
    text(QStringLiteral("ProtocolName"),
         trial.acronym.trimmed().isEmpty() ? QStringLiteral("TRIAL") : trial.acronym);
    m_xml.writeEndElement();

    m_xml.writeStartElement(QStringLiteral("MetaDataVersion"));
    m_xml.writeAttribute(QStringLiteral("OID"), odm::metaDataVersion());
    m_xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("TrialDesk protocol"));
    m_xml.writeAttribute(
        QStringLiteral("Description"),
        QStringLiteral(
            "Raw item values as entered; scores are derived and not part of this file."));
    m_xml.writeStartElement(QStringLiteral("Protocol"));
    int order = 0;
    ref(QStringLiteral("StudyEventRef"), QStringLiteral("StudyEventOID"), odm::participantEvent(),
        ++order, true);
    for (const TimePoint& t : m_ctx.protocol.schedule)
        ref(QStringLiteral("StudyEventRef"), QStringLiteral("StudyEventOID"),
            odm::visitEvent(t.code), ++order, true);
    if (!m_sessionForms.isEmpty())
        ref(QStringLiteral("StudyEventRef"), QStringLiteral("StudyEventOID"), odm::sessionEvent(),
            ++order, false);
    if (!m_unscheduledForms.isEmpty())
        ref(QStringLiteral("StudyEventRef"), QStringLiteral("StudyEventOID"),
            odm::unscheduledEvent(), ++order, false);
    m_xml.writeEndElement();
    writeEventDefs();
    writeFormDefs();
    writeItemGroupDefs();
    writeItemDefs();
    writeCodeLists();
    m_xml.writeEndElement(); // MetaDataVersion
    m_xml.writeEndElement(); // Study
}

void OdmWriter::writeEventDefs()
{
    auto event = [&](const QString& oid, const QString& name, bool repeating, const QString& type,
                     const QString& description, const QStringList& forms, bool mandatory) {
        m_xml.writeStartElement(QStringLiteral("StudyEventDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), clean(oid));
        m_xml.writeAttribute(QStringLiteral("Name"), clean(name.isEmpty() ? oid : name));
        m_xml.writeAttribute(QStringLiteral("Repeating"),
                             repeating ? QStringLiteral("Yes") : QStringLiteral("No"));
        m_xml.writeAttribute(QStringLiteral("Type"), type);
        translated(QStringLiteral("Description"), description);
        int order = 0;
        for (const QString& f : forms)
            ref(QStringLiteral("FormRef"), QStringLiteral("FormOID"), f, ++order, mandatory);
        m_xml.writeEndElement();
    };
    event(odm::participantEvent(), QStringLiteral("Participant"), false, QStringLiteral("Common"),
          QStringLiteral("Site, allocation and baseline covariates of the participant"),
          {odm::participantForm()}, true);
    for (const TimePoint& t : m_ctx.protocol.schedule) {
        QStringList forms;
        for (const QString& i : m_visitForms[t.id])
            forms << odm::form(i);
        event(odm::visitEvent(t.code), t.label.en, false, QStringLiteral("Scheduled"),
              QStringLiteral("Week %1 after randomization, window %2 days either side")
                  .arg(t.weekOffset)
                  .arg(t.windowDays),
              forms, true);
    }
    auto formsOf = [](const QStringList& instruments) {
        QStringList out;
        for (const QString& i : instruments)
            out << odm::form(i);
        return out;
    };
    if (!m_sessionForms.isEmpty())
        event(odm::sessionEvent(), QStringLiteral("Therapy session"), true,
              QStringLiteral("Unscheduled"),
              QStringLiteral(
                  "Session-by-session measures; StudyEventRepeatKey is the session number"),
              formsOf(m_sessionForms), false);
    if (!m_unscheduledForms.isEmpty())
        event(odm::unscheduledEvent(), QStringLiteral("Unscheduled assessment"), true,
              QStringLiteral("Unscheduled"),
              QStringLiteral("Assessments outside the visit schedule"), formsOf(m_unscheduledForms),
              false);
}

void OdmWriter::writeFormDefs()
{
    m_xml.writeStartElement(QStringLiteral("FormDef"));
    m_xml.writeAttribute(QStringLiteral("OID"), odm::participantForm());
    m_xml.writeAttribute(QStringLiteral("Name"), QStringLiteral("Participant"));
    m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
    ref(QStringLiteral("ItemGroupRef"), QStringLiteral("ItemGroupOID"), odm::participantGroup(), 1,
        true);
    m_xml.writeEndElement();
    for (const QString& id : m_instruments) {
        const InstrumentDefinition* d = m_ctx.catalog.find(id);
        m_xml.writeStartElement(QStringLiteral("FormDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), clean(odm::form(id)));
        m_xml.writeAttribute(QStringLiteral("Name"),
                             clean(d->shortName.isEmpty() ? id : d->shortName));
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        translated(QStringLiteral("Description"), d->name.en, d->name.nb);
        ref(QStringLiteral("ItemGroupRef"), QStringLiteral("ItemGroupOID"), odm::assessmentGroup(),
            1, true);
        ref(QStringLiteral("ItemGroupRef"), QStringLiteral("ItemGroupOID"), odm::itemGroup(id), 2,
            true);
        m_xml.writeStartElement(QStringLiteral("Alias"));
        m_xml.writeAttribute(QStringLiteral("Context"), QStringLiteral("TrialDesk scoring"));
        m_xml.writeAttribute(QStringLiteral("Name"), clean(ExportLayout::scoringText(*d)));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
}

void OdmWriter::writeItemGroupDefs()
{
    auto group = [&](const QString& oid, const QString& name, const QStringList& items,
                     const QList<bool>& mandatory) {
        m_xml.writeStartElement(QStringLiteral("ItemGroupDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), clean(oid));
        m_xml.writeAttribute(QStringLiteral("Name"), clean(name));
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        for (qsizetype i = 0; i < items.size(); ++i)
            ref(QStringLiteral("ItemRef"), QStringLiteral("ItemOID"), items[i],
                static_cast<int>(i + 1), mandatory[i]);
        m_xml.writeEndElement();
    };
    QStringList participant = {odm::participantItem(QStringLiteral("SITE"))};
    if (m_ctx.disclosure.arms())
        participant << odm::participantItem(QStringLiteral("ARM"));
    for (const char* name :
         {"STATUS", "AGE", "SEX", "EDUCATION_YEARS", "EPISODE_MONTHS", "RANDOMIZED_DATE"})
        participant << odm::participantItem(QLatin1String(name));
    QList<bool> mandatory(participant.size(), false);
    mandatory[0] = true;
    group(odm::participantGroup(), QStringLiteral("Participant"), participant, mandatory);
    group(odm::assessmentGroup(), QStringLiteral("Administration"),
          {odm::dateItem(), odm::statusItem(), odm::missingReasonItem(), odm::raterItem()},
          {true, true, false, false});
    for (const QString& id : m_instruments) {
        const InstrumentDefinition* d = m_ctx.catalog.find(id);
        QStringList items;
        QList<bool> required;
        for (size_t i = 0; i < d->items.size(); ++i) {
            items << odm::item(id, static_cast<int>(i + 1));
            required << !d->items[i].optional;
        }
        group(odm::itemGroup(id), QStringLiteral("%1 items").arg(d->shortName), items, required);
    }
}

void OdmWriter::itemDef(const QString& oid, const QString& name, const QString& dataType,
                        const QString& question, const QString& codeList)
{
    m_xml.writeStartElement(QStringLiteral("ItemDef"));
    m_xml.writeAttribute(QStringLiteral("OID"), clean(oid));
    m_xml.writeAttribute(QStringLiteral("Name"), clean(name));
    m_xml.writeAttribute(QStringLiteral("DataType"), dataType);
    translated(QStringLiteral("Question"), question);
    if (!codeList.isEmpty()) {
        m_xml.writeEmptyElement(QStringLiteral("CodeListRef"));
        m_xml.writeAttribute(QStringLiteral("CodeListOID"), codeList);
    }
    m_xml.writeEndElement();
}

void OdmWriter::writeItemDefs()
{
    const QString text = QStringLiteral("text");
    const QString integer = QStringLiteral("integer");
    const QString date = QStringLiteral("date");
    itemDef(odm::participantItem(QStringLiteral("SITE")), QStringLiteral("site"), text,
            QStringLiteral("Site"), QStringLiteral("CL.SITE"));
    if (m_ctx.disclosure.arms())
        itemDef(odm::participantItem(QStringLiteral("ARM")), QStringLiteral("arm"), text,
                QStringLiteral("Allocated arm (absent: not randomized)"), QStringLiteral("CL.ARM"));
    itemDef(odm::participantItem(QStringLiteral("STATUS")), QStringLiteral("status"), text,
            QStringLiteral("Participant status"), QStringLiteral("CL.PARTICIPANT_STATUS"));
    itemDef(odm::participantItem(QStringLiteral("AGE")), QStringLiteral("age"), integer,
            QStringLiteral("Age at baseline (years)"));
    itemDef(odm::participantItem(QStringLiteral("SEX")), QStringLiteral("sex"), text,
            QStringLiteral("Sex"), QStringLiteral("CL.SEX"));
    itemDef(odm::participantItem(QStringLiteral("EDUCATION_YEARS")),
            QStringLiteral("education_years"), integer, QStringLiteral("Years of education"));
    itemDef(odm::participantItem(QStringLiteral("EPISODE_MONTHS")),
            QStringLiteral("episode_months"), integer,
            QStringLiteral("Duration of current episode (months)"));
    itemDef(odm::participantItem(QStringLiteral("RANDOMIZED_DATE")),
            QStringLiteral("randomized_date"), date, QStringLiteral("Date of randomization"));
    itemDef(odm::dateItem(), QStringLiteral("assessment_date"), date,
            QStringLiteral("Assessment date"));
    itemDef(odm::statusItem(), QStringLiteral("assessment_status"), text,
            QStringLiteral("Assessment status"), QStringLiteral("CL.ASSESSMENT_STATUS"));
    itemDef(odm::missingReasonItem(), QStringLiteral("missing_reason"), text,
            QStringLiteral("Why items or the assessment are missing"));
    itemDef(odm::raterItem(), QStringLiteral("rater"), text,
            QStringLiteral("Who rated (the UserOID of a user in AdminData)"));

    for (const QString& id : m_instruments) {
        const InstrumentDefinition* d = m_ctx.catalog.find(id);
        for (size_t i = 0; i < d->items.size(); ++i) {
            const ItemDefinition& item = d->items[i];
            const int position = static_cast<int>(i + 1);
            m_xml.writeStartElement(QStringLiteral("ItemDef"));
            m_xml.writeAttribute(QStringLiteral("OID"), clean(odm::item(id, position)));
            m_xml.writeAttribute(QStringLiteral("Name"),
                                 clean(QStringLiteral("%1 item %2").arg(d->shortName, item.id)));
            m_xml.writeAttribute(QStringLiteral("DataType"), item.decimals > 0
                                                                 ? QStringLiteral("float")
                                                             : item.letters.isEmpty() ? integer
                                                                                      : text);
            if (item.decimals > 0) {
                // Digits in all, and those after the decimal point (ODM 1.3.2 section 3.1.4).
                const int whole = static_cast<int>(
                    QString::number(std::max(std::abs(item.min), std::abs(item.max)) /
                                    ItemNumber::scale(item.decimals))
                        .size());
                m_xml.writeAttribute(QStringLiteral("Length"),
                                     QString::number(whole + item.decimals));
                m_xml.writeAttribute(QStringLiteral("SignificantDigits"),
                                     QString::number(item.decimals));
            }
            QString description = allowedText(item);
            if (!item.scored)
                description += QLatin1Char(' ') + QStringLiteral("Not scored.");
            if (item.optional)
                description += QLatin1Char(' ') + QStringLiteral("Optional.");
            translated(QStringLiteral("Description"), description);
            translated(QStringLiteral("Question"), item.label.en, item.label.nb);
            if (item.letters.isEmpty()) {
                for (const auto& [comparator, value] :
                     {std::pair{QStringLiteral("GE"), item.min},
                      std::pair{QStringLiteral("LE"), item.max}}) {
                    m_xml.writeStartElement(QStringLiteral("RangeCheck"));
                    m_xml.writeAttribute(QStringLiteral("Comparator"), comparator);
                    m_xml.writeAttribute(QStringLiteral("SoftHard"), QStringLiteral("Hard"));
                    m_xml.writeTextElement(QStringLiteral("CheckValue"),
                                           ItemNumber::write(value, item.decimals));
                    translated(QStringLiteral("ErrorMessage"), allowedText(item));
                    m_xml.writeEndElement();
                }
            }
            if (item.decimals == 0 && (!item.letters.isEmpty() || item.max - item.min < maxCodes)) {
                m_xml.writeEmptyElement(QStringLiteral("CodeListRef"));
                m_xml.writeAttribute(QStringLiteral("CodeListOID"), valuesCodeList(item));
            }
            auto alias = [&](const QString& context, const QString& name) {
                m_xml.writeStartElement(QStringLiteral("Alias"));
                m_xml.writeAttribute(QStringLiteral("Context"), context);
                m_xml.writeAttribute(QStringLiteral("Name"), clean(name));
                m_xml.writeEndElement();
            };
            alias(QStringLiteral("TrialDesk item id"), item.id);
            // What ODM has no element for: the answers that mean missing (kept as written,
            // counted as missing) and the branching logic that decides whether it is asked.
            if (!item.missingCodes.empty()) {
                QStringList codes;
                for (int code : item.missingCodes)
                    codes << ItemNumber::write(code, item.decimals);
                alias(QStringLiteral("TrialDesk:missing"), codes.join(QStringLiteral(", ")));
            }
            if (!item.showIf.isEmpty())
                alias(QStringLiteral("TrialDesk:show_if"), item.showIf);
            // Mandatory (ItemRef) is "a value is there", NA included; required is "answered".
            if (item.required)
                alias(QStringLiteral("TrialDesk:required"), QStringLiteral("yes"));
            m_xml.writeEndElement();
        }
    }
}

void OdmWriter::codeList(const QString& oid, const QString& name, const QString& dataType,
                         const std::vector<std::pair<QString, QString>>& items)
{
    if (items.empty())
        return;
    m_xml.writeStartElement(QStringLiteral("CodeList"));
    m_xml.writeAttribute(QStringLiteral("OID"), clean(oid));
    m_xml.writeAttribute(QStringLiteral("Name"), clean(name));
    m_xml.writeAttribute(QStringLiteral("DataType"), dataType);
    QSet<QString> seen;
    for (const auto& [code, decode] : items) {
        if (seen.contains(code))
            continue;
        seen.insert(code);
        m_xml.writeStartElement(QStringLiteral("CodeListItem"));
        m_xml.writeAttribute(QStringLiteral("CodedValue"), clean(code));
        translated(QStringLiteral("Decode"), decode.isEmpty() ? code : decode);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void OdmWriter::writeCodeLists()
{
    const QString text = QStringLiteral("text");
    std::vector<std::pair<QString, QString>> sites, arms, statuses, sexes;
    for (const Site& s : m_ctx.protocol.sites)
        sites.emplace_back(s.code, s.name.en);
    codeList(QStringLiteral("CL.SITE"), QStringLiteral("Sites"), text, sites);
    if (m_ctx.disclosure.arms()) {
        for (const Arm& a : m_ctx.protocol.arms)
            arms.emplace_back(a.code, a.name.en);
        codeList(QStringLiteral("CL.ARM"), QStringLiteral("Arms"), text, arms);
    }
    for (ParticipantStatus s : m_ctx.disclosure.statuses())
        statuses.emplace_back(StatusRules::key(s), StatusRules::key(s));
    codeList(QStringLiteral("CL.PARTICIPANT_STATUS"), QStringLiteral("Participant status"), text,
             statuses);
    for (const QString& s : ExportLayout::sexCodes())
        sexes.emplace_back(s, s);
    codeList(QStringLiteral("CL.SEX"), QStringLiteral("Sex"), text, sexes);
    codeList(QStringLiteral("CL.ASSESSMENT_STATUS"), QStringLiteral("Assessment status"), text,
             {{QStringLiteral("draft"), QStringLiteral("Draft")},
              {QStringLiteral("complete"), QStringLiteral("Complete")}});

    QSet<QString> written;
    for (const QString& id : m_instruments) {
        const InstrumentDefinition* d = m_ctx.catalog.find(id);
        for (const ItemDefinition& item : d->items) {
            const QString oid = valuesCodeList(item);
            if (written.contains(oid) || item.decimals > 0 ||
                (item.letters.isEmpty() && item.max - item.min >= maxCodes))
                continue;
            written.insert(oid);
            codeList(oid, QStringLiteral("Answers %1").arg(oid.mid(3)),
                     item.letters.isEmpty() ? QStringLiteral("integer") : text, itemValues(item));
        }
    }
}

void OdmWriter::writeAdminData()
{
    m_xml.writeStartElement(QStringLiteral("AdminData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), clean(studyOid()));
    for (const User& u : m_users) {
        m_xml.writeStartElement(QStringLiteral("User"));
        m_xml.writeAttribute(
            QStringLiteral("OID"),
            clean(u.username.isEmpty() ? odm::blindedUser() : odm::user(u.username)));
        if (!u.username.isEmpty())
            text(QStringLiteral("LoginName"), u.username);
        // The role key, not its translated name: the file is language-neutral.
        text(QStringLiteral("DisplayName"),
             u.role.isEmpty() ? u.displayName
                              : QStringLiteral("%1 (%2)").arg(u.displayName, u.role));
        m_xml.writeEndElement();
    }
    const QDate effective = m_ctx.protocol.trial.recruitmentStart.isValid()
                                ? m_ctx.protocol.trial.recruitmentStart
                                : m_ctx.db.clock().today();
    for (const Site& s : m_ctx.protocol.sites) {
        m_xml.writeStartElement(QStringLiteral("Location"));
        m_xml.writeAttribute(QStringLiteral("OID"), clean(odm::location(s.code)));
        m_xml.writeAttribute(QStringLiteral("Name"),
                             clean(s.name.en.isEmpty() ? s.code : s.name.en));
        m_xml.writeAttribute(QStringLiteral("LocationType"), QStringLiteral("Site"));
        m_xml.writeEmptyElement(QStringLiteral("MetaDataVersionRef"));
        m_xml.writeAttribute(QStringLiteral("StudyOID"), clean(studyOid()));
        m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), odm::metaDataVersion());
        m_xml.writeAttribute(QStringLiteral("EffectiveDate"), effective.toString(Qt::ISODate));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

} // namespace td
