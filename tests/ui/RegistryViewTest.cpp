#include "registry/RegistryView.h"

#include "DemoDatabase.h"
#include "participants/ParticipantTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

using namespace td;

using RegistryViewTest = DemoDatabase;

TEST_F(RegistryViewTest, ModelPassesTheItemModelTester)
{
    ParticipantTableModel model(*m_db, actor("coordinator", Role::Coordinator));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Qt 6.4's tester fetches more inside its own reset check (see RegistryModelTest).
    tester.setUseFetchMore(false);
    auto rows = model.reload();
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, 40);
    EXPECT_EQ(model.rowCount(), 40);
}

TEST_F(RegistryViewTest, BlindedAssessorHasNoArmAndNoTherapistColumn)
{
    ParticipantTableModel model(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.columnOf(ParticipantTableModel::Arm), -1);
    EXPECT_EQ(model.columnOf(ParticipantTableModel::Therapist), -1);
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        EXPECT_NE(header, QStringLiteral("Arm"));
        EXPECT_NE(header, QStringLiteral("Therapist"));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString text = model.index(r, c).data().toString();
            EXPECT_NE(text, QStringLiteral("CBT"));
            EXPECT_NE(text, QStringLiteral("PDT"));
        }
    }
    RegistryView view(*m_db, actor("assessor", Role::BlindedAssessor));
    ASSERT_TRUE(view.reload().isEmpty());
    for (const QComboBox* box : view.findChildren<QComboBox*>()) {
        for (int i = 0; i < box->count(); ++i)
            EXPECT_FALSE(box->itemText(i).contains(QStringLiteral("CBT")))
                << box->itemText(i).toStdString();
    }
}

TEST_F(RegistryViewTest, CoordinatorSeesArmCodes)
{
    ParticipantTableModel model(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_TRUE(model.reload().ok());
    const int column = model.columnOf(ParticipantTableModel::Arm);
    ASSERT_GE(column, 0);
    int withArm = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString arm = model.index(r, column).data().toString();
        withArm += arm == QStringLiteral("CBT") || arm == QStringLiteral("PDT");
    }
    EXPECT_GT(withArm, 0);
}

TEST_F(RegistryViewTest, SearchAndFiltersNarrowTheRows)
{
    RegistryView view(*m_db, actor("coordinator", Role::Coordinator));
    ASSERT_TRUE(view.reload().isEmpty());
    EXPECT_EQ(view.visibleRows(), 40);
    view.searchBox()->setText(QStringLiteral("OSL-001"));
    EXPECT_EQ(view.visibleRows(), 1);
    view.searchBox()->setText(QStringLiteral("no such participant"));
    EXPECT_EQ(view.visibleRows(), 0);
    view.searchBox()->clear();

    // Each filter box: choosing its second entry gives exactly the matching participants.
    const auto count = [this](const char* sql) {
        auto n = m_db->scalar(QString::fromLatin1(sql));
        return n.ok() ? n->toInt() : -1;
    };
    auto boxes = view.findChildren<QComboBox*>();
    ASSERT_EQ(boxes.size(), 4); // site, status, therapist, arm
    boxes[0]->setCurrentIndex(1);
    EXPECT_EQ(view.visibleRows(), count("SELECT COUNT(*) FROM participant WHERE site_id = "
                                        "(SELECT MIN(id) FROM site)"));
    boxes[0]->setCurrentIndex(0);
    boxes[3]->setCurrentIndex(1);
    EXPECT_EQ(view.visibleRows(), count("SELECT COUNT(*) FROM participant WHERE arm_id = "
                                        "(SELECT MIN(id) FROM arm)"));
    boxes[3]->setCurrentIndex(0);
    EXPECT_EQ(view.visibleRows(), 40);
}

TEST_F(RegistryViewTest, TherapistSeesOnlyOwnParticipants)
{
    ParticipantTableModel all(*m_db, actor("coordinator", Role::Coordinator));
    ParticipantTableModel own(*m_db, actor("therapist1", Role::Therapist));
    ASSERT_TRUE(all.reload().ok());
    ASSERT_TRUE(own.reload().ok());
    EXPECT_GT(own.rowCount(), 0);
    EXPECT_LT(own.rowCount(), all.rowCount());
    const int column = own.columnOf(ParticipantTableModel::Therapist);
    for (int r = 0; r < own.rowCount(); ++r)
        EXPECT_EQ(own.index(r, column).data().toString(), QStringLiteral("Ola Haugen"));
}
