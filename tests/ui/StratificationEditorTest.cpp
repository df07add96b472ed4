// The stratification page of the new-trial wizard and of the Protocol area: the factors of a
// template are shown as they are in the file, a factor the rules refuse is marked at its cell
// (and only on this page) and Next waits, and the table is worked by keyboard like the others.

#include "protocol/StratificationEditor.h"

#include "i18n/LanguageManager.h"
#include "protocol/CovariatesEditor.h"
#include "protocol/NewTrialWizard.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ScheduleEditor.h"
#include "protocol/StartPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace td;

namespace {

void typeIn(EditTable* table, int row, int column, const QVariant& value)
{
    QTableWidgetItem* item = table->table()->item(row, column);
    ASSERT_NE(item, nullptr) << row << "," << column;
    item->setData(Qt::EditRole, value);
}

void pickIn(EditTable* table, int row, int column, const QString& key)
{
    QTableWidgetItem* item = table->table()->item(row, column);
    ASSERT_NE(item, nullptr) << row << "," << column;
    item->setData(Qt::UserRole, key);
}

QString tipOf(EditTable* table, int row, int column)
{
    const QTableWidgetItem* item = table->table()->item(row, column);
    return item ? item->toolTip() : QString();
}

bool isRed(EditTable* table, int row, int column)
{
    const QTableWidgetItem* item = table->table()->item(row, column);
    return item && item->background().style() != Qt::NoBrush;
}

class StratificationEditorTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en"))); }

    StratificationEditor* open(NewTrialWizard& wizard, StartPage::Start start)
    {
        wizard.show();
        wizard.startPage()->choose(start);
        while (wizard.currentId() != NewTrialWizard::Stratification) {
            const int before = wizard.currentId();
            wizard.next();
            if (wizard.currentId() == before)
                return nullptr;
        }
        return wizard.editorOf<StratificationEditor>(NewTrialWizard::Stratification);
    }

    bool nextEnabled(const NewTrialWizard& wizard) const
    {
        return wizard.button(QWizard::NextButton)->isEnabled();
    }

    LanguageManager m_languages;
};

TEST_F(StratificationEditorTest, TheMopTemplateShowsItsSiteAndSeverityFactors)
{
    NewTrialWizard wizard;
    StratificationEditor* strat = open(wizard, StartPage::Start::Mop);
    ASSERT_NE(strat, nullptr);
    EXPECT_TRUE(nextEnabled(wizard)) << strat->errorText().toStdString();
    EXPECT_EQ(wizard.currentPage()->title(), QStringLiteral("Stratification"));
    EditTable* factors = strat->factors();
    ASSERT_EQ(factors->rowCount(), 2);
    using S = StratificationEditor;

    EXPECT_EQ(factors->text(0, S::Code), QStringLiteral("site"));
    EXPECT_EQ(factors->choice(0, S::Source), QStringLiteral("site"));
    EXPECT_EQ(factors->text(0, S::Source), QStringLiteral("Site"));
    for (int c : {S::Covariate, S::Instrument, S::TimePoint, S::CutPoints}) {
        EXPECT_FALSE(factors->isCellEnabled(0, c)) << c;
        EXPECT_EQ(factors->text(0, c), StratificationEditor::notApplicable()) << c;
    }
    EXPECT_EQ(factors->text(1, S::Covariate), StratificationEditor::notApplicable());

    EXPECT_EQ(factors->text(1, S::Code), QStringLiteral("severity"));
    EXPECT_EQ(factors->choice(1, S::Source), QStringLiteral("severity"));
    EXPECT_EQ(factors->text(1, S::Source), QStringLiteral("Severity"));
    EXPECT_EQ(factors->choice(1, S::Instrument), QStringLiteral("hrsd17"));
    EXPECT_EQ(factors->text(1, S::Instrument), QStringLiteral("HRSD-17"));
    EXPECT_EQ(factors->choice(1, S::TimePoint), QStringLiteral("baseline"));
    EXPECT_EQ(factors->text(1, S::TimePoint), QStringLiteral("Baseline"));
    EXPECT_EQ(factors->text(1, S::CutPoints), QStringLiteral("24"));
    EXPECT_FALSE(factors->isCellEnabled(1, S::Covariate));
    EXPECT_TRUE(factors->isCellEnabled(1, S::CutPoints));
    // (The English plural forms come from the translation file.)
    EXPECT_TRUE(strat->strataText().contains(QRegularExpression(
        QStringLiteral("^site \\(2 level.*\\) × severity \\(2 level.*\\) = 4 strat"))))
        << strat->strataText().toStdString();

    // Cut points in the current locale: a decimal comma in Norwegian, so ";" between them.
    factors->table()->item(1, S::CutPoints)->setData(Qt::EditRole, QStringLiteral("20, 24.5"));
    EXPECT_EQ(wizard.draft().protocol().factors[1].cutPoints, (QList<double>{20, 24.5}));
    EXPECT_EQ(factors->text(1, S::CutPoints), QStringLiteral("20, 24.5"));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("nb")));
    QApplication::processEvents();
    EXPECT_EQ(factors->text(1, S::CutPoints), QStringLiteral("20; 24,5"));
    EXPECT_EQ(StratificationEditor::parseCutPoints(QStringLiteral("20; 24,5")),
              (QList<double>{20, 24.5}));
    EXPECT_EQ(StratificationEditor::parseCutPoints(QStringLiteral("20, 24,5")),
              (QList<double>{20, 24.5}));
    ASSERT_TRUE(m_languages.setLanguage(QStringLiteral("en")));
}

