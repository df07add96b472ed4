// The CDISC ODM import: a file exported from one trial imports into the same trial without
// assessments and reproduces them; a file with any problem is refused whole, each problem named
// with its line, and the database stays byte-identical.

#include "exchange/OdmImport.h"

#include "OdmTestSupport.h"
#include "exchange/ExportService.h"

using namespace td;
using namespace tdtest;

namespace {

class OdmImportTest : public OdmTrial
{
protected:
    void SetUp() override
    {
        OdmTrial::SetUp();
        if (HasFatalFailure())
            return;
        if (tdtest::onServer())
            GTEST_SKIP() << "the import's target is a copy of the trial made by SQLite's VACUUM "
                            "INTO; on the server, migrate's tests copy trials";
        auto opened = openWithClock(emptyPath(), m_clock);
        ASSERT_TRUE(opened.ok()) << str(opened.message());
        m_target = std::move(opened).value();
    }
    void TearDown() override
    {
        m_target.reset();
        OdmTrial::TearDown();
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(out(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return out(name);
    }

    // A file with the given SubjectData elements (each already XML).
    static QByteArray odm(const QString& subjects)
    {
        return (QStringLiteral(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" "
                    "FileType=\"Snapshot\" FileOID=\"F1\" "
                    "CreationDateTime=\"2025-06-02T10:00:00Z\">\n"
                    "<ClinicalData StudyOID=\"ST.CTT\" MetaDataVersionOID=\"MDV.1\">\n") +
                subjects + QStringLiteral("</ClinicalData>\n</ODM>\n"))
            .toUtf8();
    }
    // One form in one subject and event, four lines: SubjectData, StudyEventData, FormData,
    // then one line per item (date and status first), then the closing tags on one line.
    static QString form(const QString& subject, const QString& event, const QString& formOid,
                        const QStringList& values,
                        const QString& date = QStringLiteral("2025-05-30"))
    {
        QString s = QStringLiteral("<SubjectData SubjectKey=\"%1\">\n<StudyEventData "
                                   "StudyEventOID=\"%2\">\n<FormData FormOID=\"%3\">\n"
                                   "<ItemGroupData ItemGroupOID=\"IG.ASSESSMENT\">"
                                   "<ItemData ItemOID=\"IT.ASSESSMENT.DATE\" Value=\"%4\"/>"
                                   "<ItemData ItemOID=\"IT.ASSESSMENT.STATUS\" "
                                   "Value=\"complete\"/></ItemGroupData>\n"
                                   "<ItemGroupData ItemGroupOID=\"IG.%5\">\n")
                        .arg(subject, event, formOid, date, formOid.mid(2));
        for (qsizetype i = 0; i < values.size(); ++i)
            s += values[i] == QStringLiteral("NA")
                     ? QStringLiteral("<ItemData ItemOID=\"IT.%1.%2\" IsNull=\"Yes\"/>\n")
                           .arg(formOid.mid(2))
                           .arg(i + 1)
                     : QStringLiteral("<ItemData ItemOID=\"IT.%1.%2\" Value=\"%3\"/>\n")
                           .arg(formOid.mid(2))
                           .arg(i + 1)
                           .arg(values[i]);
        return s + QStringLiteral("</ItemGroupData></FormData></StudyEventData></SubjectData>\n");
    }
    QString phq9(const QString& subject, const QString& event = QStringLiteral("SE.baseline"))
    {
        return form(subject, event, QStringLiteral("F.phq9"), items(QStringLiteral("phq9"), 1));
    }

    Result<ImportReport> import(const QString& path, const Actor* who = nullptr)
    {
        return OdmImport(*m_target).run(who ? *who : m_coordinator, path);
    }

    // Imports and expects a refusal that leaves the target untouched; returns the problems.
    std::vector<ImportProblem> refused(const QString& path)
    {
        const QString before = dumpDatabase(*m_target);
        auto r = import(path);
        EXPECT_TRUE(r.ok()) << str(r.message());
        if (!r.ok())
            return {};
        EXPECT_FALSE(r->ok());
        EXPECT_EQ(r->imported, 0);
        EXPECT_TRUE(sameDump(before, dumpDatabase(*m_target)));
        for (const ImportProblem& p : r->problems)
            EXPECT_FALSE(p.reason.isEmpty());
        return r->problems;
    }

    std::unique_ptr<Database> m_target;
};

// Each assessment with its rater, in a stable order.
QStringList raters(Database& d)
{
    QSqlQuery q(d.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT p.study_id, COALESCE(tp.code, ''), COALESCE(ts.session_number, ''), "
        "a.instrument_id, u.username FROM assessment a JOIN participant p ON p.id = "
        "a.participant_id LEFT JOIN time_point tp ON tp.id = a.time_point_id LEFT JOIN "
        "therapy_session ts ON ts.id = a.session_id JOIN users u ON u.id = a.rater_id WHERE "
        "a.removed = 0 ORDER BY 1, 2, 3, 4")));
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString());
    return out;
}

