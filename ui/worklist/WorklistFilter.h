#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace td {

// The worklist's search and task-kind filter, and its sorting: dates sort as dates and visits
// by week (WorklistModel::SortRole); ties keep the core's most-urgent-first order (Qt sorts
// stably).
class WorklistFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The kinds of task to show, in the order the picker lists them.
    enum class Show { All, Eligibility, Consent, Randomize, VisitsDue, Overdue, Alerts };

    explicit WorklistFilter(QObject* parent = nullptr);
    // Words that must each appear in the study ID, the visit or an instrument (any case).
    void setText(const QString& text);
    void setShow(Show show);
    Show show() const { return m_show; }
    // Whether a row of the given kind (TaskKind) and lateness belongs under `show`.
    static bool accepts(Show show, int kind, bool overdue);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Rows with nothing to sort by (no due date, no visit) go last in either direction.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    Show m_show = Show::All;
};

} // namespace td
