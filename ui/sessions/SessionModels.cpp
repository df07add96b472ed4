#include "sessions/SessionModels.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace td {

void PatientDoseModel::setRows(std::vector<PatientDose> rows, const Protocol& protocol)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_protocol = protocol;
    endResetModel();
}

const PatientDose* PatientDoseModel::rowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int PatientDoseModel::rowOf(qint64 participantId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (m_rows[static_cast<std::size_t>(r)].participant.id == participantId)
            return r;
    }
    return -1;
}

void PatientDoseModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PatientDoseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PatientDoseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientDoseModel::data(const QModelIndex& index, int role) const
{
    const PatientDose* row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Attended && index.column() <= Share)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (static_cast<Column>(index.column())) {
    case StudyId:
        return row->participant.studyId;
    case Arm: {
        const td::Arm* arm =
            row->participant.armId ? m_protocol.arm(*row->participant.armId) : nullptr;
        return arm ? arm->code : QString();
    }
    case Attended:
        return locale.toString(row->dose.attended);
    case Planned:
        return locale.toString(row->dose.planned);
    case Share:
        return locale.toString(100.0 * row->dose.proportion(), 'f', 0) + locale.percent();
    case LastSession:
        return row->lastSession.isValid() ? locale.toString(row->lastSession, QLocale::ShortFormat)
                                          : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PatientDoseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case StudyId:
        return tr("Study ID");
    case Arm:
        return tr("Arm");
    case Attended:
        return tr("Attended");
    case Planned:
        return tr("Planned");
    case Share:
        return tr("Of dose");
    case LastSession:
        return tr("Last session");
    case ColumnCount:
        break;
    }
    return {};
}

void SessionListModel::setSessions(std::vector<TherapySession> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    // Newest first; a voided session after the one that took its number.
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const TherapySession& a, const TherapySession& b) {
                  if (a.number != b.number)
                      return a.number > b.number;
                  if (a.removed != b.removed)
                      return !a.removed;
                  return a.id > b.id;
              });
    endResetModel();
}

void SessionListModel::setUserNames(std::map<qint64, QString> names)
{
    m_names = std::move(names);
    if (rowCount() > 0)
        emit dataChanged(index(0, Therapist), index(rowCount() - 1, RecordedBy));
}

const TherapySession* SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_sessions[static_cast<std::size_t>(row)] : nullptr;
}

int SessionListModel::rowOf(qint64 sessionId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (m_sessions[static_cast<std::size_t>(r)].id == sessionId)
            return r;
    return -1;
}

void SessionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::userName(qint64 userId) const
{
    if (userId == 0)
        return {};
    const auto it = m_names.find(userId);
    // A name not in the list (an account the caller may not list): the number at least.
    return it != m_names.end() ? it->second : tr("User %1").arg(userId);
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (index.parent().isValid() || index.row() < 0 || index.row() >= rowCount() ||
        index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const TherapySession& s = m_sessions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case VoidedRole:
        return s.removed;
    case Qt::ToolTipRole:
        return s.removed ? tr("Voided: %1").arg(s.removedReason) : QVariant();
    case Qt::FontRole:
        if (s.removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return s.removed ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Number || index.column() == Duration
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (static_cast<Column>(index.column())) {
    case Number:
        return locale.toString(s.number);
    case Date:
        return locale.toString(s.date, QLocale::ShortFormat);
    case Kind:
        return sessionKindDisplayName(s.kind);
    case Attendance:
        return attendanceDisplayName(s.attendance);
    case Duration:
        return s.durationMinutes ? tr("%Ln min", nullptr, *s.durationMinutes) : QString();
    case Therapist:
        return userName(s.therapistId);
    case RecordedBy:
        return userName(s.recorderId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case Kind:
        return tr("Type");
    case Attendance:
        return tr("Attendance");
    case Duration:
        return tr("Duration");
    case Therapist:
        return tr("Therapist");
    case RecordedBy:
        return tr("Recorded by");
    case ColumnCount:
        break;
    }
    return {};
}

void PatientDoseFilter::setSearch(const QString& text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    invalidateFilter();
}

bool PatientDoseFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    for (int column :
         {PatientDoseModel::StudyId, PatientDoseModel::Arm, PatientDoseModel::LastSession}) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void VoidedSessionFilter::setShowVoided(bool show)
{
    if (show == m_showVoided)
        return;
    m_showVoided = show;
    invalidateFilter();
}

bool VoidedSessionFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_showVoided)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !index.data(SessionListModel::VoidedRole).toBool();
}

} // namespace td