std::string describe(const std::vector<ImportProblem>& problems)
{
    std::string out;
    for (const ImportProblem& p : problems)
        out += std::to_string(p.line) + " " + str(p.column) + ": " + str(p.reason) + "\n";
    return out;
}

TEST_F(OdmImportTest, TheRaterComesFromTheFileAndHoldsTheProtocolsRole)
{
    // A blinded rating that names a coordinator as rater, or nobody (the importer, here a
    // coordinator), is refused; an unknown user too.
    const auto withRater = [](QString formXml, const QString& userOid) {
        const qsizetype at = formXml.indexOf(QStringLiteral("<ItemGroupData"));
        formXml.insert(at, QStringLiteral("<AuditRecord><UserRef UserOID=\"%1\"/>"
                                          "<LocationRef LocationOID=\"LOC.OSL\"/>"
                                          "<DateTimeStamp>2025-05-30T10:00:00Z</DateTimeStamp>"
                                          "</AuditRecord>\n")
                               .arg(userOid));
        return formXml;
    };
    const QString hrsd = form(m_first.studyId, QStringLiteral("SE.baseline"),
                              QStringLiteral("F.hrsd17"), items(QStringLiteral("hrsd17"), 1));
    write(QStringLiteral("coordinator.xml"),
          odm(withRater(hrsd, QStringLiteral("USR.coordinator"))));
    auto problems = refused(out(QStringLiteral("coordinator.xml")));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].column, QStringLiteral("AuditRecord/UserRef/@UserOID"));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("blinded assessor")));
    write(QStringLiteral("nobody.xml"), odm(hrsd));
    EXPECT_EQ(refused(out(QStringLiteral("nobody.xml"))).size(), 1u);
    write(QStringLiteral("unknown.xml"), odm(withRater(hrsd, QStringLiteral("USR.ghost"))));
    const auto unknown = refused(out(QStringLiteral("unknown.xml")));
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_TRUE(unknown[0].reason.contains(QStringLiteral("USR.ghost")));
    // Named as the assessor, it is taken, and the assessor is the rater.
    write(QStringLiteral("assessor.xml"), odm(withRater(hrsd, QStringLiteral("USR.assessor"))));
    auto taken = import(out(QStringLiteral("assessor.xml")));
    ASSERT_TRUE(taken.ok() && taken->ok());
    EXPECT_EQ(taken->imported, 1);
}

