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
    auto exported =
        ExportService(db()).exportTo(m_pi, ExportFormat::Odm, out(QStringLiteral("trial.xml")));
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
    // Who rated is kept: the export writes the rater in each form's audit record.
    EXPECT_EQ(sqlValue(*m_target, QStringLiteral("SELECT u.username FROM assessment a JOIN users "
                                                 "u ON u.id = a.rater_id WHERE a.instrument_id = "
                                                 "'hrsd17'"))
                  .toString(),
              QStringLiteral("assessor"));

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

TEST_F(OdmImportTest, TheCommandLineImportsTheFile)
{
    const QString file = out(QStringLiteral("trial.xml"));
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, ExportFormat::Odm, file).ok());
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

    QByteArray declared = odm(phq9(m_first.studyId));
    declared.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    const auto refusedDeclared = refused(write(QStringLiteral("declared.xml"), declared));
    ASSERT_EQ(refusedDeclared.size(), 1u) << describe(refusedDeclared);
    EXPECT_TRUE(refusedDeclared[0].reason.contains(QStringLiteral("ISO-8859-1")));
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
