#include "exchange/OdmReader.h"

#include "exchange/OdmFormat.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace td {

namespace {

// Only new records are imported: Insert (or no transaction type) on forms and items; subjects
// and events may also be Upsert or Context, as transactional files send them.
bool insertOnly(const QXmlStreamReader& r, bool container)
{
    const QStringView type = r.attributes().value(QLatin1String("TransactionType"));
    return type.isEmpty() || type == u"Insert" ||
           (container && (type == u"Upsert" || type == u"Context"));
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(OdmImport)

public:
    Parser(QIODevice& in, const std::function<bool(const OdmStudy&)>& onStudy,
           const std::function<void(OdmForm&)>& onForm, ImportReport& report)
        : m_r(&in), m_onStudy(onStudy), m_onForm(onForm), m_report(report)
    {}

    void run();
    int clinicalData() const { return m_clinicalData; }

private:
    bool is(QLatin1String name) const { return m_r.name() == name && m_r.namespaceUri() == m_ns; }
    QString attribute(const char* name) const
    {
        return m_r.attributes().value(QLatin1String(name)).toString();
    }
    void refuseType(std::vector<ImportProblem>& into, const QString& element)
    {
        into.push_back({m_r.lineNumber(), element + QStringLiteral("/@TransactionType"),
                        tr("TransactionType \"%1\" is not imported: only new forms are "
                           "(Insert, or no TransactionType).")
                            .arg(attribute("TransactionType"))});
    }
    // A subject or event of another transaction type is refused and skipped.
    bool skippedContainer(const QString& element)
    {
        if (insertOnly(m_r, true))
            return false;
        std::vector<ImportProblem> refused;
        refuseType(refused, element);
        m_report.refuse(refused.front().line, refused.front().column, refused.front().reason);
        m_r.skipCurrentElement();
        return true;
    }
    void readClinicalData();
    void subject();
    void event(const OdmForm& where);
    // Reads the FormData at the reader into a copy of `where` and delivers it.
    void formData(const OdmForm& where);
    void form(OdmForm& f);
    void group(OdmForm& f);

    QXmlStreamReader m_r;
    const QString m_ns = QLatin1String(odm::ns);
    const std::function<bool(const OdmStudy&)>& m_onStudy;
    const std::function<void(OdmForm&)>& m_onForm;
    ImportReport& m_report;
    int m_clinicalData = 0;
};

void Parser::run()
{
    while (!m_r.atEnd() && !m_r.isStartElement())
        m_r.readNext();
    if (!m_r.hasError()) {
        if (!m_r.isStartElement() || !is(QLatin1String("ODM"))) {
            m_report.refuse(m_r.lineNumber(),
                            m_r.isStartElement() ? m_r.qualifiedName().toString()
                                                 : QStringLiteral("ODM"),
                            tr("This is not a CDISC ODM 1.3 file: the root element must be ODM "
                               "in the namespace %1.")
                                .arg(m_ns));
            return;
        }
        while (m_r.readNextStartElement()) {
            if (is(QLatin1String("ClinicalData")))
                readClinicalData();
            else
                m_r.skipCurrentElement();
        }
        while (!m_r.atEnd()) // anything after the root must be well-formed too
            m_r.readNext();
    }
    if (m_r.hasError())
        m_report.refuse(m_r.lineNumber(), QStringLiteral("XML"),
                        tr("The file is not well-formed XML (column %1): %2")
                            .arg(m_r.columnNumber())
                            .arg(m_r.errorString()));
}

void Parser::readClinicalData()
{
    ++m_clinicalData;
    const OdmStudy study{m_r.lineNumber(), attribute("StudyOID"), attribute("MetaDataVersionOID")};
    if (!m_onStudy(study)) {
        m_r.skipCurrentElement();
        return;
    }
    while (m_r.readNextStartElement()) {
        if (is(QLatin1String("SubjectData")))
            subject();
        else
            m_r.skipCurrentElement();
    }
}

void Parser::subject()
{
    OdmForm where;
    where.subjectLine = m_r.lineNumber();
    where.subjectKey = attribute("SubjectKey");
    for (const QXmlStreamAttribute& a : m_r.attributes())
        if (a.name() == u"RecordIdField") // REDCap's own namespace
            where.recordIdField = a.value().toString();
    if (skippedContainer(QStringLiteral("SubjectData")))
        return;
    while (m_r.readNextStartElement()) {
        if (is(QLatin1String("StudyEventData"))) {
            event(where);
        } else if (is(QLatin1String("FormData"))) {
            // REDCap's layout: a form of no event (a classic project).
            OdmForm f = where;
            f.eventLine = where.subjectLine;
            formData(f);
        } else {
            m_r.skipCurrentElement();
        }
        if (m_r.hasError())
            return;
    }
}

void Parser::event(const OdmForm& where)
{
    OdmForm at = where;
    at.eventLine = m_r.lineNumber();
    at.eventOid = attribute("StudyEventOID");
    if (at.eventOid == odm::participantEvent()) {
        m_r.skipCurrentElement(); // participant data: not imported
        return;
    }
    if (skippedContainer(QStringLiteral("StudyEventData")))
        return;
    at.eventRepeatKey = attribute("StudyEventRepeatKey");
    while (m_r.readNextStartElement()) {
        if (!is(QLatin1String("FormData"))) {
            m_r.skipCurrentElement();
            continue;
        }
        formData(at);
        if (m_r.hasError())
            return;
    }
}

void Parser::formData(const OdmForm& where)
{
    OdmForm f = where;
    f.line = m_r.lineNumber();
    f.formOid = attribute("FormOID");
    // REDCap writes FormRepeatKey="1" on every form: one instance is what is imported.
    const QString repeatKey = attribute("FormRepeatKey");
    if (!repeatKey.isEmpty() && repeatKey != QStringLiteral("1"))
        f.problems.push_back({f.line, QStringLiteral("FormData/@FormRepeatKey"),
                              tr("A form is given once per visit: FormRepeatKey \"%1\" (a "
                                 "repeated form) is not imported.")
                                  .arg(repeatKey)});
    if (!insertOnly(m_r, false))
        refuseType(f.problems, QStringLiteral("FormData"));
    form(f);
    if (m_r.hasError())
        return; // a half-read form is not delivered
    m_onForm(f);
}

void Parser::form(OdmForm& f)
{
    while (m_r.readNextStartElement()) {
        if (is(QLatin1String("ItemGroupData"))) {
            if (!insertOnly(m_r, false))
                refuseType(f.problems, QStringLiteral("ItemGroupData"));
            group(f);
        } else if (is(QLatin1String("AuditRecord")) && f.userOid.isEmpty()) {
            // The form's first audit record says who entered it.
            while (m_r.readNextStartElement()) {
                if (is(QLatin1String("UserRef"))) {
                    f.userOid = attribute("UserOID");
                    f.userLine = m_r.lineNumber();
                }
                m_r.skipCurrentElement();
            }
        } else {
            m_r.skipCurrentElement();
        }
    }
}

void Parser::group(OdmForm& f)
{
    while (m_r.readNextStartElement()) {
        const QStringView name = m_r.name();
        if (m_r.namespaceUri() != m_ns || !name.startsWith(u"ItemData")) {
            m_r.skipCurrentElement();
            continue;
        }
        OdmValue v;
        v.line = m_r.lineNumber();
        v.itemOid = attribute("ItemOID");
        if (!insertOnly(m_r, false))
            refuseType(f.problems, QStringLiteral("ItemData %1").arg(v.itemOid));
        if (name == u"ItemData") {
            const bool hasValue = m_r.attributes().hasAttribute(QLatin1String("Value"));
            v.value = attribute("Value");
            v.isNull = attribute("IsNull") == QStringLiteral("Yes") || v.value.isEmpty();
            if (hasValue && !v.value.isEmpty() && attribute("IsNull") == QStringLiteral("Yes"))
                f.problems.push_back({v.line, QStringLiteral("ItemData %1/@IsNull").arg(v.itemOid),
                                      tr("An item with IsNull=\"Yes\" cannot have a Value.")});
            m_r.skipCurrentElement(); // audit records, signatures, annotations
        } else {
            // ItemDataString, ItemDataInteger, ...: the value is the element's text.
            v.value = m_r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            v.isNull = v.value.isEmpty();
        }
        f.values.push_back(std::move(v));
    }
}

} // namespace