TEST_F(StratificationEditorTest, ARefusedFactorIsShownAtItsCellAndNextWaits)
{
    NewTrialWizard wizard;
    StratificationEditor* strat = open(wizard, StartPage::Start::Dit); // age is not required
    ASSERT_NE(strat, nullptr);
    EditTable* factors = strat->factors();
    ASSERT_EQ(factors->rowCount(), 1); // the DIT pilot stratifies by site
    using S = StratificationEditor;
    EXPECT_TRUE(nextEnabled(wizard));

    // A covariate factor on a covariate that is not required for randomization.
    factors->addButton()->click();
    ASSERT_EQ(factors->rowCount(), 2);
    pickIn(factors, 1, S::Source, QStringLiteral("covariate"));
    pickIn(factors, 1, S::Covariate, QStringLiteral("age"));
    EXPECT_EQ(factors->text(1, S::Code), QStringLiteral("age")); // named after its covariate
    EXPECT_EQ(factors->text(1, S::Covariate), QStringLiteral("Age (age)"));
    typeIn(factors, 1, S::CutPoints, QStringLiteral("40"));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(isRed(factors, 1, S::Covariate));
    EXPECT_TRUE(
        tipOf(factors, 1, S::Covariate).contains(QStringLiteral("required_for_randomization")))
        << tipOf(factors, 1, S::Covariate).toStdString();
    EXPECT_FALSE(isRed(factors, 1, S::CutPoints));
    EXPECT_TRUE(strat->errorText().contains(QStringLiteral("stratification[1].covariate")))
        << strat->errorText().toStdString();
    // Shown on this page only, not on the covariates or schedule pages.
    auto* covariates = wizard.editorOf<CovariatesEditor>(NewTrialWizard::Covariates);
    EXPECT_FALSE(covariates->errorText().contains(QStringLiteral("stratification")))
        << covariates->errorText().toStdString();
    EXPECT_FALSE(covariates->hasProblems());
    EXPECT_FALSE(wizard.editorOf<ScheduleEditor>(NewTrialWizard::Schedule)->hasProblems());

    // Ticking "Required" on the covariates page clears it.
    covariates->covariates()
        ->table()
        ->item(0, CovariatesEditor::Required)
        ->setCheckState(Qt::Checked);
    EXPECT_TRUE(nextEnabled(wizard)) << strat->errorText().toStdString();
    EXPECT_FALSE(isRed(factors, 1, S::Covariate));
    EXPECT_TRUE(strat->errorText().isEmpty());

    // Cut points that do not ascend: marked at the cut points.
    typeIn(factors, 1, S::CutPoints, QStringLiteral("40, 30"));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(isRed(factors, 1, S::CutPoints));
    EXPECT_TRUE(tipOf(factors, 1, S::CutPoints).contains(QStringLiteral("ascend")))
        << tipOf(factors, 1, S::CutPoints).toStdString();
    EXPECT_TRUE(strat->errorText().contains(QStringLiteral("stratification[1].cut_points[1]")))
        << strat->errorText().toStdString();

    // Text that is not a number is refused here, before the rules see it.
    typeIn(factors, 1, S::CutPoints, QStringLiteral("30, forty"));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_EQ(factors->text(1, S::CutPoints), QStringLiteral("30, forty")); // kept as typed
    EXPECT_TRUE(
        tipOf(factors, 1, S::CutPoints).contains(QStringLiteral("\"forty\" is not a number")))
        << tipOf(factors, 1, S::CutPoints).toStdString();
    typeIn(factors, 1, S::CutPoints, QStringLiteral("30,40"));
    EXPECT_TRUE(nextEnabled(wizard)) << strat->errorText().toStdString();
    EXPECT_EQ(factors->text(1, S::CutPoints), QStringLiteral("30, 40"));
    EXPECT_EQ(wizard.draft().protocol().factors[1].cutPoints, (QList<double>{30, 40}));

    // A choice covariate takes no cut points: they are dropped and the cell greyed out.
    pickIn(factors, 1, S::Covariate, QStringLiteral("sex"));
    EXPECT_TRUE(wizard.draft().protocol().factors[1].cutPoints.isEmpty());
    EXPECT_FALSE(factors->isCellEnabled(1, S::CutPoints));
    EXPECT_EQ(factors->text(1, S::Code), QStringLiteral("sex"));
    EXPECT_FALSE(nextEnabled(wizard)); // sex is not required either
    EXPECT_TRUE(isRed(factors, 1, S::Covariate));

    // A severity factor: the instrument and visit before randomization are offered.
    pickIn(factors, 1, S::Source, QStringLiteral("severity"));
    const StratFactor& f = wizard.draft().protocol().factors[1];
    EXPECT_EQ(f.code, QStringLiteral("severity"));
    EXPECT_EQ(f.timePoint, QStringLiteral("baseline"));
    EXPECT_FALSE(f.variable.isEmpty());
    EXPECT_TRUE(factors->isCellEnabled(1, S::Instrument));
    EXPECT_FALSE(factors->isCellEnabled(1, S::Covariate));
    EXPECT_TRUE(isRed(factors, 1, S::CutPoints)); // a severity factor needs a cut point
    typeIn(factors, 1, S::CutPoints, QStringLiteral("24"));
    EXPECT_TRUE(nextEnabled(wizard)) << strat->errorText().toStdString();
    // An instrument not given at the baseline is refused at the instrument.
    pickIn(factors, 1, S::Instrument, QStringLiteral("phq9"));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(isRed(factors, 1, S::Instrument));
    EXPECT_TRUE(strat->errorText().contains(QStringLiteral("stratification[1].instrument")));

    // Two factors with one code: marked at the second code.
    pickIn(factors, 1, S::Instrument, QStringLiteral("hrsd17"));
    typeIn(factors, 1, S::Code, QStringLiteral("site"));
    EXPECT_FALSE(nextEnabled(wizard));
    EXPECT_TRUE(isRed(factors, 1, S::Code));
}

