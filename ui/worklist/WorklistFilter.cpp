#include "worklist/WorklistFilter.h"

#include "worklist/WorklistModel.h"

namespace td {

WorklistFilter::WorklistFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WorklistModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void WorklistFilter::setText(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void WorklistFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

bool WorklistFilter::accepts(Show show, int kind, bool overdue)
{
    switch (show) {
    case Show::All:
        return true;
    case Show::Eligibility:
        return kind == static_cast<int>(TaskKind::DecideEligibility);
    case Show::Consent:
        return kind == static_cast<int>(TaskKind::RecordConsent);
    case Show::Randomize:
        return kind == static_cast<int>(TaskKind::Randomize);
    case Show::VisitsDue:
        // Visits still within their window; the late ones are under Overdue.
        return kind == static_cast<int>(TaskKind::VisitDue);
    case Show::Overdue:
        return overdue;
    case Show::Alerts:
        return kind == static_cast<int>(TaskKind::ReviewAlert);
    }
    return true;
}

bool WorklistFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!accepts(m_show, index.data(WorklistModel::KindRole).toInt(),
                 index.data(WorklistModel::OverdueRole).toBool()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(WorklistModel::SearchRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool WorklistFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftEmpty = !left.data(sortRole()).isValid();
    const bool rightEmpty = !right.data(sortRole()).isValid();
    if (leftEmpty || rightEmpty) {
        if (leftEmpty == rightEmpty)
            return false;
        // Descending order asks lessThan(right, left): the empty one must then be "less".
        return sortOrder() == Qt::AscendingOrder ? rightEmpty : leftEmpty;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace td
