#pragma once

#include "protocol/ProtocolEditor.h"

class QLabel;

namespace td {

class ArmChecks;

// The visit schedule as a table (code, names, week, window, before randomization, and a
// summary of instruments and arms); for the visit chosen in the table, which instruments are
// given by which rater, and which arms the visit is for (none ticked: every arm).
class ScheduleEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    enum Column { Code, NameEn, NameNb, Week, Window, Before, Instruments, Arms };
    enum InstrumentColumn { Instrument, Rater };

    explicit ScheduleEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;
    EditTable* visits() const { return m_visits; }
    // The instruments of the visit chosen in visits().
    EditTable* instruments() const { return m_instruments; }
    ArmChecks* arms() const { return m_arms; }

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;

private:
    void loadVisit();
    void storeVisit(int row, int column);
    void storeInstrument(int row);
    void storeArms();
    void showSummary(int row);
    TimePoint* currentVisit();
    void refresh(int visitRow, int instrumentRow = -1);

    QLabel* m_intro;
    EditTable* m_visits;
    QLabel* m_instrumentsLabel;
    EditTable* m_instruments;
    ArmChecks* m_arms;
};

} // namespace td
