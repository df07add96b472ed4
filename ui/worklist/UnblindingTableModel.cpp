#include "worklist/UnblindingTableModel.h"

#include "participant/ParticipantFormat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace td {

void UnblindingTableModel::setRecords(std::vector<UnblindingRecord> records,
                                      QHash<qint64, QString> names)
{
    beginResetModel();
    m_records = std::move(records);
    m_names = std::move(names);
    endResetModel();
}

const UnblindingRecord* UnblindingTableModel::recordAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_records[static_cast<std::size_t>(row)] : nullptr;
}

int UnblindingTableModel::rowOf(qint64 recordId) const
{
    for (std::size_t i = 0; i < m_records.size(); ++i)
        if (m_records[i].id == recordId)
            return static_cast<int>(i);
    return -1;
}

int UnblindingTableModel::unreviewedCount() const
{
    int n = 0;
    for (const UnblindingRecord& r : m_records)
        n += !r.reviewedAt.isValid();
    return n;
}

void UnblindingTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UnblindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int UnblindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnblindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Participant:
        return tr("Participant");
    case UnblindedBy:
        return tr("Unblinded by");
    case When:
        return tr("When");
    case Reason:
        return tr("Reason");
    case Review:
        return tr("Review");
    }
    return {};
}

QString UnblindingTableModel::who(const UnblindingRecord& r) const
{
    const QString name = m_names.value(r.userId);
    return name.isEmpty() || name == r.username ? r.username : tr("%1 (%2)").arg(name, r.username);
}

QString UnblindingTableModel::review(const UnblindingRecord& r) const
{
    if (!r.reviewedAt.isValid())
        return tr("To review");
    const QString on = ParticipantFormat::date(r.reviewedAt.toLocalTime().date());
    const QString by = m_names.value(r.reviewedBy);
    const QString reviewed =
        by.isEmpty() ? tr("Reviewed on %1").arg(on) : tr("Reviewed by %1 on %2").arg(by, on);
    return r.signature ? reviewed + QLatin1Char('\n') + ElectronicSignatures::describe(*r.signature)
                       : reviewed;
}

QVariant UnblindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnblindingRecord& r = m_records[static_cast<std::size_t>(index.row())];
    const bool open = !r.reviewedAt.isValid();
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return r.reason; // long reasons are cut in the table
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Participant:
            return r.studyId;
        case UnblindedBy:
            return who(r);
        case When:
            return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Reason:
            return r.reason;
        case Review:
            return review(r);
        }
        return {};
    }
    if (role == Qt::ForegroundRole && open && index.column() == Review)
        return QBrush(ParticipantFormat::stateColour(VisitState::Overdue));
    if (role == Qt::FontRole && open) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::UserRole)
        return r.id;
    return {};
}

} // namespace td