TEST_F(StratificationEditorTest, RowsAreAddedRemovedAndMovedByKeyboard)
{
    NewTrialWizard wizard;
    StratificationEditor* strat = open(wizard, StartPage::Start::Mop);
    ASSERT_NE(strat, nullptr);
    EditTable* factors = strat->factors();
    QApplication::setActiveWindow(&wizard);
    factors->table()->setFocus();
    factors->setCurrentRow(0);
    QTest::keyClick(factors->table(), Qt::Key_Insert);
    ASSERT_EQ(factors->rowCount(), 3);
    EXPECT_EQ(factors->currentRow(), 2);
    EXPECT_EQ(wizard.draft().protocol().factors.size(), 3u);
    QTest::keyClick(factors->table(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(factors->currentRow(), 1);
    ASSERT_EQ(wizard.draft().protocol().factors.size(), 3u);
    EXPECT_EQ(wizard.draft().protocol().factors[2].code, QStringLiteral("severity"));
    QTest::keyClick(factors->table(), Qt::Key_Delete, Qt::ControlModifier);
    ASSERT_EQ(factors->rowCount(), 2);
    EXPECT_EQ(wizard.draft().protocol().factors[1].code, QStringLiteral("severity"));
    EXPECT_EQ(factors->text(1, StratificationEditor::CutPoints), QStringLiteral("24"));
    // Removing every factor leaves one stratum.
    factors->setCurrentRow(0);
    QTest::keyClick(factors->table(), Qt::Key_Delete, Qt::ControlModifier);
    QTest::keyClick(factors->table(), Qt::Key_Delete, Qt::ControlModifier);
    EXPECT_EQ(factors->rowCount(), 0);
    EXPECT_TRUE(wizard.draft().protocol().factors.empty());
    EXPECT_EQ(strat->strataText(),
              QStringLiteral("No stratification factors: every participant is in one stratum."));
    EXPECT_TRUE(nextEnabled(wizard));
}

TEST_F(StratificationEditorTest, ABlankStartHasNoFactors)
{
    NewTrialWizard wizard;
    wizard.show();
    wizard.startPage()->choose(StartPage::Start::Blank);
    auto* strat = wizard.editorOf<StratificationEditor>(NewTrialWizard::Stratification);
    ASSERT_NE(strat, nullptr);
    EXPECT_EQ(strat->factors()->rowCount(), 0);
    EXPECT_FALSE(strat->hasProblems());
    EXPECT_TRUE(strat->strataText().contains(QStringLiteral("one stratum")));
}

} // namespace