TEST_F(OdmImportTest, RoundTripReproducesTheAssessments)
{
    auto exported = ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"odm"),
                                                 out(QStringLiteral("trial.xml")));
    ASSERT_TRUE(exported.ok()) << str(exported.message());
    ASSERT_TRUE(assessments(*m_target).isEmpty());

    const qint64 auditBefore = lastAuditId(*m_target);
    auto r = import(out(QStringLiteral("trial.xml")));
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    EXPECT_EQ(r->file, QStringLiteral("trial.xml"));
    EXPECT_EQ(r->records, 5);
    EXPECT_EQ(r->imported, 5);
    const QStringList source = assessments(db());
    ASSERT_EQ(source.size(), 5);
    EXPECT_EQ(assessments(*m_target), source);
    // Who rated is kept, for every form: the export writes the rater (IT.ASSESSMENT.RATER).
    EXPECT_EQ(sqlValue(*m_target, QStringLiteral("SELECT u.username FROM assessment a JOIN users "
                                                 "u ON u.id = a.rater_id WHERE a.instrument_id = "
                                                 "'hrsd17'"))
                  .toString(),
              QStringLiteral("assessor"));
    EXPECT_EQ(raters(*m_target), raters(db()));
    EXPECT_EQ(raters(db()).size(), 5);
    EXPECT_TRUE(raters(db()).join(u' ').contains(QStringLiteral("therapist")));

    // Audit rows name the file: one per assessment and one for the import.
    int naming = 0;
    bool summary = false;
    for (const AuditRow& row : auditRows(*m_target, auditBefore)) {
        if (row.action != QStringLiteral("imported"))
            continue;
        EXPECT_TRUE(row.newValue.toString().contains(QStringLiteral("trial.xml")));
        EXPECT_EQ(row.username, QStringLiteral("coordinator"));
        if (row.entity == QStringLiteral("assessment"))
            ++naming;
        summary = summary || row.entity == QStringLiteral("import");
    }
    EXPECT_EQ(naming, 5);
    EXPECT_TRUE(summary);

    // A second import of the same file: every form is already there.
    const auto again = refused(out(QStringLiteral("trial.xml")));
    EXPECT_EQ(again.size(), 5u) << describe(again);
    for (const ImportProblem& p : again)
        EXPECT_TRUE(p.reason.contains(QStringLiteral("already has"))) << str(p.reason);
}

TEST_F(OdmImportTest, ASecondRoundTripKeepsEveryValueAndEveryRater)
{
    // Export, import (by the coordinator), export that copy, import into a third trial: the
    // coordinator imported every form the second time, yet every rater is the original one.
    const QString third = out(QStringLiteral("third.sqlite"));
    ASSERT_TRUE(QFile::copy(emptyPath(), third));
    ASSERT_TRUE(ExportService(db())
                    .exportTo(m_pi, *ExportFormats::find(u"odm"), out(QStringLiteral("a.xml")))
                    .ok());
    auto first = import(out(QStringLiteral("a.xml")));
    ASSERT_TRUE(first.ok() && first->ok());
    ASSERT_TRUE(ExportService(*m_target)
                    .exportTo(m_pi, *ExportFormats::find(u"odm"), out(QStringLiteral("b.xml")))
                    .ok());
    auto target = openWithClock(third, m_clock);
    ASSERT_TRUE(target.ok()) << str(target.message());
    auto second = OdmImport(**target).run(m_coordinator, out(QStringLiteral("b.xml")));
    ASSERT_TRUE(second.ok()) << str(second.message());
    ASSERT_TRUE(second->ok()) << describe(second->problems);
    EXPECT_EQ(second->imported, 5);
    EXPECT_EQ(assessments(**target), assessments(db()));
    EXPECT_EQ(raters(**target), raters(db()));
}

TEST_F(OdmImportTest, TheCommandLineImportsTheFile)
{
    const QString file = out(QStringLiteral("trial.xml"));
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"odm"), file).ok());
    m_target.reset(); // the command opens the file itself
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const QStringList command = {QStringLiteral("import"),
                                 QStringLiteral("odm"),
                                 QStringLiteral("--db"),
                                 emptyPath(),
                                 QStringLiteral("--user"),
                                 QStringLiteral("coordinator"),
                                 file};
    const CliResult first = runCli(command);
    EXPECT_EQ(first.exitCode, 0) << str(first.err);
    EXPECT_TRUE(first.out.contains(QStringLiteral("Imported 5 of 5 ODM forms"))) << str(first.out);
    // Again: every form is already there; each is named, and nothing is written.
    const CliResult second = runCli(command);
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_TRUE(second.err.contains(QStringLiteral("problems found: 5."))) << str(second.err);
    qunsetenv("TRIALDESK_PASSWORD");

    auto reopened = openWithClock(emptyPath(), m_clock);
    ASSERT_TRUE(reopened.ok()) << str(reopened.message());
    m_target = std::move(reopened).value();
    EXPECT_EQ(assessments(*m_target), assessments(db()));
}

