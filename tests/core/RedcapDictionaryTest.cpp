#include "exchange/RedcapDictionary.h"

#include "TestTrial.h"
#include "assessments/AssessmentRepository.h"
#include "exchange/ExportService.h"
#include "exchange/RedcapDictionaryImport.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoringEngine.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace td;
using namespace tdtest;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TD_FIXTURE_DIR "/redcap/") + QString::fromLatin1(name);
}

QByteArray fixtureBytes(const char* name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        throw SetupFailure(std::string("cannot read fixture ") + name);
    return f.readAll();
}

const QByteArray kHeader =
    "\"Variable / Field Name\",\"Form Name\",\"Section Header\",\"Field Type\",\"Field Label\","
    "\"Choices, Calculations, OR Slider Labels\",\"Field Note\",\"Text Validation Type OR Show "
    "Slider Number\",\"Text Validation Min\",\"Text Validation Max\",Identifier?,\"Branching "
    "Logic (Show field only if...)\",\"Required Field?\",\"Custom Alignment\",\"Question Number "
    "(surveys only)\",\"Matrix Group Name\",\"Matrix Ranking?\",\"Field Annotation\"\r\n";

QJsonObject itemById(const QJsonObject& definition, const QString& id)
{
    for (const QJsonValue& v : definition.value(QStringLiteral("items")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

class RedcapDictionaryTest : public TestTrial
{
protected:
    Result<ImportReport> import(const Actor& a, const QString& path)
    {
        return RedcapDictionaryImport(db()).run(a, path);
    }

    ImportReport parse(const QByteArray& data)
    {
        ImportReport report;
        m_forms = RedcapDictionary::parse(data, QStringLiteral("test.csv"), report);
        return report;
    }

    QJsonObject stored(const QString& id)
    {
        return QJsonDocument::fromJson(
                   sqlValue(db(), QStringLiteral("SELECT definition FROM instrument_definition "
                                                 "WHERE instrument_id = '%1'")
                                      .arg(id))
                       .toString()
                       .toUtf8())
            .object();
    }

    std::vector<RedcapForm> m_forms;
};

TEST_F(RedcapDictionaryTest, ARealisticDictionaryBecomesTrialInstruments)
{
    const qint64 auditBefore = lastAuditId(db());
    auto r = import(m_admin, fixture("phq9_livskvalitet.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    for (const ImportProblem& p : r->problems)
        ADD_FAILURE() << p.line << ": " << str(p.column) << ": " << str(p.reason);
    EXPECT_EQ(r->records, 22);
    EXPECT_EQ(r->imported, 22);

    auto catalog = InstrumentCatalog::load(db());
    ASSERT_TRUE(catalog.ok());
    const InstrumentDefinition* phq = catalog->find(QStringLiteral("phq9_screen"));
    ASSERT_NE(phq, nullptr);
    ASSERT_EQ(phq->items.size(), 10u);
    EXPECT_EQ(phq->items[0].id, QStringLiteral("phq1"));
    EXPECT_EQ(phq->items[0].label.en,
              QStringLiteral("Little interest or pleasure in doing things"));
    EXPECT_EQ(phq->items[0].min, 0);
    EXPECT_EQ(phq->items[0].max, 3);
    // The calc field is a plain sum of phq1..phq9: the total; phq10 is not scored.
    EXPECT_EQ(phq->total, TotalMethod::Sum);
    EXPECT_EQ(phq->totalMax, 27);
    EXPECT_FALSE(phq->items[9].scored);
    EXPECT_EQ(phq->scoredItems(), 9);
    auto score = ScoringEngine::score(
        *phq, QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                           QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("1"),
                           QStringLiteral("3")}));
    ASSERT_TRUE(score.ok()) << str(score.message());
    EXPECT_EQ(score->total, 13.0);

    const InstrumentDefinition* lk = catalog->find(QStringLiteral("livskvalitet"));
    ASSERT_NE(lk, nullptr);
    QStringList ids;
    for (const ItemDefinition& i : lk->items)
        ids << QStringLiteral("%1:%2-%3%4")
                   .arg(i.id)
                   .arg(i.min)
                   .arg(i.max)
                   .arg(i.scored ? QString() : QStringLiteral("*"));
    EXPECT_EQ(ids,
              QStringList({QStringLiteral("lk_fornoyd:1-5"), QStringLiteral("lk_sovn:0-1"),
                           QStringLiteral("lk_sant:0-1"), QStringLiteral("lk_aktiviteter___1:0-1*"),
                           QStringLiteral("lk_aktiviteter___2:0-1*"),
                           QStringLiteral("lk_aktiviteter___3:0-1*"),
                           QStringLiteral("lk_dager:0-7"), QStringLiteral("lk_smerte:0-100*")}))
        << str(ids.join(QLatin1Char(' ')));
    EXPECT_EQ(lk->totalMin, 1);
    EXPECT_EQ(lk->totalMax, 14);
    // Norwegian labels arrive intact, commas inside quoted choices too.
    EXPECT_EQ(lk->items[0].label.en,
              QStringLiteral("Hvor fornøyd er du med livet ditt, alt i alt?"));
    EXPECT_EQ(lk->items[0].label.nb, lk->items[0].label.en);
    EXPECT_EQ(lk->items[4].label.en,
              QStringLiteral("Hva har du gjort siste uke?: Friluftsliv, tur i skog og mark"));

    // The metadata stays in the stored definition.
    const QJsonObject phqJson = stored(QStringLiteral("phq9_screen"));
    const QJsonObject phq1 = itemById(phqJson, QStringLiteral("phq1"));
    const QJsonArray choices = phq1.value(QStringLiteral("choices")).toArray();
    ASSERT_EQ(choices.size(), 4);
    EXPECT_EQ(choices[2].toObject().value(QStringLiteral("label")).toString(),
              QStringLiteral("More than half the days"));
    EXPECT_TRUE(
        phq1.value(QStringLiteral("redcap")).toObject().value(QStringLiteral("required")).toBool());
    const QJsonObject phq10 =
        itemById(phqJson, QStringLiteral("phq10")).value(QStringLiteral("redcap")).toObject();
    EXPECT_EQ(phq10.value(QStringLiteral("branching")).toString(),
              QStringLiteral("[phq1] > 0 or [phq2] > 0"));
    EXPECT_EQ(phq10.value(QStringLiteral("note")).toString(),
              QStringLiteral("Asked only when a problem was checked"));
    const QJsonObject source = phqJson.value(QStringLiteral("redcap")).toObject();
    EXPECT_EQ(source.value(QStringLiteral("file")).toString(),
              QStringLiteral("phq9_livskvalitet.csv"));
    EXPECT_EQ(source.value(QStringLiteral("total_field")).toString(), QStringLiteral("phq9_total"));
    const QJsonArray calcs = source.value(QStringLiteral("calculations")).toArray();
    ASSERT_EQ(calcs.size(), 1);
    EXPECT_TRUE(calcs[0]
                    .toObject()
                    .value(QStringLiteral("formula"))
                    .toString()
                    .startsWith(QStringLiteral("sum([phq1],[phq2]")));
    QStringList others;
    for (const QJsonValue& v : source.value(QStringLiteral("fields")).toArray())
        others << v.toObject().value(QStringLiteral("field")).toString();
    EXPECT_EQ(others, QStringList({QStringLiteral("record_id"), QStringLiteral("phq_intro"),
                                   QStringLiteral("phq_comments")}));
    const QJsonObject intro = source.value(QStringLiteral("fields")).toArray()[1].toObject();
    EXPECT_EQ(intro.value(QStringLiteral("label")).toString(),
              QStringLiteral("<b>Instructions:</b> answer \"honestly\", please.\nThere are no "
                             "wrong answers."));
    EXPECT_EQ(intro.value(QStringLiteral("line")).toInt(), 3);
    // The field after the two-line label starts on line 5.
    EXPECT_EQ(phq1.value(QStringLiteral("redcap")).toObject().value(QStringLiteral("line")).toInt(),
              5);
    EXPECT_EQ(itemById(stored(QStringLiteral("livskvalitet")), QStringLiteral("lk_dager"))
                  .value(QStringLiteral("redcap"))
                  .toObject()
                  .value(QStringLiteral("note"))
                  .toString(),
              QStringLiteral("0–7 dager"));

    // Audited: each definition, and the import with the file.
    const auto rows = auditRows(db(), auditBefore);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].entity, QStringLiteral("instrument_definition"));
    EXPECT_EQ(rows[2].action, QStringLiteral("imported"));
    EXPECT_TRUE(rows[2].newValue.toString().startsWith(
        QStringLiteral("redcap-dictionary; 22 fields; phq9_livskvalitet.csv; sha256 ")));
    EXPECT_TRUE(rows[2].newValue.toString().endsWith(
        QStringLiteral("instruments phq9_screen, livskvalitet")));

    // Assessments use the new instrument like any other.
    const Participant p = screened();
    Assessment a;
    a.participantId = p.id;
    a.instrumentId = QStringLiteral("livskvalitet");
    a.date = today();
    a.items = QStringList({QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("0"),
                           QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                           QStringLiteral("3"), QStringLiteral("35")});
    auto saved = AssessmentRepository(db()).save(m_coordinator, a);
    EXPECT_TRUE(saved.ok()) << str(saved.message());
}

// Where a line and its context are said: the field, its form, the line, why.
std::string describe(const std::vector<ImportProblem>& list)
{
    std::string out;
    for (const ImportProblem& p : list)
        out += std::to_string(p.line) + " " + str(p.column) + ": " + str(p.reason) + "\n";
    return out;
}

TEST_F(RedcapDictionaryTest, WhatCannotBeRepresentedIsSkippedByLineAndFieldAndTheRestTaken)
{
    auto r = import(m_admin, fixture("refused.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_TRUE(r->ok()) << describe(r->problems);
    QStringList where;
    for (const ImportProblem& p : r->skipped)
        where << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    EXPECT_EQ(where, QStringList({QStringLiteral("3:consent_form"), QStringLiteral("5:site_lookup"),
                                  QStringLiteral("7:free_total"), QStringLiteral("10:visits"),
                                  QStringLiteral("11:grid")}))
        << describe(r->skipped);
    auto reason = [&](const char* field) {
        for (const ImportProblem& p : r->skipped)
            if (p.column == QLatin1String(field))
                return p.reason;
        return QString();
    };
    EXPECT_TRUE(reason("consent_form").startsWith(QStringLiteral("form problems: a file upload")))
        << str(reason("consent_form"));
    EXPECT_TRUE(reason("free_total").contains(QStringLiteral("free_score")));
    EXPECT_TRUE(reason("grid").contains(QStringLiteral("matrix")));
    for (const ImportProblem& p : r->skipped)
        EXPECT_FALSE(p.reason.contains(QLatin1Char('\n'))) << str(p.reason);
    // The rest is taken: a slider without a range is 0-100, as in REDCap.
    const QJsonObject made = stored(QStringLiteral("problems"));
    EXPECT_EQ(itemById(made, QStringLiteral("mood")).value(QStringLiteral("max")).toInt(), 100);
    EXPECT_FALSE(itemById(made, QStringLiteral("ok_item")).isEmpty());
    // Codes with gaps (1, 2, 9) are taken: only the codes are answers, and the report says so.
    const QJsonObject odd = itemById(made, QStringLiteral("odd"));
    EXPECT_EQ(odd.value(QStringLiteral("max")).toInt(), 9);
    ASSERT_EQ(r->assumptions.size(), 1);
    EXPECT_TRUE(r->assumptions[0].startsWith(QStringLiteral("problems: 3 items, no total")))
        << str(r->assumptions[0]);
    EXPECT_TRUE(r->assumptions[0].contains(QStringLiteral("Coded answers with gaps")) &&
                r->assumptions[0].contains(QStringLiteral("odd (1, 2, 9)")))
        << str(r->assumptions[0]);
    EXPECT_TRUE(r->assumptions[0].contains(
        QStringLiteral("enforced in entry: branching logic on 0 items, required flags on 0")));

    // --strict: whatever would be skipped refuses the file, and nothing changes.
    const QString before = dumpDatabase(db());
    RedcapOptions strict;
    strict.strict = true;
    auto refused = RedcapDictionaryImport(db()).run(m_admin, fixture("refused.csv"), strict);
    ASSERT_TRUE(refused.ok());
    EXPECT_FALSE(refused->ok());
    EXPECT_EQ(refused->problems.size(), 5u) << describe(refused->problems);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(RedcapDictionaryTest, QuotedFieldsAndTheApiHeaderAreRead)
{
    const QByteArray api =
        "field_name,form_name,section_header,field_type,field_label,"
        "select_choices_or_calculations,field_note,text_validation_type_or_show_slider_number,"
        "text_validation_min,text_validation_max,identifier,branching_logic,required_field,"
        "custom_alignment,question_number,matrix_group_name,matrix_ranking,field_annotation\n"
        "q1,mini,\"Part 1, \"\"warm-up\"\"\",radio,\"First, \"\"easy\"\"\nquestion\","
        "\"1, Ja | 2, Nei, ikke i det hele tatt\",,,,,,,,,,,,\n"
        "q2,mini,,text,Antall,,\"Skriv et tall, 0-10\",integer,0,10,,\"[q1] = '1'\",y,,,,,\n";
    const ImportReport r = parse(api);
    ASSERT_TRUE(r.ok()) << str(r.problems.front().reason);
    ASSERT_EQ(m_forms.size(), 1u);
    const QJsonObject d = QJsonDocument::fromJson(m_forms[0].json).object();
    const QJsonObject q1 = itemById(d, QStringLiteral("q1"));
    EXPECT_EQ(q1.value(QStringLiteral("label")).toString(),
              QStringLiteral("First, \"easy\"\nquestion"));
    EXPECT_EQ(q1.value(QStringLiteral("min")).toInt(), 1);
    EXPECT_EQ(q1.value(QStringLiteral("max")).toInt(), 2);
    EXPECT_EQ(
        q1.value(QStringLiteral("choices")).toArray()[1].toObject().value(QStringLiteral("label")),
        QStringLiteral("Nei, ikke i det hele tatt"));
    EXPECT_EQ(q1.value(QStringLiteral("redcap")).toObject().value(QStringLiteral("section")),
              QStringLiteral("Part 1, \"warm-up\""));
    const QJsonObject q2 = itemById(d, QStringLiteral("q2"));
    EXPECT_EQ(q2.value(QStringLiteral("max")).toInt(), 10);
    EXPECT_EQ(q2.value(QStringLiteral("redcap")).toObject().value(QStringLiteral("line")).toInt(),
              4);
    EXPECT_EQ(d.value(QStringLiteral("total")).toObject().value(QStringLiteral("method")),
              QStringLiteral("none"));
}

TEST_F(RedcapDictionaryTest, FormsThatCannotBeInstrumentsAreSkipped)
{
    ImportReport r = parse(kHeader + "record_id,demographics,,text,Record ID,,,,,,,,,,,,,\r\n"
                                     "age,demographics,,text,Age,,,,,,,,,,,,,\r\n");
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_EQ(r.skipped[0].line, 2);
    EXPECT_EQ(r.skipped[0].column, QStringLiteral("Form Name"));
    EXPECT_TRUE(r.skipped[0].reason.contains(QStringLiteral("no field")));
    EXPECT_TRUE(m_forms.empty());
    r = parse(kHeader + "q1,My-Form,,yesno,Q,,,,,,,,,,,,,\r\n");
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_TRUE(r.skipped[0].reason.contains(QStringLiteral("My-Form")));
    r = parse(kHeader + "q1,f,,yesno,Q,,,,,,,,,,,,,\r\nq1,f,,yesno,Q again,,,,,,,,,,,,,\r\n");
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_EQ(r.skipped[0].line, 3);
    EXPECT_TRUE(r.skipped[0].reason.contains(QStringLiteral("line 2")));
    EXPECT_EQ(m_forms.size(), 1u);
    r = parse("name,type\r\nq1,radio\r\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.problems[0].line, 1);
    EXPECT_TRUE(m_forms.empty());
}

TEST_F(RedcapDictionaryTest, AnInstrumentIdAlreadyInUseIsSkipped)
{
    const QByteArray dict = kHeader + "q1,phq9,,yesno,Q,,,,,,,,,,,,,\r\n";
    QFile f(m_dir.filePath(QStringLiteral("phq9.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(dict);
    f.close();
    const QString before = dumpDatabase(db());
    auto r = import(m_admin, f.fileName());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->skipped.size(), 1u);
    EXPECT_EQ(r->skipped[0].line, 2);
    EXPECT_TRUE(r->skipped[0].reason.contains(QStringLiteral("already has an instrument")));
    // Nothing else could be taken: the import is refused, saying so.
    ASSERT_EQ(r->problems.size(), 1u);
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("no form of the dictionary")));
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(RedcapDictionaryTest, ALatin1FileIsRefusedAtItsFirstNonUtf8LineAndChangesNothing)
{
    // The same dictionary saved as Latin-1 (as Excel on Windows may): "fornøyd" on line 18.
    const QByteArray latin1 = QString::fromUtf8(fixtureBytes("phq9_livskvalitet.csv")).toLatin1();
    QFile f(m_dir.filePath(QStringLiteral("latin1.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(latin1);
    f.close();
    const QString before = dumpDatabase(db());
    auto r = import(m_admin, f.fileName());
    ASSERT_TRUE(r.ok()) << str(r.message());
    ASSERT_FALSE(r->problems.empty());
    EXPECT_EQ(r->problems[0].line, 18);
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("UTF-8")))
        << str(r->problems[0].reason);
    EXPECT_EQ(r->imported, 0);
    EXPECT_TRUE(sameDump(before, dumpDatabase(db())));
}

TEST_F(RedcapDictionaryTest, AdministratorsAndDataManagersImportADictionary)
{
    for (const Actor* a : {&m_pi, &m_statistician}) {
        auto r = import(*a, fixture("phq9_livskvalitet.csv"));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
    }
    // The research coordinator manages the data: ImportInstruments, one rule.
    EXPECT_TRUE(m_coordinator.can(Permission::ImportInstruments));
    EXPECT_FALSE(m_coordinator.can(Permission::EditProtocol));
    auto r = import(m_coordinator, fixture("phq9_livskvalitet.csv"));
    ASSERT_TRUE(r.ok()) << str(r.message());
    EXPECT_TRUE(r->ok());
    EXPECT_GT(r->imported, 0);
}

TEST_F(RedcapDictionaryTest, CommandLineImportsADictionary)
{
    m_db.reset();
    qputenv("TRIALDESK_PASSWORD", passwordOf(QStringLiteral("admin")).toUtf8());
    const CliResult ok = runCli({QStringLiteral("import"), QStringLiteral("redcap-dictionary"),
                                 QStringLiteral("--db"), dbPath(), QStringLiteral("--user"),
                                 QStringLiteral("admin"), fixture("phq9_livskvalitet.csv")});
    EXPECT_EQ(ok.exitCode, 0) << str(ok.err);
    EXPECT_TRUE(ok.out.contains(QStringLiteral("22"))) << str(ok.out);
    const QStringList base = {QStringLiteral("import"), QStringLiteral("redcap-dictionary"),
                              QStringLiteral("--db"),   dbPath(),
                              QStringLiteral("--user"), QStringLiteral("admin")};
    // --strict refuses what would be skipped.
    const CliResult refused =
        runCli(base + QStringList{QStringLiteral("--strict"), fixture("refused.csv")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(fixture("refused.csv") + QStringLiteral(":3: consent_form: ")))
        << str(refused.err);
    // --check says what would be made and writes nothing.
    const CliResult check =
        runCli(base + QStringList{QStringLiteral("--check"), fixture("refused.csv")});
    EXPECT_EQ(check.exitCode, 0) << str(check.err);
    EXPECT_TRUE(check.out.contains(fixture("refused.csv") +
                                   QStringLiteral(":3: consent_form: skipped: form problems")))
        << str(check.out);
    EXPECT_TRUE(check.out.contains(QStringLiteral("Check only, nothing was written: 1 "
                                                  "instruments would be made")))
        << str(check.out);
    // --forms takes the forms named; a form the dictionary lacks is a refusal naming its forms.
    const CliResult unknown =
        runCli(base + QStringList{QStringLiteral("--forms"), QStringLiteral("nosuch"),
                                  fixture("refused.csv")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("its forms are problems"))) << str(unknown.err);
    const CliResult chosen =
        runCli(base + QStringList{QStringLiteral("--forms"), QStringLiteral("problems"),
                                  fixture("refused.csv")});
    EXPECT_EQ(chosen.exitCode, 0) << str(chosen.err);
    EXPECT_TRUE(chosen.out.contains(QStringLiteral("problems: 3 items"))) << str(chosen.out);
    // --direction takes FORM=better or FORM=worse.
    const CliResult direction =
        runCli(base + QStringList{QStringLiteral("--direction"), QStringLiteral("problems=up"),
                                  fixture("refused.csv")});
    EXPECT_EQ(direction.exitCode, 2);
    EXPECT_TRUE(direction.err.contains(QStringLiteral("FORM=better or FORM=worse")))
        << str(direction.err);
    // Options of the dictionary are refused for other imports.
    const CliResult wrongKind =
        runCli({QStringLiteral("import"), QStringLiteral("odm"), QStringLiteral("--db"), dbPath(),
                QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--check"),
                fixture("refused.csv")});
    EXPECT_EQ(wrongKind.exitCode, 2);
    qunsetenv("TRIALDESK_PASSWORD");
}

} // namespace

TEST_F(RedcapDictionaryTest, AnImportedInstrumentCanBeScheduledAndReachesTheWideExport)
{
    ASSERT_TRUE(import(m_admin, fixture("phq9_livskvalitet.csv")).ok());
    ProtocolRepository protocols(db());
    Protocol p = must(protocols.load(m_admin), "load");
    ASSERT_FALSE(p.instruments.empty()); // the trial's own instruments are in its protocol
    p.schedule[0].instruments.push_back({QStringLiteral("phq9_screen"), Rater::SelfReport});
    auto scheduled = protocols.update(m_admin, p);
    ASSERT_TRUE(scheduled.ok()) << str(scheduled.message());

    // The protocol file carries the definition, so the design can be shared.
    const Protocol again = must(protocols.load(m_admin), "reload");
    const QByteArray json = ProtocolFile::write(again);
    EXPECT_TRUE(json.contains("\"phq9_screen\"")) << json.left(400).toStdString();
    EXPECT_EQ(ProtocolFile::write(must(ProtocolFile::read(json), "read")), json);

    const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
    ASSERT_TRUE(ExportService(db()).exportTo(m_pi, *ExportFormats::find(u"csv-wide"), path).ok());
    QFile wide(path);
    ASSERT_TRUE(wide.open(QIODevice::ReadOnly));
    EXPECT_TRUE(wide.readLine().contains("baseline_phq9_screen_total"));
}
