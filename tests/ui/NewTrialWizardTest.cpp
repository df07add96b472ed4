// Issue 13, trial setup in the window: the new-trial wizard sets up the DIT pilot design from a
// blank start and creates a trial whose stored protocol is what was entered; a broken rule is
// shown at its field and Next is refused; a refused create leaves no file; the administrator's
// Protocol area saves a change in place before randomization and is in amendment mode after.

#include "protocol/NewTrialWizard.h"

#include "PathSteps.h"
#include "Signing.h"
#include "access/UserRepository.h"
#include "i18n/LanguageManager.h"
#include "instruments/TrialDatabase.h"
#include "main/MainWindow.h"
#include "participants/ParticipantRepository.h"
#include "protocol/AdministratorPage.h"
#include "protocol/ArmChecks.h"
#include "protocol/ArmsEditor.h"
#include "protocol/CovariatesEditor.h"
#include "protocol/OutcomesEditor.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolView.h"
#include "protocol/ScheduleEditor.h"
#include "protocol/SitesEditor.h"
#include "protocol/StartPage.h"
#include "protocol/StratificationEditor.h"
#include "protocol/SummaryPage.h"
#include "protocol/TrialEditor.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "registry/actions/ConsentDialog.h"
#include "registry/actions/CovariateInputs.h"
#include "registry/actions/CriteriaAnswers.h"
#include "registry/actions/EligibilityDialog.h"
#include "registry/actions/RandomizeDialog.h"
#include "registry/actions/ScreenDialog.h"
#include "storage/Database.h"
#include "trial/NewTrial.h"
#include "trial/ProtocolFile.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolTemplates.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace td;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Typing into a table cell: the value as the cell's editor would set it.
void type(EditTable* table, int row, int column, const QVariant& value)
{
    QTableWidgetItem* item = table->table()->item(row, column);
    ASSERT_NE(item, nullptr) << row << "," << column;
    item->setData(Qt::EditRole, value);
}

void pick(EditTable* table, int row, int column, const QString& key)
{
    QTableWidgetItem* item = table->table()->item(row, column);
    ASSERT_NE(item, nullptr) << row << "," << column;
    item->setData(Qt::UserRole, key);
}

