// The CDISC ODM 1.3.2 export: valid against the official schema (xmllint), with metadata from
// the protocol and the instrument definitions, audit records from the audit trail, and nothing
// that reveals an arm in a blinded export.

#include "OdmTestSupport.h"
#include "exchange/ExportService.h"

#include <QXmlStreamReader>

using namespace td;
using namespace tdtest;

namespace {

class OdmExportTest : public OdmTrial
{
protected:
    QString exportOdm(const Actor& who, bool blinded, const QString& name)
    {
        ExportOptions options;
        options.blinded = blinded;
        auto r =
            ExportService(db()).exportTo(who, *ExportFormats::find(u"odm"), out(name), options);
        EXPECT_TRUE(r.ok()) << str(r.message());
        return r.ok() ? readText(out(name)) : QString();
    }
};

// The text of every element `name` whose attribute `attribute` is `value`, re-serialized.
QStringList elements(const QString& xml, const QString& name, const QString& attribute,
                     const QString& value)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement() || r.name() != name || r.attributes().value(attribute) != value)
            continue;
        QString text;
        int depth = 1;
        text += QStringLiteral("<%1").arg(name);
        for (const QXmlStreamAttribute& a : r.attributes())
            text += QStringLiteral(" %1=\"%2\"").arg(a.qualifiedName(), a.value());
        text += QLatin1Char('>');
        while (depth > 0 && !r.atEnd()) {
            r.readNext();
            if (r.isStartElement()) {
                ++depth;
                text += QStringLiteral("<%1").arg(r.name());
                for (const QXmlStreamAttribute& a : r.attributes())
                    text += QStringLiteral(" %1=\"%2\"").arg(a.qualifiedName(), a.value());
                text += QLatin1Char('>');
            } else if (r.isEndElement()) {
                --depth;
                text += QStringLiteral("</%1>").arg(r.name());
            } else if (r.isCharacters() && !r.isWhitespace()) {
                text += r.text();
            }
        }
        out << text;
    }
    EXPECT_FALSE(r.hasError()) << str(r.errorString());
    return out;
}

TEST_F(OdmExportTest, ValidatesAgainstTheOfficialSchema)
{
    TD_REQUIRE_ODM_SCHEMA();
    const QString xml = exportOdm(m_pi, false, QStringLiteral("trial.xml"));
    EXPECT_EQ(odmSchemaErrors(out(QStringLiteral("trial.xml"))), QString());
    EXPECT_TRUE(xml.contains(QStringLiteral("ODMVersion=\"1.3.2\"")));
}

TEST_F(OdmExportTest, BlindedExportValidatesAndRevealsNoArm)
{
    TD_REQUIRE_ODM_SCHEMA();
    const QString xml = exportOdm(m_pi, true, QStringLiteral("blinded.xml"));
    EXPECT_EQ(odmSchemaErrors(out(QStringLiteral("blinded.xml"))), QString());
    for (const QString& secret :
         {QStringLiteral("IT.PARTICIPANT.ARM"), QStringLiteral("CL.ARM"), QStringLiteral("CBT"),
          QStringLiteral("PDT"), QStringLiteral("Cognitive behavioural"),
          QStringLiteral("SE.SESSION"), QStringLiteral("therapist1"), QStringLiteral("THERAPIST1")})
        EXPECT_FALSE(xml.contains(secret)) << str(secret);
    EXPECT_TRUE(xml.contains(QStringLiteral("USR.BLINDED")));
    // The visits and their forms are all there.
    EXPECT_EQ(elements(xml, QStringLiteral("FormData"), QStringLiteral("FormOID"),
                       QStringLiteral("F.phq9"))
                  .size(),
              2);
    EXPECT_EQ(elements(xml, QStringLiteral("FormData"), QStringLiteral("FormOID"),
                       QStringLiteral("F.hrsd17"))
                  .size(),
              1);
}

TEST_F(OdmExportTest, MetadataComesFromTheProtocolAndTheInstruments)
{
    const QString xml = exportOdm(m_pi, false, QStringLiteral("meta.xml"));
    const QStringList baseline = elements(xml, QStringLiteral("StudyEventDef"),
                                          QStringLiteral("OID"), QStringLiteral("SE.baseline"));
    ASSERT_EQ(baseline.size(), 1);
    EXPECT_TRUE(baseline[0].contains(QStringLiteral("FormRef FormOID=\"F.phq9\"")));
    EXPECT_TRUE(baseline[0].contains(QStringLiteral("FormRef FormOID=\"F.hrsd17\"")));
    // Given at the visit though not scheduled there.
    EXPECT_TRUE(baseline[0].contains(QStringLiteral("FormRef FormOID=\"F.bdi2\"")));
    const QStringList item = elements(xml, QStringLiteral("ItemDef"), QStringLiteral("OID"),
                                      QStringLiteral("IT.phq9.1"));
    ASSERT_EQ(item.size(), 1);
    EXPECT_TRUE(item[0].contains(QStringLiteral("DataType=\"integer\"")));
    EXPECT_TRUE(item[0].contains(
        QStringLiteral("<TranslatedText xml:lang=\"en\">Little interest or pleasure")));
    EXPECT_TRUE(item[0].contains(QStringLiteral("<TranslatedText xml:lang=\"nb\">Lite interesse")));
    EXPECT_TRUE(item[0].contains(QStringLiteral("RangeCheck Comparator=\"LE\" SoftHard=\"Hard\">"
                                                "<CheckValue>3</CheckValue>")));
    const QStringList lettered = elements(xml, QStringLiteral("ItemDef"), QStringLiteral("OID"),
                                          QStringLiteral("IT.bdi2.16"));
    ASSERT_EQ(lettered.size(), 1);
    EXPECT_TRUE(lettered[0].contains(QStringLiteral("DataType=\"text\"")));
    const QStringList codes = elements(xml, QStringLiteral("CodeList"), QStringLiteral("OID"),
                                       QStringLiteral("CL.TXT.0_3.ab"));
    ASSERT_EQ(codes.size(), 1);
    EXPECT_TRUE(codes[0].contains(QStringLiteral("CodedValue=\"2b\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<Location OID=\"LOC.OSL\" Name=\"Oslo\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<User OID=\"USR.assessor\">")));
    EXPECT_TRUE(xml.contains(QStringLiteral("IT.PARTICIPANT.ARM\" Value=\"CBT\"")));
}