TEST_F(OdmImportTest, BadValueIsRefusedWithTheAllowedValues)
{
    QStringList values = items(QStringLiteral("phq9"), 1);
    values[2] = QStringLiteral("7");
    values[4] = QStringLiteral("2a");
    const auto problems = refused(
        write(QStringLiteral("bad.xml"), odm(form(m_first.studyId, QStringLiteral("SE.baseline"),
                                                  QStringLiteral("F.phq9"), values))));
    ASSERT_EQ(problems.size(), 2u) << describe(problems);
    // Line 1 declaration, 2 ODM, 3 ClinicalData, 4-6 subject/event/form, 7 date/status,
    // 8 group, 9.. items.
    EXPECT_EQ(problems[0].line, 11);
    EXPECT_EQ(problems[0].column, QStringLiteral("ItemData IT.phq9.3/@Value"));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("Allowed: 0 to 3")))
        << str(problems[0].reason);
    EXPECT_EQ(problems[1].line, 13);
    EXPECT_TRUE(problems[1].reason.contains(QStringLiteral("letter"))) << str(problems[1].reason);
}

TEST_F(OdmImportTest, UnknownParticipantVisitAndInstrumentAreAllReported)
{
    const QString file = phq9(QStringLiteral("XXX-999")) +
                         phq9(m_first.studyId, QStringLiteral("SE.w99")) +
                         form(m_first.studyId, QStringLiteral("SE.baseline"),
                              QStringLiteral("F.nosuch"), {QStringLiteral("1")}) +
                         phq9(m_second.studyId);
    const auto problems = refused(write(QStringLiteral("unknown.xml"), odm(file)));
    ASSERT_EQ(problems.size(), 3u) << describe(problems);
    EXPECT_EQ(problems[0].line, 4);
    EXPECT_EQ(problems[0].column, QStringLiteral("SubjectData/@SubjectKey"));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("XXX-999")));
    EXPECT_EQ(problems[1].column, QStringLiteral("StudyEventData/@StudyEventOID"));
    EXPECT_TRUE(problems[1].reason.contains(QStringLiteral("SE.w99")));
    EXPECT_TRUE(problems[1].reason.contains(QStringLiteral("SE.baseline")));
    EXPECT_EQ(problems[2].column, QStringLiteral("FormData/@FormOID"));
    EXPECT_TRUE(problems[2].reason.contains(QStringLiteral("F.nosuch")));
    EXPECT_TRUE(problems[2].reason.contains(QStringLiteral("F.phq9")));
}

TEST_F(OdmImportTest, DuplicateFormInTheFileIsRefused)
{
    const auto problems = refused(
        write(QStringLiteral("dup.xml"), odm(phq9(m_first.studyId) + phq9(m_first.studyId))));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("twice (first on line 6)")))
        << str(problems[0].reason);
}

TEST_F(OdmImportTest, DuplicateOfAnAssessmentInTheTrialIsRefused)
{
    const QString path = write(QStringLiteral("one.xml"), odm(phq9(m_first.studyId)));
    auto first = import(path);
    ASSERT_TRUE(first.ok() && first->ok()) << describe(first->problems);
    EXPECT_EQ(first->imported, 1);
    const auto problems = refused(path);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].line, 6);
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("already has PHQ-9")));
}

TEST_F(OdmImportTest, MalformedXmlIsRefusedWithItsLine)
{
    QByteArray bytes = odm(phq9(m_first.studyId));
    bytes.replace("</FormData>", "</Form>");
    const auto problems = refused(write(QStringLiteral("malformed.xml"), bytes));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].column, QStringLiteral("XML"));
    EXPECT_EQ(problems[0].line, 19);
    EXPECT_EQ(refused(write(QStringLiteral("empty.xml"), QByteArray())).size(), 1u);
    const auto notOdm =
        refused(write(QStringLiteral("other.xml"), "<?xml version=\"1.0\"?>\n<root/>\n"));
    ASSERT_EQ(notOdm.size(), 1u);
    EXPECT_TRUE(notOdm[0].reason.contains(QStringLiteral("not a CDISC ODM")));
}