void tick(EditTable* table, int row, int column, bool checked)
{
    table->table()->item(row, column)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void choose(EditTable* table, int row)
{
    table->table()->setCurrentCell(row, 0);
}

bool nextEnabled(const QWizard& wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

class NewTrialWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
    }

    // Start page to the given page, from a template.
    void goTo(NewTrialWizard& wizard, NewTrialWizard::PageId page)
    {
        wizard.show();
        wizard.startPage()->choose(StartPage::Start::Dit);
        while (wizard.currentId() != page) {
            ASSERT_TRUE(nextEnabled(wizard)) << wizard.currentId();
            const int before = wizard.currentId();
            wizard.next();
            ASSERT_NE(wizard.currentId(), before);
        }
    }

    void fillAdministrator(NewTrialWizard& wizard, const QString& password)
    {
        AdministratorPage* admin = wizard.administratorPage();
        admin->userEdit()->setText(QStringLiteral("admin"));
        admin->nameEdit()->setText(QStringLiteral("Ada Admin"));
        admin->passwordEdit()->setText(password);
        admin->repeatEdit()->setText(password);
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
};

void addVisit(ScheduleEditor* schedule, const char* code, const char* en, const char* nb, int week,
              int window, bool before)
{
    EditTable* visits = schedule->visits();
    visits->addButton()->click();
    const int row = visits->rowCount() - 1;
    type(visits, row, ScheduleEditor::Code, QString::fromUtf8(code));
    type(visits, row, ScheduleEditor::NameEn, QString::fromUtf8(en));
    type(visits, row, ScheduleEditor::NameNb, QString::fromUtf8(nb));
    type(visits, row, ScheduleEditor::Week, week);
    type(visits, row, ScheduleEditor::Window, window);
    tick(visits, row, ScheduleEditor::Before, before);
    EditTable* given = schedule->instruments();
    given->addButton()->click();
    pick(given, 0, ScheduleEditor::Instrument, QStringLiteral("hrsd17"));
    pick(given, 0, ScheduleEditor::Rater, QStringLiteral("blinded_clinician"));
    given->addButton()->click();
    pick(given, 1, ScheduleEditor::Instrument, QStringLiteral("bdi2"));
    pick(given, 1, ScheduleEditor::Rater, QStringLiteral("self_report"));
}

TEST_F(NewTrialWizardTest, TheDitPilotSetUpFromBlankIsTheTrialCreated)
{
    NewTrialWizard wizard;
    wizard.show();
    wizard.startPage()->choose(StartPage::Start::Blank);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewTrialWizard::Trial);

    // Trial: a blank protocol has problems, so Next waits.
    auto* trial = wizard.editorOf<TrialEditor>(NewTrialWizard::Trial);
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(trial->errorText().contains(QStringLiteral("trial.title")));
    trial->titleEnEdit()->setText(QStringLiteral("Dynamic Interpersonal Therapy pilot"));
    trial->titleNbEdit()->setText(QStringLiteral("Pilotstudie av dynamisk interpersonlig terapi"));
    trial->acronymEdit()->setText(QStringLiteral("DIT"));
    trial->targetEdit()->setValue(147);
    trial->startEdit()->setDate(QDate(2027, 1, 4));
    trial->endEdit()->setDate(QDate(2027, 12, 31));
    EXPECT_TRUE(trial->errorText().isEmpty()) << trial->errorText().toStdString();
    ASSERT_TRUE(nextEnabled(wizard));
    wizard.next();

    // Sites: four clinics.
    auto* sites = wizard.editorOf<SitesEditor>(NewTrialWizard::Sites);
    EXPECT_FALSE(nextEnabled(wizard)); // a trial has at least one site
    for (int i = 1; i <= 4; ++i) {
        sites->table()->addButton()->click();
        type(sites->table(), i - 1, SitesEditor::Code, QStringLiteral("C%1").arg(i));
        type(sites->table(), i - 1, SitesEditor::NameEn, QStringLiteral("Clinic %1").arg(i));
        type(sites->table(), i - 1, SitesEditor::NameNb, QStringLiteral("Klinikk %1").arg(i));
    }
    ASSERT_TRUE(nextEnabled(wizard)) << sites->errorText().toStdString();
    wizard.next();

    // Arms 3:2:1 with their session plans.
    auto* arms = wizard.editorOf<ArmsEditor>(NewTrialWizard::Arms);
    struct ArmRow
    {
        const char *code, *en, *nb;
        int ratio;
        const char* colour;
        int count, interval;
    };
    const ArmRow rows[] = {
        {"DIT", "Dynamic interpersonal therapy", "Dynamisk interpersonlig terapi", 3, "#2ca02c", 16,
         1},
        {"LIT", "Low-intensity treatment", "Lavintensiv behandling", 2, "#ff7f0e", 8, 2},
        {"CBT", "Cognitive behavioural therapy", "Kognitiv atferdsterapi", 1, "#1f77b4", 16, 1}};
    for (int r = 0; r < 3; ++r) {
        arms->arms()->addButton()->click();
        ASSERT_EQ(arms->arms()->currentRow(), r);
        type(arms->arms(), r, ArmsEditor::Code, QString::fromUtf8(rows[r].code));
        type(arms->arms(), r, ArmsEditor::NameEn, QString::fromUtf8(rows[r].en));
        type(arms->arms(), r, ArmsEditor::NameNb, QString::fromUtf8(rows[r].nb));
        type(arms->arms(), r, ArmsEditor::Ratio, rows[r].ratio);
        type(arms->arms(), r, ArmsEditor::Colour, QString::fromUtf8(rows[r].colour));
        type(arms->arms(), r, ArmsEditor::Weeks, 16);
        arms->plan()->addButton()->click();
        type(arms->plan(), 0, ArmsEditor::Count, rows[r].count);
        type(arms->plan(), 0, ArmsEditor::Interval, rows[r].interval);
    }
    ASSERT_TRUE(nextEnabled(wizard)) << arms->errorText().toStdString();
    wizard.next();

    // Covariates and eligibility.
    auto* covariates = wizard.editorOf<CovariatesEditor>(NewTrialWizard::Covariates);
    covariates->covariates()->addButton()->click();
    type(covariates->covariates(), 0, CovariatesEditor::Code, QStringLiteral("age"));
    type(covariates->covariates(), 0, CovariatesEditor::NameEn, QStringLiteral("Age"));
    type(covariates->covariates(), 0, CovariatesEditor::NameNb, QStringLiteral("Alder"));
    type(covariates->covariates(), 0, CovariatesEditor::Min, QStringLiteral("18"));
    type(covariates->covariates(), 0, CovariatesEditor::Max, QStringLiteral("80"));
    tick(covariates->covariates(), 0, CovariatesEditor::Required, true); // stratified by below
    covariates->covariates()->addButton()->click();
    type(covariates->covariates(), 1, CovariatesEditor::Code, QStringLiteral("sex"));
    type(covariates->covariates(), 1, CovariatesEditor::NameEn, QStringLiteral("Sex"));
    type(covariates->covariates(), 1, CovariatesEditor::NameNb, QStringLiteral("Kjønn"));
    pick(covariates->covariates(), 1, CovariatesEditor::Type, QStringLiteral("choice"));
    EXPECT_FALSE(nextEnabled(wizard)); // a choice covariate has at least two choices
    for (auto [code, en, nb] : {std::tuple{"f", "Female", "Kvinne"}, {"m", "Male", "Mann"}}) {
        covariates->choices()->addButton()->click();
        const int row = covariates->choices()->rowCount() - 1;
        type(covariates->choices(), row, CovariatesEditor::ChoiceCode, QString::fromUtf8(code));
        type(covariates->choices(), row, CovariatesEditor::LabelEn, QString::fromUtf8(en));
        type(covariates->choices(), row, CovariatesEditor::LabelNb, QString::fromUtf8(nb));
    }
    covariates->criteria()->addButton()->click();
    type(covariates->criteria(), 0, CovariatesEditor::CriterionCode, QStringLiteral("mdd"));
    type(covariates->criteria(), 0, CovariatesEditor::TextEn,
         QStringLiteral("Major depressive disorder (MINI)"));
    type(covariates->criteria(), 0, CovariatesEditor::TextNb,
         QStringLiteral("Alvorlig depressiv lidelse (MINI)"));
    covariates->criteria()->addButton()->click();
    type(covariates->criteria(), 1, CovariatesEditor::CriterionCode, QStringLiteral("psychosis"));
    pick(covariates->criteria(), 1, CovariatesEditor::Kind, QStringLiteral("exclusion"));
    type(covariates->criteria(), 1, CovariatesEditor::TextEn, QStringLiteral("Psychotic disorder"));
    type(covariates->criteria(), 1, CovariatesEditor::TextNb, QStringLiteral("Psykoselidelse"));
    ASSERT_TRUE(nextEnabled(wizard)) << covariates->errorText().toStdString();
    wizard.next();

    // Schedule: baseline, 3 and 6 months, and a 12-month follow-up of the DIT arm only.
    auto* schedule = wizard.editorOf<ScheduleEditor>(NewTrialWizard::Schedule);
    addVisit(schedule, "baseline", "Baseline", "Baseline", 0, 14, true);
    addVisit(schedule, "m3", "3 months", "3 måneder", 13, 14, false);
    addVisit(schedule, "m6", "6 months", "6 måneder", 26, 14, false);
    addVisit(schedule, "m12", "12-month follow-up", "12 måneders oppfølging", 52, 30, false);
    ASSERT_NE(schedule->arms()->box(QStringLiteral("DIT")), nullptr);
    schedule->arms()->box(QStringLiteral("DIT"))->setChecked(true);
    EXPECT_EQ(schedule->visits()->text(3, ScheduleEditor::Arms), QStringLiteral("DIT"));
    EXPECT_TRUE(schedule->visits()
                    ->text(0, ScheduleEditor::Instruments)
                    .contains(QStringLiteral("HRSD-17 (Blinded clinician)")));
    ASSERT_TRUE(nextEnabled(wizard)) << schedule->errorText().toStdString();
    wizard.next();

    // Stratification: none to start with (one stratum); by site and by age cut at 40.
    ASSERT_EQ(wizard.currentId(), NewTrialWizard::Stratification);
    auto* strat = wizard.editorOf<StratificationEditor>(NewTrialWizard::Stratification);
    EditTable* factors = strat->factors();
    EXPECT_EQ(factors->rowCount(), 0);
    EXPECT_TRUE(strat->strataText().contains(QStringLiteral("one stratum")));
    EXPECT_TRUE(nextEnabled(wizard));
    factors->addButton()->click();
    type(factors, 0, StratificationEditor::Code, QStringLiteral("site"));
    pick(factors, 0, StratificationEditor::Source, QStringLiteral("site"));
    EXPECT_FALSE(factors->isCellEnabled(0, StratificationEditor::CutPoints));
    factors->addButton()->click();
    pick(factors, 1, StratificationEditor::Source, QStringLiteral("covariate"));
    pick(factors, 1, StratificationEditor::Covariate, QStringLiteral("age"));
    type(factors, 1, StratificationEditor::Code, QStringLiteral("age"));
    EXPECT_FALSE(nextEnabled(wizard)); // a numeric covariate needs a cut point
    EXPECT_TRUE(strat->errorText().contains(QStringLiteral("stratification[1].cut_points")))
        << strat->errorText().toStdString();
    type(factors, 1, StratificationEditor::CutPoints, QStringLiteral("40"));
    ASSERT_TRUE(nextEnabled(wizard)) << strat->errorText().toStdString();
    // (The English plural forms come from the translation file.)
    EXPECT_TRUE(strat->strataText().contains(QRegularExpression(
        QStringLiteral("^site \\(4 level.*\\) × age \\(2 level.*\\) = 8 strat"))))
        << strat->strataText().toStdString();
    wizard.next();

    // Session measure and primary outcome.
    auto* outcomes = wizard.editorOf<OutcomesEditor>(NewTrialWizard::Outcomes);
    EXPECT_FALSE(nextEnabled(wizard)); // no primary outcome yet
    outcomes->measures()->addButton()->click();
    pick(outcomes->measures(), 0, OutcomesEditor::Instrument, QStringLiteral("phq9"));
    EXPECT_EQ(outcomes->measureArms()->selected(),
              QStringList({QStringLiteral("DIT"), QStringLiteral("LIT"), QStringLiteral("CBT")}));
    outcomes->primaryInstrument()->setCurrentIndex(
        outcomes->primaryInstrument()->findData(QStringLiteral("hrsd17")));
    outcomes->primaryTimePoint()->setCurrentIndex(
        outcomes->primaryTimePoint()->findData(QStringLiteral("m6")));
    EXPECT_TRUE(outcomes->visibleTo(QStringLiteral("statistician"))->isChecked());
    ASSERT_TRUE(nextEnabled(wizard)) << outcomes->errorText().toStdString();
    wizard.next();

    ASSERT_EQ(wizard.currentId(), NewTrialWizard::Administrator);
    EXPECT_FALSE(nextEnabled(wizard));
    fillAdministrator(wizard, QStringLiteral("Hemmelig-ord-1"));
    wizard.administratorPage()->repeatEdit()->setText(QStringLiteral("Hemmelig-ord-2"));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(wizard.administratorPage()->errorText().contains(QStringLiteral("differ")));
    wizard.administratorPage()->repeatEdit()->setText(QStringLiteral("Hemmelig-ord-1"));
    ASSERT_TRUE(nextEnabled(wizard));
    wizard.next();

    ASSERT_EQ(wizard.currentId(), NewTrialWizard::Summary);
    SummaryPage* summary = wizard.summaryPage();
    EXPECT_TRUE(QFileInfo(summary->filePath()).fileName().startsWith(QStringLiteral("dit")))
        << summary->filePath().toStdString(); // in the documents folder by default
    EXPECT_TRUE(summary->summaryText().contains(QStringLiteral("Clinic 4")));
    EXPECT_TRUE(summary->summaryText().contains(QStringLiteral("HRSD-17 at 6 months")))
        << summary->summaryText().toStdString();
    EXPECT_TRUE(summary->summaryText().contains(QStringLiteral("age – covariate age, cut at 40")))
        << summary->summaryText().toStdString();
    const QString protocolFile = m_dir.filePath(QStringLiteral("dit-protocol.json"));
    EXPECT_TRUE(summary->saveProtocolFile(protocolFile)) << summary->statusText().toStdString();
    auto reread = ProtocolFile::readFile(protocolFile);
    ASSERT_TRUE(reread.ok()) << reread.message().toStdString();
    EXPECT_EQ(ProtocolFile::write(*reread), ProtocolFile::write(wizard.draft().protocol()));

    const QString path = m_dir.filePath(QStringLiteral("dit.sqlite"));
    summary->setFilePath(path);
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard.result(), QDialog::Accepted) << summary->errorText().toStdString();
    EXPECT_EQ(wizard.createdPath(), path);

    // The trial file holds what was entered; it is encrypted (the default), opened with the
    // administrator's password.
    EXPECT_TRUE(summary->encrypt());
    EXPECT_TRUE(CryptVfs::isEncrypted(path));
    Database::Options options;
    options.user = QStringLiteral("admin");
    options.password = QStringLiteral("Hemmelig-ord-1");
    auto db = openTrialDatabase(path, options);
    ASSERT_TRUE(db.ok()) << db.message().toStdString();
    auto admin =
        UserRepository(**db).login(QStringLiteral("admin"), QStringLiteral("Hemmelig-ord-1"));
    ASSERT_TRUE(admin.ok()) << admin.message().toStdString();
    EXPECT_EQ(admin->role, Role::Administrator);
    auto stored = ProtocolRepository(**db).load(*admin);
    ASSERT_TRUE(stored.ok()) << stored.message().toStdString();
    EXPECT_EQ(QString::fromUtf8(ProtocolFile::write(*stored)),
              QString::fromUtf8(ProtocolFile::write(wizard.draft().protocol())));
    EXPECT_EQ(stored->arms.size(), 3u);
    EXPECT_EQ(stored->arms[1].ratioWeight, 2);
    EXPECT_EQ(stored->schedule[3].arms, QStringList{QStringLiteral("DIT")});
    EXPECT_EQ(stored->schedule[0].instruments[0].rater, Rater::BlindedClinician);
    EXPECT_EQ(stored->primaryOutcome,
              (PrimaryOutcome{QStringLiteral("hrsd17"), QStringLiteral("m6")}));
    ASSERT_EQ(stored->factors.size(), 2u);
    EXPECT_EQ(stored->factors[0].code, QStringLiteral("site"));
    EXPECT_EQ(stored->factors[0].source, StratSource::Site);
    EXPECT_TRUE(stored->factors[0].cutPoints.isEmpty());
    EXPECT_EQ(stored->factors[1].code, QStringLiteral("age"));
    EXPECT_EQ(stored->factors[1].source, StratSource::Covariate);
    EXPECT_EQ(stored->factors[1].variable, QStringLiteral("age"));
    EXPECT_EQ(stored->factors[1].cutPoints, QList<double>{40});
}

