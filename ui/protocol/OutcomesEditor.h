#pragma once

#include "protocol/ProtocolEditor.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

namespace td {

class ArmChecks;

// Session measures (an instrument given at therapy sessions, for some arms), the primary
// outcome (an instrument at a visit) and who may see outcomes compared between arms before
// the database is locked.
class OutcomesEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    enum Column { Instrument, Arms };

    explicit OutcomesEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;
    QString tabTitle() const override { return tr("Outcomes"); }
    EditTable* measures() const { return m_measures; }
    ArmChecks* measureArms() const { return m_measureArms; }
    QComboBox* primaryInstrument() const { return m_primaryInstrument; }
    QComboBox* primaryTimePoint() const { return m_primaryTimePoint; }
    QCheckBox* visibleTo(const QString& role) const;

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;

private:
    void loadMeasure();
    void loadChoices();
    void storeMeasure(int row);
    void storePrimary();
    void storeVisibility();
    void refresh(int row);

    QLabel* m_measuresLabel;
    EditTable* m_measures;
    ArmChecks* m_measureArms;
    QGroupBox* m_primaryBox;
    QLabel* m_instrumentLabel;
    QComboBox* m_primaryInstrument;
    QLabel* m_timePointLabel;
    QComboBox* m_primaryTimePoint;
    QGroupBox* m_visibleBox;
    QLabel* m_visibleIntro;
    QList<QCheckBox*> m_visible; // in ProtocolRules::comparativeRoles() order
};

} // namespace td