TEST_F(OdmImportTest, NonUtf8IsRefusedWithItsLine)
{
    QByteArray bytes = odm(phq9(m_first.studyId));
    bytes.replace("Value=\"complete\"/></ItemGroupData>",
                  "Value=\"complete\"/><ItemData ItemOID=\"IT.ASSESSMENT.MISSING_REASON\" "
                  "Value=\"tr\xf8tt\"/></ItemGroupData>");
    const auto problems = refused(write(QStringLiteral("latin1.xml"), bytes));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].column, QStringLiteral("encoding"));
    EXPECT_EQ(problems[0].line, 7);

    // An encoding this computer cannot decode is refused by name.
    QByteArray unknown = odm(phq9(m_first.studyId));
    unknown.replace("encoding=\"UTF-8\"", "encoding=\"X-NO-SUCH-CHARSET\"");
    const auto refusedDeclared = refused(write(QStringLiteral("declared.xml"), unknown));
    ASSERT_EQ(refusedDeclared.size(), 1u) << describe(refusedDeclared);
    EXPECT_TRUE(refusedDeclared[0].reason.contains(QStringLiteral("X-NO-SUCH-CHARSET")));
}

TEST_F(OdmImportTest, ADeclaredIso88591FileIsRead)
{
    QByteArray bytes = odm(phq9(m_first.studyId));
    bytes.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    bytes.replace("Value=\"complete\"/></ItemGroupData>",
                  "Value=\"complete\"/><ItemData ItemOID=\"IT.ASSESSMENT.MISSING_REASON\" "
                  "Value=\"tr\xf8tt, \xe6\xe5\"/></ItemGroupData>");
    auto r = import(write(QStringLiteral("latin1.xml"), bytes));
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    EXPECT_EQ(r->imported, 1);
    EXPECT_EQ(r->assumptions,
              QStringList(QStringLiteral("The file is read in the encoding it declares, "
                                         "ISO-8859-1.")));
    EXPECT_EQ(
        sqlValue(*m_target, QStringLiteral("SELECT missing_reason FROM assessment")).toString(),
        QStringLiteral("trøtt, æå"));
}

TEST_F(OdmImportTest, AnotherStudysDataIsRefusedNamingBothStudies)
{
    QByteArray other = odm(phq9(m_first.studyId));
    other.replace("StudyOID=\"ST.CTT\" MetaDataVersionOID=\"MDV.1\"",
                  "StudyOID=\"ST.OTHER\" MetaDataVersionOID=\"MDV.7\"");
    const auto problems = refused(write(QStringLiteral("other.xml"), other));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, QStringLiteral("ClinicalData/@StudyOID"));
    EXPECT_EQ(problems[0].reason,
              QStringLiteral("The clinical data is of study \"ST.OTHER\", metadata version "
                             "\"MDV.7\"; this trial is study \"ST.CTT\", metadata version "
                             "\"MDV.1\". Data of another study is not imported."));
    QByteArray version = odm(phq9(m_first.studyId));
    version.replace("MetaDataVersionOID=\"MDV.1\"", "MetaDataVersionOID=\"MDV.2\"");
    const auto versionProblems = refused(write(QStringLiteral("version.xml"), version));
    ASSERT_EQ(versionProblems.size(), 1u) << describe(versionProblems);
    EXPECT_EQ(versionProblems[0].column, QStringLiteral("ClinicalData/@MetaDataVersionOID"));
}