TEST_F(NewTrialWizardTest, ABrokenRuleIsShownAtItsFieldAndNextWaits)
{
    NewTrialWizard wizard;
    goTo(wizard, NewTrialWizard::Arms);
    auto* arms = wizard.editorOf<ArmsEditor>(NewTrialWizard::Arms);
    ASSERT_EQ(arms->arms()->rowCount(), 3);
    EXPECT_TRUE(nextEnabled(wizard));

    type(arms->arms(), 0, ArmsEditor::Ratio, 0);
    EXPECT_FALSE(nextEnabled(wizard));
    const QTableWidgetItem* cell = arms->arms()->table()->item(0, ArmsEditor::Ratio);
    EXPECT_TRUE(cell->toolTip().contains(QStringLiteral("ratio is a whole number from 1 to 20")))
        << cell->toolTip().toStdString();
    EXPECT_TRUE(cell->background().color().isValid());
    EXPECT_NE(cell->background().style(), Qt::NoBrush);
    EXPECT_TRUE(arms->errorText().contains(QStringLiteral("arms[0].ratio: 0 is not allowed")))
        << arms->errorText().toStdString();
    // Only that cell is marked.
    EXPECT_EQ(arms->arms()->table()->item(1, ArmsEditor::Ratio)->background().style(), Qt::NoBrush);

    // A session plan longer than the treatment: marked at treatment_weeks.
    type(arms->arms(), 0, ArmsEditor::Ratio, 3);
    EXPECT_TRUE(nextEnabled(wizard));
    EXPECT_TRUE(arms->errorText().isEmpty());
    EXPECT_EQ(cell->background().style(), Qt::NoBrush);
    type(arms->arms(), 1, ArmsEditor::Weeks, 10);
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(arms->errorText().contains(QStringLiteral("arms[1].treatment_weeks")));
    EXPECT_FALSE(arms->arms()->table()->item(1, ArmsEditor::Weeks)->toolTip().isEmpty());
    type(arms->arms(), 1, ArmsEditor::Weeks, 16);
    EXPECT_TRUE(nextEnabled(wizard));

    // A visit for an arm that is then renamed follows the new code.
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewTrialWizard::Schedule);
    auto* schedule = wizard.editorOf<ScheduleEditor>(NewTrialWizard::Schedule);
    choose(schedule->visits(), 3);
    EXPECT_EQ(schedule->arms()->selected(), QStringList{QStringLiteral("DIT")});
    // Two baselines: marked at the second.
    tick(schedule->visits(), 1, ScheduleEditor::Before, true);
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(schedule->errorText().contains(QStringLiteral("schedule[1].before_randomization")))
        << schedule->errorText().toStdString();
}

