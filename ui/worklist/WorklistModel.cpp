#include "worklist/WorklistModel.h"

#include "outcomes/AlertText.h"
#include "participant/ParticipantFormat.h"
#include "trial/Protocol.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace td {

namespace {
// A date's sort key; none for no date (WorklistFilter puts those last either way).
QVariant dayKey(const QDate& date)
{
    return date.isValid() ? QVariant(date.toJulianDay()) : QVariant();
}

QString instrumentLanguage()
{
    return showingNorwegian() ? QStringLiteral("nb") : QStringLiteral("en");
}

bool isVisit(const WorkItem& w)
{
    return w.kind == TaskKind::VisitDue || w.kind == TaskKind::VisitOverdue;
}

bool isDoubleEntry(const WorkItem& w)
{
    return w.kind == TaskKind::KeySecondEntry || w.kind == TaskKind::AdjudicateEntries;
}
} // namespace

void WorklistModel::setNames(const Protocol& protocol, InstrumentCatalog catalog)
{
    m_visits.clear();
    for (const TimePoint& tp : protocol.schedule)
        m_visits.insert(tp.id, {tp.code, tp.label, tp.weekOffset});
    m_catalog = std::move(catalog);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WorklistModel::setItems(std::vector<WorkItem> items, const QDate& today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

const WorkItem* WorklistModel::itemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_items[static_cast<std::size_t>(row)] : nullptr;
}

WorklistModel::Counts WorklistModel::counts() const
{
    Counts c;
    for (const WorkItem& w : m_items)
        ++(w.isOverdue(m_today) ? c.overdue : c.thisWeek);
    return c;
}

void WorklistModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString WorklistModel::dueText(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return {};
    const QString date = QLocale().toString(due, QLocale::ShortFormat);
    const auto days = static_cast<int>(today.daysTo(due));
    if (days == 0)
        //: Due by: the last day of a visit window is today.
        return tr("%1 (today)").arg(date);
    if (days > 0)
        //: Due by: a date and how many days from today.
        return tr("%1 (in %Ln day(s))", nullptr, days).arg(date);
    //: Due by: a date that has passed, and how long ago.
    return tr("%1 (%Ln day(s) ago)", nullptr, -days).arg(date);
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorklistModel::visitCode(const WorkItem& w) const
{
    if (!isVisit(w) && !isDoubleEntry(w) && w.queryId == 0)
        return {};
    const auto it = m_visits.constFind(w.timePointId);
    return it != m_visits.cend() ? it->code : w.detail;
}

QString WorklistModel::instrumentNames(const WorkItem& w) const
{
    QStringList names;
    for (const QString& id : w.instruments) {
        const InstrumentDefinition* d = m_catalog.find(id);
        names << (d && !d->shortName.isEmpty() ? d->shortName : id);
    }
    return names.join(QStringLiteral(", "));
}

QString WorklistModel::search(const WorkItem& w) const
{
    QStringList texts{w.studyId, visitCode(w), w.detail};
    if (const auto it = m_visits.constFind(w.timePointId); isVisit(w) && it != m_visits.cend())
        texts << it->label.en << it->label.nb;
    for (const QString& id : w.instruments) {
        texts << id;
        if (const InstrumentDefinition* d = m_catalog.find(id))
            texts << d->shortName << d->name.en << d->name.nb;
    }
    return texts.join(QLatin1Char('\n'));
}

QVariant WorklistModel::display(const WorkItem& w, int column) const
{
    switch (static_cast<Column>(column)) {
    case Task:
        return Worklist::describe(w.kind);
    case Participant:
        return w.studyId;
    case Visit:
        return visitCode(w);
    case Instruments:
        return instrumentNames(w);
    case Since:
        return ParticipantFormat::date(w.since);
    case Due:
        return dueText(w.due, m_today);
    case Detail:
        if (isVisit(w)) {
            // The visit's name, when it says more than its code.
            const auto it = m_visits.constFind(w.timePointId);
            const QString label = it != m_visits.cend() ? it->label.text() : QString();
            return label != visitCode(w) ? label : QString();
        }
        if (w.kind == TaskKind::ReviewUnblinding)
            return tr("Unblinded by %1").arg(w.detail);
        if (w.kind == TaskKind::ReviewAlert)
            return AlertText::describe(w.alertKind, w.detail, m_catalog);
        if (w.kind == TaskKind::ExtendStratum)
            return Worklist::extendDetail(w);
        if (w.kind == TaskKind::KeySecondEntry)
            //: Worklist detail of a form to key a second time from its paper original.
            return tr("Keyed once; key it again from the paper form");
        if (w.kind == TaskKind::AdjudicateEntries) {
            QStringList items;
            for (int item : w.items)
                items << QLocale().toString(item);
            //: Worklist detail: the items on which a form's two entries differ.
            return tr("The two entries differ on item(s) %1", nullptr,
                      static_cast<int>(w.items.size()))
                .arg(items.join(QStringLiteral(", ")));
        }
        if (w.queryId != 0)
            return tr("Query %1: %2")
                .arg(QLocale().toString(w.queryId),
                     w.detail.isEmpty() ? DataQueries::originName(w.queryOrigin) : w.detail);
        return w.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorklistModel::sortKey(const WorkItem& w, int column) const
{
    switch (static_cast<Column>(column)) {
    case Since:
        return dayKey(w.since);
    case Due:
        return dayKey(w.due);
    case Visit: {
        // By week (baseline before week 4 before week 12), not by the code's text.
        const auto it = m_visits.constFind(w.timePointId);
        return isVisit(w) && it != m_visits.cend() ? QVariant(it->weekOffset) : QVariant();
    }
    default: {
        const QString text = display(w, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QString WorklistModel::toolTip(const WorkItem& w, int column) const
{
    const bool overdue = w.isOverdue(m_today);
    switch (static_cast<Column>(column)) {
    case Task:
        if (w.kind == TaskKind::VisitOverdue)
            return tr("Overdue: the visit window closed on %1.")
                .arg(QLocale().toString(w.due, QLocale::LongFormat));
        if (overdue)
            return tr("Overdue: waiting since before this week.");
        return {};
    case Instruments: {
        QStringList names;
        for (const QString& id : w.instruments) {
            const InstrumentDefinition* d = m_catalog.find(id);
            const QString name = d ? d->name.in(instrumentLanguage()) : QString();
            if (!d)
                names << id;
            else if (name.isEmpty() || name.contains(d->shortName))
                names << (name.isEmpty() ? d->shortName : name);
            else
                names << tr("%1 – %2").arg(d->shortName, name);
        }
        return names.join(QLatin1Char('\n'));
    }
    case Since:
    case Due: {
        const QDate date = column == Since ? w.since : w.due;
        return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
    }
    case Detail:
    case Visit:
        return display(w, column).toString();
    default:
        return {};
    }
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkItem& w = m_items[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const bool overdue = w.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(w, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(w, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (column != Task)
            return {};
        if (w.kind == TaskKind::ReviewAlert || w.kind == TaskKind::ReviewUnblinding)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (overdue)
            return ParticipantFormat::stateIcon(VisitState::Overdue);
        if (w.kind == TaskKind::VisitDue)
            return ParticipantFormat::stateIcon(VisitState::Due);
        return {};
    case Qt::ForegroundRole:
        // The visit states' red, as on the participant's timeline.
        // Late: the task and its date (the due date, or the day a step has waited since).
        if ((overdue && (column == Task || (column == Due && w.due.isValid()) ||
                         (column == Since && !w.due.isValid()))) ||
            ((w.kind == TaskKind::ReviewAlert || w.kind == TaskKind::ReviewUnblinding) &&
             column == Task))
            return QBrush(ParticipantFormat::stateColour(VisitState::Overdue));
        return {};
    case Qt::FontRole:
        if (overdue && column == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        return sortKey(w, column);
    case KindRole:
        return static_cast<int>(w.kind);
    case OverdueRole:
        return overdue;
    case SearchRole:
        return search(w);
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Task:
        return tr("Task");
    case Participant:
        return tr("Participant");
    case Visit:
        return tr("Visit");
    case Instruments:
        return tr("Instruments");
    case Since:
        return tr("Since");
    case Due:
        return tr("Due by");
    case Detail:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace td