TEST_F(OdmImportTest, AFileWithNothingToImportIsRefusedSayingWhatWasExpected)
{
    const QByteArray metadataOnly =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" FileType=\"Snapshot\" FileOID=\"F1\" "
        "CreationDateTime=\"2025-06-02T10:00:00Z\">\n<Study OID=\"ST.CTT\"/>\n</ODM>\n";
    const auto none = refused(write(QStringLiteral("metadata.xml"), metadataOnly));
    ASSERT_EQ(none.size(), 1u) << describe(none);
    EXPECT_EQ(none[0].column, QStringLiteral("ClinicalData"));
    EXPECT_TRUE(none[0].reason.contains(QStringLiteral("no ClinicalData"))) << str(none[0].reason);
    EXPECT_TRUE(none[0].reason.contains(QStringLiteral("\"ST.CTT\""))) << str(none[0].reason);
    // ClinicalData of the participant-level event only: no forms of assessments.
    const auto empty =
        refused(write(QStringLiteral("subjects.xml"),
                      odm(QStringLiteral("<SubjectData SubjectKey=\"%1\"><StudyEventData "
                                         "StudyEventOID=\"SE.PARTICIPANT\"/></SubjectData>\n")
                              .arg(m_first.studyId))));
    ASSERT_EQ(empty.size(), 1u) << describe(empty);
    EXPECT_EQ(empty[0].column, QStringLiteral("FormData"));
    EXPECT_TRUE(empty[0].reason.contains(QStringLiteral("F.phq9"))) << str(empty[0].reason);
    EXPECT_TRUE(empty[0].reason.contains(QStringLiteral("SE.baseline"))) << str(empty[0].reason);

    // The command line exits 1 with the reason, never "Imported 0 of 0".
    m_target.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("coordinator")).toUtf8());
    const CliResult run =
        runCli({QStringLiteral("import"), QStringLiteral("odm"), QStringLiteral("--db"),
                emptyPath(), QStringLiteral("--user"), QStringLiteral("coordinator"),
                out(QStringLiteral("metadata.xml"))});
    qunsetenv("TRIALDESK_PASSWORD");
    EXPECT_EQ(run.exitCode, 1) << str(run.out);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no ClinicalData"))) << str(run.err);
    EXPECT_FALSE(run.out.contains(QStringLiteral("Imported"))) << str(run.out);
}

// REDCap's ODM: FormData directly in SubjectData (a classic project), FormOID Form.<name>,
// FormRepeatKey="1", the record id field and <form>_complete among the items.
QString redcapForm(const QString& subject, const QString& date)
{
    QString s =
        QStringLiteral("<SubjectData SubjectKey=\"%1\" redcap:RecordIdField=\"record_id\">\n"
                       "<FormData FormOID=\"Form.phq9\" FormRepeatKey=\"1\">\n"
                       "<ItemGroupData ItemGroupOID=\"phq9.record_id\" ItemGroupRepeatKey=\"1\">\n"
                       "<ItemData ItemOID=\"record_id\" Value=\"%1\"/>\n")
            .arg(subject);
    if (!date.isEmpty())
        s += QStringLiteral("<ItemData ItemOID=\"IT.ASSESSMENT.DATE\" Value=\"%1\"/>\n").arg(date);
    for (int i = 1; i <= 9; ++i)
        s += QStringLiteral("<ItemData ItemOID=\"IT.phq9.%1\" Value=\"1\"/>\n").arg(i);
    return s + QStringLiteral("<ItemData ItemOID=\"phq9_complete\" Value=\"2\"/>\n"
                              "</ItemGroupData>\n</FormData>\n</SubjectData>\n");
}