TEST_F(NewTrialWizardTest, ARefusedCreateLeavesNoFileAndSaysWhere)
{
    NewTrialWizard wizard;
    goTo(wizard, NewTrialWizard::Administrator);
    fillAdministrator(wizard, QStringLiteral("ab")); // too short: the core refuses it
    ASSERT_TRUE(nextEnabled(wizard));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewTrialWizard::Summary);
    const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
    wizard.summaryPage()->setFilePath(path);
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_NE(wizard.result(), QDialog::Accepted);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_TRUE(wizard.summaryPage()->errorText().contains(QStringLiteral("password")));
    settle();
    // Back at the administrator's page, which says why.
    EXPECT_EQ(wizard.currentId(), NewTrialWizard::Administrator);
    EXPECT_TRUE(wizard.administratorPage()->errorText().contains(QStringLiteral("too short")))
        << wizard.administratorPage()->errorText().toStdString();

    // An existing file is never overwritten: the refusal is at the file field.
    fillAdministrator(wizard, QStringLiteral("Hemmelig-ord-1"));
    wizard.next();
    QFile existing(path);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_NE(wizard.result(), QDialog::Accepted);
    EXPECT_TRUE(wizard.summaryPage()->errorText().contains(QStringLiteral("already exists")));
    EXPECT_FALSE(wizard.summaryPage()->fileEdit()->toolTip().isEmpty());
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("keep me"));
    EXPECT_EQ(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
}