namespace {
// The encoding the XML declaration names ("" when there is none or the file starts with a
// UTF-16 or UTF-32 byte order mark, which QXmlStreamReader reads itself).
QString declaredEncoding(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16");
    if (!head.startsWith("<?xml") && !head.startsWith("\xEF\xBB\xBF<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    const QByteArray decl = head.left(end < 0 ? head.size() : end);
    static const QRegularExpression encoding(
        QStringLiteral("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    const auto m = encoding.match(QString::fromLatin1(decl));
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

bool OdmReader::checkEncoding(QIODevice& in, ImportReport& report)
{
    const QString encoding = declaredEncoding(in.peek(512));
    if (encoding.isEmpty() || encoding.compare(u"UTF-8", Qt::CaseInsensitive) == 0 ||
        encoding.compare(u"UTF8", Qt::CaseInsensitive) == 0)
        return checkUtf8(in, report);
    if (!QStringDecoder(encoding.toLatin1().constData()).isValid()) {
        report.refuse(1, QStringLiteral("encoding"),
                      tr("The file declares the encoding \"%1\", which cannot be read here; "
                         "save it as UTF-8 (or ISO-8859-1) and import it again.")
                          .arg(encoding));
        return false;
    }
    report.assumptions << tr("The file is read in the encoding it declares, %1.").arg(encoding);
    return true;
}

bool OdmReader::checkUtf8(QIODevice& in, ImportReport& report)
{
    qint64 line = 1;
    int need = 0;                        // continuation bytes still expected
    unsigned lower = 0x80, upper = 0xBF; // range of the next continuation byte
    char buffer[1 << 16];
    qint64 n = 0;
    auto refuse = [&]() {
        report.refuse(line, QStringLiteral("encoding"),
                      tr("The file is not UTF-8: the first byte sequence that is not valid UTF-8 "
                         "is on this line. Save the file as UTF-8 and import it again."));
        return false;
    };
    while ((n = in.read(buffer, sizeof buffer)) > 0) {
        for (qint64 i = 0; i < n; ++i) {
            const auto b = static_cast<unsigned char>(buffer[i]);
            if (need > 0) {
                if (b < lower || b > upper)
                    return refuse();
                lower = 0x80;
                upper = 0xBF;
                --need;
                continue;
            }
            if (b < 0x80) {
                if (b == '\n')
                    ++line;
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0)
                    lower = 0xA0; // no overlong forms
                else if (b == 0xED)
                    upper = 0x9F; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0)
                    lower = 0x90;
                else if (b == 0xF4)
                    upper = 0x8F; // nothing above U+10FFFF
            } else {
                return refuse();
            }
        }
    }
    if (n < 0) {
        report.refuse(0, QStringLiteral("file"),
                      tr("The file could not be read: %1").arg(in.errorString()));
        return false;
    }
    if (need > 0)
        return refuse();
    return true;
}

int OdmReader::read(QIODevice& in, const std::function<bool(const OdmStudy&)>& onStudy,
                    const std::function<void(OdmForm&)>& onForm, ImportReport& report)
{
    Parser parser(in, onStudy, onForm, report);
    parser.run();
    return parser.clinicalData();
}

} // namespace td