TEST_F(OdmImportTest, RedcapsLayoutIsReadAsAssessmentsOfNoVisit)
{
    auto redcap = [](const QString& subjects) {
        QByteArray bytes = odm(subjects);
        bytes.replace("<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\"",
                      "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" "
                      "xmlns:redcap=\"https://projectredcap.org\"");
        return bytes;
    };
    // Without an assessment date the form is read, and refused for what it lacks.
    const auto undated =
        refused(write(QStringLiteral("redcap.xml"), redcap(redcapForm(m_first.studyId, {}))));
    ASSERT_EQ(undated.size(), 1u) << describe(undated);
    EXPECT_EQ(undated[0].line, 5);
    EXPECT_TRUE(undated[0].reason.contains(QStringLiteral("no assessment date")))
        << str(undated[0].reason);
    // With one, it is an assessment of neither visit nor session, complete as REDCap says.
    const QString date = today().addDays(-1).toString(Qt::ISODate);
    auto r = import(
        write(QStringLiteral("redcap-dated.xml"), redcap(redcapForm(m_first.studyId, date))));
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    EXPECT_EQ(r->imported, 1);
    const QStringList rows = assessments(*m_target);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows[0].contains(QStringLiteral("||phq9|%1|1,1,1,1,1,1,1,1,1|complete|").arg(date)))
        << str(rows[0]);
    // The same form on the same date again is a duplicate.
    const auto again = refused(out(QStringLiteral("redcap-dated.xml")));
    ASSERT_EQ(again.size(), 1u) << describe(again);
    EXPECT_TRUE(again[0].reason.contains(QStringLiteral("already has"))) << str(again[0].reason);
}

TEST_F(OdmImportTest, TheCdiscExamplesLayoutIsReadAndWhatDoesNotMatchIsNamed)
{
    // StudyEventData/FormData/ItemGroupData/ItemData with another system's OIDs.
    const QString cdisc =
        QStringLiteral("<SubjectData SubjectKey=\"%1\">\n<StudyEventData "
                       "StudyEventOID=\"SE.VISIT1\">\n<FormData FormOID=\"F.DEMOG\">\n"
                       "<ItemGroupData ItemGroupOID=\"IG.DEMOG\">\n"
                       "<ItemData ItemOID=\"IT.SEX\" Value=\"F\"/>\n"
                       "</ItemGroupData>\n</FormData>\n</StudyEventData>\n</SubjectData>\n")
            .arg(m_first.studyId);
    const auto problems = refused(write(QStringLiteral("cdisc.xml"), odm(cdisc)));
    ASSERT_EQ(problems.size(), 2u) << describe(problems);
    EXPECT_EQ(problems[0].line, 5);
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("Unknown visit \"SE.VISIT1\"")));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("SE.baseline")));
    EXPECT_EQ(problems[1].line, 6);
    EXPECT_TRUE(problems[1].reason.contains(QStringLiteral("Unknown instrument \"F.DEMOG\"")));
}

// Public files of REDCap and CDISC (tests/data/odm-examples/README.md), each with its result.
TEST_F(OdmImportTest, OtherSystemsFilesGiveTheirExpectedResults)
{
    const QString dir = QStringLiteral(TD_SOURCE_DIR "/tests/data/odm-examples/");
    struct Expected
    {
        const char* file;
        qint64 line;
        const char* column;
        const char* reason;
    };
    const Expected cases[] = {
        {"redcapr-metadata-write.xml", 254, "ClinicalData/@StudyOID",
         "of study \"Project.REDCapRMetadatawrite\""},
        {"redcapr-arm-single-longitudinal.xml", 87, "ClinicalData/@StudyOID",
         "of study \"Project.REDCapRArmsinglelongitudinal\""},
        // Its ClinicalData sits inside Study, not in ODM where the schema puts it.
        {"cdisc-matrix-crf-1-3-2.xml", 0, "ClinicalData", "holds no ClinicalData"},
        // Declared ISO-8859-1, which is read; ODM 1.1 has no namespace.
        {"cdisc-odm1-1-0-example.xml", 25, "ODM", "not a CDISC ODM 1.3 file"},
    };
    for (const Expected& c : cases) {
        SCOPED_TRACE(c.file);
        const auto problems = refused(dir + QLatin1String(c.file));
        ASSERT_EQ(problems.size(), 1u) << describe(problems);
        EXPECT_EQ(problems[0].line, c.line);
        EXPECT_EQ(problems[0].column, QLatin1String(c.column));
        EXPECT_TRUE(problems[0].reason.contains(QString::fromUtf8(c.reason)))
            << str(problems[0].reason);
    }
    // REDCap's classic layout, named as this trial's study: every form is read, and refused for
    // what does not match (its record ids are no participants, its forms no instruments).
    QFile source(dir + QStringLiteral("redcapr-metadata-write.xml"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace("StudyOID=\"Project.REDCapRMetadatawrite\" MetaDataVersionOID=\"Metadata."
                  "REDCapRMetadatawrite_2024-11-05_1243\"",
                  "StudyOID=\"ST.CTT\" MetaDataVersionOID=\"MDV.1\"");
    const auto problems = refused(write(QStringLiteral("redcap-as-ours.xml"), bytes));
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].line, 255);
    EXPECT_EQ(problems[0].reason, QStringLiteral("No participant has study id \"1\"."));
    EXPECT_EQ(problems[1].line, 256);
    EXPECT_TRUE(problems[1].reason.startsWith(
        QStringLiteral("Unknown instrument \"Form.demographics\"; the trial's instruments are")))
        << str(problems[1].reason);
}