TEST_F(NewTrialWizardTest, AProtocolFileThatBreaksARuleIsRefusedOnTheStartPage)
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "trialdesk-protocol", "version": 1, "trial": {"acronym": "X"}})");
    f.close();
    NewTrialWizard wizard;
    wizard.show();
    wizard.startPage()->setFile(path);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewTrialWizard::Start);
    EXPECT_FALSE(wizard.startPage()->errorText().isEmpty());
}

// The Protocol area over a new trial (the MOP template) without participants yet, with a
// coordinator and the statistician's randomization set up, so the test can randomize one.
class ProtocolViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
        const QString path = m_dir.filePath(QStringLiteral("area.sqlite"));
        auto mop = ProtocolTemplates::load(QStringLiteral("mop"));
        ASSERT_TRUE(mop.ok()) << mop.message().toStdString();
        const Status made =
            NewTrial::create(path, *mop,
                             {QStringLiteral("admin"), QString(), Role::Administrator,
                              QStringLiteral("Hemmelig-ord-1")});
        ASSERT_TRUE(made.ok()) << made.message().toStdString();
        auto db = openTrialDatabase(path);
        ASSERT_TRUE(db.ok()) << db.message().toStdString();
        m_db = std::move(db).value();
        UserRepository users(*m_db);
        auto admin = users.login(QStringLiteral("admin"), QStringLiteral("Hemmelig-ord-1"));
        ASSERT_TRUE(admin.ok());
        m_admin = *admin;
        auto add = [&](const char* name, Role role) {
            auto u = users.create(m_admin, {QString::fromLatin1(name), QString(), role,
                                            QStringLiteral("Hemmelig-ord-1")});
            EXPECT_TRUE(u.ok()) << u.message().toStdString();
            return u.ok() ? Actor{u->id, u->username, role} : Actor{};
        };
        m_coordinator = add("coordinator", Role::Coordinator);
        m_assessor = add("assessor", Role::BlindedAssessor);
        const Actor statistician = add("statistician", Role::Statistician);
        auto protocol = ProtocolRepository(*m_db).load(m_admin);
        ASSERT_TRUE(protocol.ok());
        RandomizationSettings settings;
        settings.blockLengths = {2, 4};
        for (const StratFactor& f : protocol->factors)
            if (f.source == StratSource::Site)
                settings.factors.push_back({f.id, 1.0});
        auto saved = RandomizationSettingsRepository(*m_db).save(
            statistician, settings, SignWith{QStringLiteral("Hemmelig-ord-1")});
        ASSERT_TRUE(saved.ok()) << saved.message().toStdString();
        auto list = AllocationListRepository(*m_db).generateWithSeed(
            statistician, 7, SignWith{QStringLiteral("Hemmelig-ord-1")});
        ASSERT_TRUE(list.ok()) << list.message().toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    Actor m_coordinator;
    Actor m_assessor;
    LanguageManager m_languages;

    // The MOP template's path: screening with the age the protocol requires before
    // randomization and two of the three criteria, the third answered at the eligibility
    // step, consent, the baseline visit (which the protocol puts before randomization), and
    // randomization.
    void randomizeOne()
    {
        const Actor coordinator = m_coordinator;
        auto protocol = ProtocolRepository(*m_db).load(coordinator);
        ASSERT_TRUE(protocol.ok());
        ScreenDialog screen(*m_db, coordinator, *protocol);
        ASSERT_TRUE(screen.criteria()->setAnswer(QStringLiteral("mdd"), true));
        ASSERT_TRUE(screen.criteria()->setAnswer(QStringLiteral("age18"), true));
        ASSERT_TRUE(screen.covariates()->setValue(QStringLiteral("age"), QStringLiteral("41")));
        screen.confirm();
        const qint64 id = screen.createdId();
        ASSERT_GT(id, 0) << screen.errorText().toStdString();
        auto get = [&] { return *ParticipantRepository(*m_db).get(coordinator, id); };
        EligibilityDialog eligibility(*m_db, coordinator, *protocol, get());
        ASSERT_TRUE(eligibility.criteria()->setAnswer(QStringLiteral("psychosis"), false));
        eligibility.confirm();
        ASSERT_EQ(get().status, ParticipantStatus::Eligible)
            << eligibility.errorText().toStdString();
        ConsentDialog consent(*m_db, coordinator, get());
        consent.confirm();
        ASSERT_EQ(get().status, ParticipantStatus::Consented) << consent.errorText().toStdString();
        ASSERT_EQ(testui::enterBaseline(*m_db, *protocol, id, coordinator, m_assessor,
                                        m_db->clock().today()),
                  QString());
        RandomizeDialog randomize(*m_db, coordinator, *protocol, id);
        randomize.confirm();
        ASSERT_TRUE(randomize.allocation().has_value())
            << randomize.refusal().toStdString() << randomize.errorText().toStdString();
    }
};

