#include "registry/RegistryView.h"

#include "DemoDatabase.h"
#include "participants/ParticipantTableModel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>

using namespace td;

using RegistryViewTest = DemoDatabase;

TEST_F(RegistryViewTest, ModelPassesTheItemModelTester)
{
    ParticipantTableModel model(*m_db, actor("coordinator", Role::Coordinator));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto rows = model.reload();
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, 40);
    EXPECT_EQ(model.rowCount(), 40);
}

TEST_F(RegistryViewTest, BlindedAssessorSeesNoArmAndNoTherapist)
{
    ParticipantTableModel model(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_TRUE(model.reload().ok());
    int blinded = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString arm = model.index(r, ParticipantTableModel::Arm).data().toString();
        EXPECT_TRUE(arm.isEmpty() || arm == QStringLiteral("Blinded")) << arm.toStdString();
        EXPECT_NE(arm, QStringLiteral("CBT"));
        EXPECT_NE(arm, QStringLiteral("PDT"));
        const QString therapist =
            model.index(r, ParticipantTableModel::Therapist).data().toString();
        EXPECT_TRUE(therapist.isEmpty() || therapist == QStringLiteral("Blinded"));
        blinded += arm == QStringLiteral("Blinded");
    }
    EXPECT_GT(blinded, 0);
}

TEST_F(RegistryViewTest, CoordinatorSeesArmCodes)
{
    ParticipantTableModel model(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_TRUE(model.reload().ok());
    int withArm = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString arm = model.index(r, ParticipantTableModel::Arm).data().toString();
        withArm += arm == QStringLiteral("CBT") || arm == QStringLiteral("PDT");
    }
    EXPECT_GT(withArm, 0);
}

TEST_F(RegistryViewTest, FilterNarrowsTheRows)
{
    RegistryView view(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_TRUE(view.reload().isEmpty());
    EXPECT_EQ(view.visibleRows(), 40);
    auto* filter = view.findChild<QLineEdit*>();
    ASSERT_NE(filter, nullptr);
    filter->setText(QStringLiteral("OSL-001"));
    EXPECT_EQ(view.visibleRows(), 1);
    filter->setText(QStringLiteral("no such participant"));
    EXPECT_EQ(view.visibleRows(), 0);
}

TEST_F(RegistryViewTest, TherapistSeesOnlyOwnParticipants)
{
    ParticipantTableModel all(*m_db, actor("coordinator", Role::Coordinator));
    ParticipantTableModel own(*m_db, actor("therapist1", Role::Therapist));
    ASSERT_TRUE(all.reload().ok());
    ASSERT_TRUE(own.reload().ok());
    EXPECT_GT(own.rowCount(), 0);
    EXPECT_LT(own.rowCount(), all.rowCount());
    for (int r = 0; r < own.rowCount(); ++r)
        EXPECT_EQ(own.index(r, ParticipantTableModel::Therapist).data().toString(),
                  QStringLiteral("Ola Haugen"));
}