TEST_F(OdmImportTest, ProblemsAreSortedByLine)
{
    // The form-level problem (no date, on the FormData line) is found after its items'.
    QString f = form(m_first.studyId, QStringLiteral("SE.baseline"), QStringLiteral("F.phq9"),
                     {QStringLiteral("7"), QStringLiteral("1")});
    f.replace(QStringLiteral("<ItemData ItemOID=\"IT.ASSESSMENT.DATE\" Value=\"2025-05-30\"/>"),
              QString());
    const auto problems = refused(write(QStringLiteral("order.xml"), odm(f)));
    ASSERT_GE(problems.size(), 2u) << describe(problems);
    for (size_t i = 1; i < problems.size(); ++i)
        EXPECT_LE(problems[i - 1].line, problems[i].line) << describe(problems);
}

TEST_F(OdmImportTest, ItemsLeftOutAreMissingAndTypedItemDataIsRead)
{
    QString f = form(m_first.studyId, QStringLiteral("SE.baseline"), QStringLiteral("F.phq9"),
                     {QStringLiteral("1"), QStringLiteral("2")});
    f.replace(QStringLiteral("<ItemData ItemOID=\"IT.phq9.2\" Value=\"2\"/>"),
              QStringLiteral("<ItemDataInteger ItemOID=\"IT.phq9.2\">2</ItemDataInteger>"));
    // Seven of nine scored items missing: not scorable, but a valid record.
    auto r = import(write(QStringLiteral("short.xml"), odm(f)));
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    const QStringList rows = assessments(*m_target);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows[0].contains(QStringLiteral("|1,2,NA,NA,NA,NA,NA,NA,NA|complete|")))
        << str(rows[0]);
}

TEST_F(OdmImportTest, NeedsPermissionAndBlindedUsersCannotImportSessionMeasures)
{
    auto forbidden =
        import(write(QStringLiteral("p.xml"), odm(phq9(m_first.studyId))), &m_statistician);
    ASSERT_FALSE(forbidden.ok());
    EXPECT_EQ(forbidden.error().code, ErrorCode::Forbidden);

    QString session = phq9(m_first.studyId, QStringLiteral("SE.SESSION"));
    session.replace(QStringLiteral("StudyEventOID=\"SE.SESSION\""),
                    QStringLiteral("StudyEventOID=\"SE.SESSION\" StudyEventRepeatKey=\"1\""));
    const QString path = write(QStringLiteral("session.xml"), odm(session));
    const QString before = dumpDatabase(*m_target);
    auto blinded = import(path, &m_assessor);
    ASSERT_TRUE(blinded.ok()) << str(blinded.message());
    ASSERT_EQ(blinded->problems.size(), 1u) << describe(blinded->problems);
    EXPECT_TRUE(blinded->problems[0].reason.contains(QStringLiteral("arm")));
    EXPECT_TRUE(sameDump(before, dumpDatabase(*m_target)));
    auto unblinded = import(path, &m_therapist);
    ASSERT_TRUE(unblinded.ok()) << str(unblinded.message());
    EXPECT_TRUE(unblinded->ok()) << describe(unblinded->problems);
    EXPECT_EQ(unblinded->imported, 1);
}

} // namespace
