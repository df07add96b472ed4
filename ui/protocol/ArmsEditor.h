#pragma once

#include "protocol/ProtocolEditor.h"

class QLabel;

namespace td {

// The arms (code, names, allocation ratio, colour, treatment weeks) and, for the arm chosen in
// the table, its session plan: runs of regular or booster sessions, each with a count and the
// weeks between sessions.
class ArmsEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    enum Column { Code, NameEn, NameNb, Ratio, Colour, Weeks, Sessions };
    enum PlanColumn { Kind, Count, Interval };

    explicit ArmsEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;
    QString tabTitle() const override { return tr("Arms"); }
    EditTable* arms() const { return m_arms; }
    // The session plan of the arm chosen in arms().
    EditTable* plan() const { return m_plan; }

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;

private:
    void loadPlan();
    void storeArm(int row, int column);
    void storePhase(int row, int column);
    Arm* currentArm();
    void showRow(int row);

    QLabel* m_intro;
    EditTable* m_arms;
    QLabel* m_planLabel;
    EditTable* m_plan;
};

} // namespace td