TEST_F(ProtocolViewTest, SavesInPlaceBeforeRandomizationAndAmendsAfter)
{
    const Actor admin = m_admin;
    {
        ProtocolView view(*m_db, admin);
        EXPECT_FALSE(view.isAmendmentMode());
        EXPECT_TRUE(view.modeText().contains(QStringLiteral("No one is randomized")));
        EXPECT_FALSE(view.effectiveDateEdit()->isVisibleTo(&view));
        auto* trial = view.editorOf<TrialEditor>();
        ASSERT_NE(trial, nullptr);
        const int target = trial->targetEdit()->value();
        trial->targetEdit()->setValue(target + 20);
        view.previewChanges();
        EXPECT_EQ(view.changes()->count(), 1);
        EXPECT_EQ(testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save(), QString());
        EXPECT_TRUE(view.statusText().contains(QStringLiteral("saved")))
            << view.statusText().toStdString();
        auto stored = ProtocolRepository(*m_db).load(admin);
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(stored->trial.targetSampleSize, target + 20);
        EXPECT_EQ(stored->version, 1);
        // A rule broken in the area is shown at the field, and nothing is saved.
        auto* arms = view.editorOf<ArmsEditor>();
        type(arms->arms(), 0, ArmsEditor::Ratio, 0);
        EXPECT_FALSE(testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save().isEmpty());
        EXPECT_TRUE(view.errorText().contains(QStringLiteral("arms[0].ratio")));
        EXPECT_FALSE(view.pages()->tabIcon(2).isNull());
    }

    randomizeOne();

    ProtocolView view(*m_db, admin);
    EXPECT_TRUE(view.isAmendmentMode());
    EXPECT_TRUE(view.modeText().contains(QStringLiteral("Amendment mode")))
        << view.modeText().toStdString();
    EXPECT_TRUE(view.effectiveDateEdit()->isVisibleTo(&view));
    EXPECT_EQ(view.history()->rowCount(), 1);
    // Changing a ratio is refused, naming the path and the rule.
    auto* arms = view.editorOf<ArmsEditor>();
    type(arms->arms(), 0, ArmsEditor::Ratio, 2);
    view.reasonEdit()->setText(QStringLiteral("Unbalanced recruitment"));
    view.previewChanges();
    ASSERT_EQ(view.changes()->count(), 1);
    EXPECT_FALSE(view.changes()->item(0)->toolTip().isEmpty());
    const QString refused = testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save();
    EXPECT_TRUE(refused.contains(QStringLiteral("Arm 1, ratio (1 \u2192 2)")))
        << refused.toStdString();
    EXPECT_EQ(view.changes()->item(0)->text(), QStringLiteral("Arm 1, ratio: 1 \u2192 2"));
    EXPECT_EQ(view.errorText(), refused);
    type(arms->arms(), 0, ArmsEditor::Ratio, 1);

    // An amendment needs a reason; then a larger target is a new version.
    auto* trial = view.editorOf<TrialEditor>();
    trial->targetEdit()->setValue(trial->targetEdit()->value() + 10);
    view.reasonEdit()->clear();
    EXPECT_TRUE(testui::signing(view, QStringLiteral("Hemmelig-ord-1"))
                    .save()
                    .contains(QStringLiteral("reason")));
    view.reasonEdit()->setText(QStringLiteral("Slow recruitment"));
    view.effectiveDateEdit()->setDate(m_db->clock().today().addDays(7));
    EXPECT_EQ(testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save(), QString())
        << view.errorText().toStdString();
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("version 2")))
        << view.statusText().toStdString();
    auto versions = ProtocolRepository(*m_db).versions(admin);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2u);
    EXPECT_EQ(versions->back().reason, QStringLiteral("Slow recruitment"));
    EXPECT_EQ(view.history()->rowCount(), 2);
    EXPECT_EQ(view.history()->item(1, 2)->text(), QStringLiteral("Slow recruitment"));
}

