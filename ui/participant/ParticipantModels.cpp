#include "participant/ParticipantModels.h"

#include "outcomes/AlertText.h"
#include "participant/ParticipantFormat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace td {

// ---- SectionModel ----

int SectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant SectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < columns())
        return header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void SectionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (rows() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

// ---- VisitTableModel ----

void VisitTableModel::setVisits(std::vector<Visit> visits, QHash<QString, QString> shortNames)
{
    beginResetModel();
    m_visits = std::move(visits);
    m_shortNames = std::move(shortNames);
    endResetModel();
}

QString VisitTableModel::header(int column) const
{
    switch (column) {
    case VisitName:
        return tr("Visit");
    case Target:
        return tr("Target date");
    case Window:
        return tr("Window");
    case State:
        return tr("Status");
    case Performed:
        return tr("Done on");
    case Instruments:
        return tr("Instruments");
    }
    return {};
}

QVariant VisitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit& v = m_visits[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case VisitName:
            return v.label;
        case Target:
            return v.target.isValid() ? ParticipantFormat::date(v.target)
                                      : ParticipantFormat::dash();
        case Window:
            //: A visit's window, open to close, as full dates (a window may span a new year).
            return v.target.isValid() ? tr("%1–%2").arg(ParticipantFormat::date(v.windowOpen),
                                                        ParticipantFormat::date(v.windowClose))
                                      : ParticipantFormat::dash();
        case State:
            return VisitTimeline::displayName(v.state);
        case Performed: {
            if (!v.performedOn.isValid())
                return QString();
            const auto days = v.daysFromTarget();
            if (!days || *days == 0)
                return ParticipantFormat::date(v.performedOn);
            //: A visit's date and its distance from the target date, e.g. "03.03.2025 (+4 d)".
            return tr("%1 (%2 d)")
                .arg(ParticipantFormat::date(v.performedOn),
                     (*days > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*days));
        }
        case Instruments:
            if (v.scheduled.isEmpty())
                return ParticipantFormat::dash();
            return tr("%1 of %2").arg(v.completed.size()).arg(v.scheduled.size());
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Window && v.target.isValid())
            return tr("%1 to %2")
                .arg(ParticipantFormat::date(v.windowOpen), ParticipantFormat::date(v.windowClose));
        if (column == VisitName)
            return tr("Week %1 after randomization, window ± %Ln day(s)", nullptr, v.windowDays)
                .arg(v.weekOffset);
        if (column == State && !v.missingReason.isEmpty())
            return tr("Reason recorded: %1").arg(v.missingReason);
        if (column == State && v.state == VisitState::NotScheduled)
            return tr("Visits count from randomization, which has not happened.");
        if (column == Performed && v.outsideWindow())
            return tr("Done outside its window (%1 to %2).")
                .arg(ParticipantFormat::date(v.windowOpen), ParticipantFormat::date(v.windowClose));
        if (column == Instruments) {
            QStringList missing;
            for (const QString& id : v.scheduled)
                if (!v.completed.contains(id))
                    missing << m_shortNames.value(id, id);
            if (!missing.isEmpty() && v.state != VisitState::Upcoming &&
                v.state != VisitState::NotScheduled)
                return tr("Not complete: %1").arg(missing.join(QStringLiteral(", ")));
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == State)
        return ParticipantFormat::stateIcon(v.state);
    if (role == Qt::BackgroundRole && column == State) {
        const QColor c = ParticipantFormat::stateBackground(v.state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        if (column == Performed && v.outsideWindow())
            return QBrush(ParticipantFormat::stateColour(VisitState::Overdue));
        if (v.state == VisitState::NotScheduled)
            return QBrush(ParticipantFormat::stateColour(VisitState::Missed));
    }
    if (role == Qt::FontRole && column == State &&
        (v.state == VisitState::Overdue || v.state == VisitState::Due)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::UserRole && column == State)
        return VisitTimeline::stateKey(v.state);
    return {};
}

// ---- AssessmentTableModel ----

void AssessmentTableModel::setRows(std::vector<Row> rows, InstrumentCatalog catalog)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_catalog = std::move(catalog);
    endResetModel();
}

QString AssessmentTableModel::header(int column) const
{
    switch (column) {
    case VisitName:
        return tr("Visit");
    case Instrument:
        return tr("Instrument");
    case Date:
        return tr("Date");
    case Total:
        return tr("Total");
    case Band:
        return tr("Severity");
    case Status:
        return tr("Status");
    }
    return {};
}

