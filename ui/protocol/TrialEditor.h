#pragma once

#include "protocol/ProtocolEditor.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td {

// The trial itself: its title in both languages, acronym, target sample size and recruitment
// period.
class TrialEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    explicit TrialEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;

    QLineEdit* titleEnEdit() const { return m_titleEn; }
    QLineEdit* titleNbEdit() const { return m_titleNb; }
    QLineEdit* acronymEdit() const { return m_acronym; }
    QSpinBox* targetEdit() const { return m_target; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;

private:
    void store();

    QLabel* m_titleEnLabel;
    QLabel* m_titleNbLabel;
    QLabel* m_acronymLabel;
    QLabel* m_targetLabel;
    QLabel* m_startLabel;
    QLabel* m_endLabel;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleNb;
    QLineEdit* m_acronym;
    QSpinBox* m_target;
    QDateEdit* m_start;
    QDateEdit* m_end;
};

} // namespace td