TEST_F(ProtocolViewTest, TheAdministratorHasAProtocolAreaAndEveryoneFileNewTrial)
{
    MainWindow admin(*m_db, m_admin, m_languages);
    ASSERT_NE(admin.protocolView(), nullptr);
    EXPECT_GE(admin.tabs()->indexOf(admin.protocolView()), 0);
    EXPECT_EQ(admin.tabs()->tabText(admin.tabs()->indexOf(admin.protocolView())),
              QStringLiteral("Protocol"));
    EXPECT_EQ(admin.newTrialAction()->text(), QStringLiteral("&New trial…"));
    MainWindow coordinator(*m_db, m_coordinator, m_languages);
    EXPECT_EQ(coordinator.protocolView(), nullptr);
    EXPECT_TRUE(coordinator.newTrialAction()->isEnabled());
}

// The Protocol area's Stratification tab: a change is saved in place before randomization (the
// core refuses removing the factor the randomization setup uses), and refused once anyone is.
using StratificationInProtocolArea = ProtocolViewTest;

TEST_F(StratificationInProtocolArea, SavedBeforeRandomizationAndRefusedAfter)
{
    const Actor admin = m_admin;
    {
        ProtocolView view(*m_db, admin);
        auto* strat = view.editorOf<StratificationEditor>();
        ASSERT_NE(strat, nullptr);
        EXPECT_EQ(view.pages()->tabText(view.pages()->indexOf(strat)),
                  QStringLiteral("Stratification"));
        EditTable* factors = strat->factors();
        ASSERT_EQ(factors->rowCount(), 2);
        EXPECT_EQ(factors->text(1, StratificationEditor::CutPoints), QStringLiteral("24"));
        factors->setCurrentRow(0);
        factors->removeButton()->click();
        const QString used = testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save();
        EXPECT_TRUE(used.contains(QStringLiteral("stratification[0]"))) << used.toStdString();
        EXPECT_EQ(view.errorText(), used);
        view.reload();
        ASSERT_EQ(factors->rowCount(), 2);
        type(factors, 1, StratificationEditor::CutPoints, QStringLiteral("20"));
        EXPECT_EQ(testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save(), QString())
            << view.errorText().toStdString();
        auto stored = ProtocolRepository(*m_db).load(admin);
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(stored->factors[1].cutPoints, QList<double>{20});
        EXPECT_EQ(stored->version, 1);
    }

    randomizeOne();

    ProtocolView view(*m_db, admin);
    ASSERT_TRUE(view.isAmendmentMode());
    auto* strat = view.editorOf<StratificationEditor>();
    type(strat->factors(), 1, StratificationEditor::CutPoints, QStringLiteral("22"));
    EXPECT_FALSE(strat->hasProblems()); // the rules allow it; the amendment does not
    view.reasonEdit()->setText(QStringLiteral("More severe participants than expected"));
    const QString refused = testui::signing(view, QStringLiteral("Hemmelig-ord-1")).save();
    EXPECT_TRUE(refused.contains(QStringLiteral("Stratification factor 2, cut points")))
        << refused.toStdString();
    EXPECT_EQ(view.errorText(), refused);
    auto stored = ProtocolRepository(*m_db).load(admin);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->factors[1].cutPoints, QList<double>{20});
}

} // namespace

// Pictures of every wizard page and of the Protocol area in both languages:
//   TD_SCREENSHOT_DIR=/tmp/wizard-shots build/tests/ui/trialdesk_ui_tests
//       --gtest_filter='ScreenshotProtocol*'
using ScreenshotProtocol = ProtocolViewTest;