QVariant AssessmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const Assessment& a = r.assessment;
    const InstrumentDefinition* d = m_catalog.find(a.instrumentId);
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case VisitName:
            if (!r.visit.isEmpty())
                return r.visit;
            if (r.sessionNumber)
                return tr("Session %1").arg(*r.sessionNumber);
            return a.sessionId ? tr("Session") : tr("Unscheduled");
        case Instrument:
            return d ? d->shortName : a.instrumentId;
        case Date:
            return ParticipantFormat::date(a.date);
        case Total:
            return r.total ? ParticipantFormat::number(*r.total) : QString();
        case Band: {
            const BandDefinition* b = d && r.total ? d->band(*r.total) : nullptr;
            return b ? b->label.in(ParticipantFormat::language()) : QString();
        }
        case Status:
            return ParticipantFormat::assessmentStatus(a);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Instrument && d)
        return d->name.in(ParticipantFormat::language());
    if (role == Qt::ToolTipRole && column == Status)
        return ParticipantFormat::assessmentStatus(a);
    if (role == Qt::TextAlignmentRole && column == Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (a.removed || VisitTimeline::hasNoData(a)))
        return QBrush(ParticipantFormat::stateColour(VisitState::Missed));
    if (role == Qt::FontRole && a.removed) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role == Qt::UserRole)
        return a.id;
    return {};
}

// ---- SessionTableModel ----

void SessionTableModel::setSessions(std::vector<TherapySession> sessions, const QDate& randomizedOn)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    m_randomizedOn = randomizedOn;
    endResetModel();
}

QString SessionTableModel::header(int column) const
{
    switch (column) {
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case Week:
        return tr("Week");
    case Kind:
        return tr("Kind");
    case Attendance:
        return tr("Attendance");
    case Duration:
        return tr("Minutes");
    }
    return {};
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TherapySession& s = m_sessions[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Number:
            return s.number;
        case Date:
            return ParticipantFormat::date(s.date);
        case Week:
            return m_randomizedOn.isValid()
                       ? QLocale().toString(m_randomizedOn.daysTo(s.date) / 7.0, 'f', 1)
                       : QString();
        case Kind:
            return ParticipantFormat::sessionKind(s.kind);
        case Attendance:
            return s.removed ? tr("Removed: %1").arg(s.removedReason)
                             : ParticipantFormat::attendance(s.attendance);
        case Duration:
            return s.durationMinutes ? QVariant(*s.durationMinutes) : QVariant(QString());
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == Number || column == Week || column == Duration))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (s.removed || !ParticipantFormat::attended(s.attendance)))
        return QBrush(
            ParticipantFormat::stateColour(s.removed ? VisitState::Missed : VisitState::Partial));
    if (role == Qt::UserRole)
        return s.id;
    return {};
}

// ---- AlertTableModel ----

void AlertTableModel::setAlerts(std::vector<Alert> alerts, InstrumentCatalog catalog)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    m_catalog = std::move(catalog);
    endResetModel();
}

const Alert* AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < rows() ? &m_alerts[static_cast<std::size_t>(row)] : nullptr;
}

int AlertTableModel::openCount() const
{
    int n = 0;
    for (const Alert& a : m_alerts)
        n += a.isOpen();
    return n;
}

QString AlertTableModel::header(int column) const
{
    switch (column) {
    case Raised:
        return tr("Raised");
    case Kind:
        return tr("Alert");
    case Detail:
        return tr("Detail");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    }
    return {};
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_alerts[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Raised:
            return ParticipantFormat::date(a.createdAt.toLocalTime().date());
        case Kind:
            return ParticipantFormat::alertKind(a.kind);
        case Detail:
            return AlertText::describe(a.kind, a.detail, m_catalog);
        case Status:
            if (a.isOpen())
                return tr("Open");
            // A blinded reader is not told who acknowledged (core leaves the name out).
            if (a.acknowledgedBy.isEmpty())
                return a.signature ? tr("Acknowledged and signed on %1")
                                         .arg(ParticipantFormat::date(
                                             a.acknowledgedAt.toLocalTime().date()))
                                   : tr("Acknowledged on %1")
                                         .arg(ParticipantFormat::date(
                                             a.acknowledgedAt.toLocalTime().date()));
            return (a.signature ? tr("Acknowledged and signed by %1 on %2")
                                : tr("Acknowledged by %1 on %2"))
                .arg(a.acknowledgedBy,
                     ParticipantFormat::date(a.acknowledgedAt.toLocalTime().date()));
        case Note:
            return a.acknowledgement;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Note && !a.acknowledgement.isEmpty())
        return a.acknowledgement;
    if (role == Qt::ToolTipRole && column == Status && a.signature)
        return ElectronicSignatures::describe(*a.signature);
    if (role == Qt::ForegroundRole && a.isOpen() && (column == Kind || column == Status))
        return QBrush(ParticipantFormat::stateColour(VisitState::Overdue));
    if (role == Qt::FontRole && a.isOpen()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::DecorationRole && column == Kind && a.isOpen())
        return ParticipantFormat::stateIcon(VisitState::Overdue);
    if (role == Qt::UserRole)
        return a.id;
    return {};
}

} // namespace td
