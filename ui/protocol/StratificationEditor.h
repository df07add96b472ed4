#pragma once

#include "protocol/ProtocolEditor.h"

#include <optional>

class QLabel;

namespace td {

// The stratification factors randomization balances within, as a table: code, source (the
// site, a covariate cut into levels, or the severity at the visit before randomization cut at
// a score), the covariate, the instrument and visit of a severity factor, and the cut points
// (numbers in the current locale). Cells that do not apply to a factor's source are greyed
// out. Under the table: the levels of each factor and the number of strata.
class StratificationEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    enum Column { Code, Source, Covariate, Instrument, TimePoint, CutPoints };

    explicit StratificationEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;
    QString tabTitle() const override { return tr("Stratification"); }
    EditTable* factors() const { return m_factors; }
    QString strataText() const;

    // Cut points as written in the current locale ("20, 40"; with a decimal comma "20; 40,5"),
    // and read back: nullopt when a part is not a number (`bad` is then that part).
    static QString cutPointsText(const QList<double>& cuts);
    static std::optional<QList<double>> parseCutPoints(const QString& text, QString* bad = nullptr);
    // The text of a cell that does not apply to its factor's source.
    static QString notApplicable();

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;
    ProtocolProblems localProblems() const override { return m_unreadable; }

private:
    void loadChoices();
    // Shows a factor's choices and which cells apply; with `texts` also its code and cut points.
    void showRow(int row, bool texts);
    void showStrata();
    void storeFactor(int row, int column);
    void setSource(StratFactor& factor, StratSource source) const;
    void refresh(int row);

    QLabel* m_intro;
    EditTable* m_factors;
    QLabel* m_strata;
    ProtocolProblems m_unreadable; // cut points that are not numbers
};

} // namespace td