TEST_F(OdmExportTest, AuditRecordsComeFromTheAuditTrail)
{
    const QString xml = exportOdm(m_pi, false, QStringLiteral("audit.xml"));
    const QStringList subject =
        elements(xml, QStringLiteral("SubjectData"), QStringLiteral("SubjectKey"), m_first.studyId);
    ASSERT_EQ(subject.size(), 1);
    const QString& s = subject[0];
    EXPECT_TRUE(s.contains(QStringLiteral("<SiteRef LocationOID=\"LOC.OSL\">")));
    // The corrected item: its value, who corrected it, where, when and why.
    EXPECT_TRUE(s.contains(
        QStringLiteral(
            "<ItemData ItemOID=\"IT.phq9.3\" Value=\"1\"><AuditRecord><UserRef "
            "UserOID=\"USR.coordinator\"></UserRef><LocationRef LocationOID=\"LOC.OSL\"></"
            "LocationRef><DateTimeStamp>2025-06-02T10:00:00.000Z</"
            "DateTimeStamp><ReasonForChange>") +
        correctionReason() + QStringLiteral("</ReasonForChange>")))
        << str(s);
    // An uncorrected item has no record of its own; the form says who entered it.
    EXPECT_TRUE(
        s.contains(QStringLiteral("<ItemData ItemOID=\"IT.phq9.2\" Value=\"2\"></ItemData>")));
    EXPECT_TRUE(s.contains(QStringLiteral("<FormData FormOID=\"F.hrsd17\"><AuditRecord><UserRef "
                                          "UserOID=\"USR.assessor\">")));
    // The session measure, under the session's number.
    EXPECT_TRUE(s.contains(QStringLiteral(
        "<StudyEventData StudyEventOID=\"SE.SESSION\" StudyEventRepeatKey=\"1\"><FormData "
        "FormOID=\"F.phq9\"><AuditRecord><UserRef UserOID=\"USR.therapist1\">")));

    const QStringList second = elements(xml, QStringLiteral("SubjectData"),
                                        QStringLiteral("SubjectKey"), m_second.studyId);
    ASSERT_EQ(second.size(), 1);
    EXPECT_TRUE(second[0].contains(QStringLiteral("IT.ASSESSMENT.STATUS\" Value=\"draft\"")));
    EXPECT_TRUE(
        second[0].contains(QStringLiteral("<ItemData ItemOID=\"IT.bdi2.4\" IsNull=\"Yes\">")));
    EXPECT_TRUE(second[0].contains(QStringLiteral("IT.bdi2.16\" Value=\"2a\"")));
    // Line breaks and quotes in a value survive the attribute.
    EXPECT_TRUE(
        second[0].contains(QStringLiteral("Value=\"Tired; item 4 skipped, \"later\"\næøå\"")))
        << str(second[0]);
}

TEST_F(OdmExportTest, NeedsExportPermissionAndIsAudited)
{
    auto refused = ExportService(db()).exportTo(m_assessor, *ExportFormats::find(u"odm"),
                                                out(QStringLiteral("no.xml")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(QFileInfo::exists(out(QStringLiteral("no.xml"))));

    const qint64 before = lastAuditId(db());
    auto done = ExportService(db()).exportTo(m_statistician, *ExportFormats::find(u"odm"),
                                             out(QStringLiteral("yes.xml")));
    ASSERT_TRUE(done.ok()) << str(done.message());
    EXPECT_EQ(done->rows, 5);
    const auto rows = auditRows(db(), before);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].action, QStringLiteral("exported"));
    EXPECT_TRUE(rows[0].newValue.toString().startsWith(QStringLiteral("odm; 5 rows; yes.xml")))
        << str(rows[0].newValue.toString());
}

TEST_F(OdmExportTest, CommandLineListsAndWritesTheOdmFormat)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("statistician")).toUtf8());
    const CliResult ok = runCli({QStringLiteral("export"), QStringLiteral("--db"), dbPath(),
                                 QStringLiteral("--user"), QStringLiteral("statistician"),
                                 QStringLiteral("--format"), QStringLiteral("odm"),
                                 QStringLiteral("--out"), out(QStringLiteral("cli.xml"))});
    EXPECT_EQ(ok.exitCode, 0) << str(ok.err);
    EXPECT_TRUE(readText(out(QStringLiteral("cli.xml"))).contains(QStringLiteral("<ODM ")));
    const CliResult bad = runCli({QStringLiteral("export"), QStringLiteral("--db"), dbPath(),
                                  QStringLiteral("--user"), QStringLiteral("statistician"),
                                  QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("odm"))) << str(bad.err);
    qunsetenv("TRIALDESK_PASSWORD");
}

} // namespace