void saveShot(QWidget& w, const QString& dir, const QString& name)
{
    settle();
    EXPECT_TRUE(w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
        << name.toStdString();
}

TEST_F(ScreenshotProtocol, EveryWizardPageAndTheProtocolAreaInBothLanguages)
{
    const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set TD_SCREENSHOT_DIR to a directory";
    QDir().mkpath(dir);
    const char* const pageNames[] = {"start",         "trial",    "sites",          "arms",
                                     "covariates",    "schedule", "stratification", "outcomes",
                                     "administrator", "summary"};
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        {
            NewTrialWizard wizard;
            wizard.resize(1000, 760);
            wizard.show();
            wizard.startPage()->choose(StartPage::Start::Dit);
            for (int page = NewTrialWizard::Start; page <= NewTrialWizard::Summary; ++page) {
                ASSERT_EQ(wizard.currentId(), page);
                if (page == NewTrialWizard::Administrator) {
                    wizard.administratorPage()->userEdit()->setText(QStringLiteral("admin"));
                    wizard.administratorPage()->nameEdit()->setText(QStringLiteral("Ada Admin"));
                    wizard.administratorPage()->passwordEdit()->setText(
                        QStringLiteral("Hemmelig-ord-1"));
                    wizard.administratorPage()->repeatEdit()->setText(
                        QStringLiteral("Hemmelig-ord-1"));
                }
                saveShot(wizard, dir,
                         QStringLiteral("%1-wizard-%2-%3")
                             .arg(language)
                             .arg(page)
                             .arg(QLatin1String(pageNames[page])));
                if (page < NewTrialWizard::Summary)
                    wizard.next();
            }
            // Problems at their fields: a ratio of 0 and a blank Norwegian name.
            while (wizard.currentId() != NewTrialWizard::Arms)
                wizard.back();
            auto* arms = wizard.editorOf<ArmsEditor>(NewTrialWizard::Arms);
            type(arms->arms(), 0, ArmsEditor::Ratio, 0);
            type(arms->arms(), 1, ArmsEditor::NameNb, QString());
            saveShot(wizard, dir, QStringLiteral("%1-wizard-arms-problems").arg(language));
            // Stratification refused at its cells: a covariate that is not required for
            // randomization, and cut points that do not ascend.
            type(arms->arms(), 0, ArmsEditor::Ratio, 3);
            type(arms->arms(), 1, ArmsEditor::NameNb, QStringLiteral("Lavintensiv behandling"));
            while (wizard.currentId() != NewTrialWizard::Stratification)
                wizard.next();
            EditTable* factors =
                wizard.editorOf<StratificationEditor>(NewTrialWizard::Stratification)->factors();
            factors->addButton()->click();
            pick(factors, 1, StratificationEditor::Source, QStringLiteral("covariate"));
            type(factors, 1, StratificationEditor::CutPoints, QStringLiteral("40"));
            factors->addButton()->click();
            pick(factors, 2, StratificationEditor::Source, QStringLiteral("severity"));
            type(factors, 2, StratificationEditor::CutPoints, QStringLiteral("24, 14"));
            saveShot(wizard, dir,
                     QStringLiteral("%1-wizard-stratification-problems").arg(language));
        }
        {
            NewTrialWizard wizard;
            wizard.resize(1000, 760);
            wizard.show();
            wizard.startPage()->choose(StartPage::Start::Mop);
            while (wizard.currentId() != NewTrialWizard::Stratification)
                wizard.next();
            saveShot(wizard, dir, QStringLiteral("%1-wizard-stratification-mop").arg(language));
        }
        {
            NewTrialWizard wizard;
            wizard.resize(1000, 760);
            wizard.show();
            wizard.startPage()->choose(StartPage::Start::Blank);
            wizard.next();
            saveShot(wizard, dir, QStringLiteral("%1-wizard-blank-trial").arg(language));
        }
        MainWindow window(*m_db, m_admin, m_languages);
        window.resize(1280, 860);
        window.show();
        ProtocolView* view = window.protocolView();
        ASSERT_NE(view, nullptr);
        window.tabs()->setCurrentWidget(view);
        for (int i = 0; i < view->pages()->count(); ++i) {
            view->pages()->setCurrentIndex(i);
            saveShot(window, dir, QStringLiteral("%1-protocol-area-%2").arg(language).arg(i));
        }
    }
    // Amendment mode, with a refused change previewed.
    randomizeOne();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("nb")}) {
        ASSERT_TRUE(m_languages.setLanguage(language));
        MainWindow window(*m_db, m_admin, m_languages);
        window.resize(1280, 860);
        window.show();
        ProtocolView* view = window.protocolView();
        window.tabs()->setCurrentWidget(view);
        view->pages()->setCurrentIndex(2);
        type(view->editorOf<ArmsEditor>()->arms(), 0, ArmsEditor::Ratio, 2);
        view->reasonEdit()->setText(QStringLiteral("Unbalanced recruitment"));
        view->previewChanges();
        saveShot(window, dir, QStringLiteral("%1-protocol-amendment").arg(language));
    }
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
}
