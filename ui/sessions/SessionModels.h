#pragma once

#include "participants/Participant.h"
#include "sessions/TherapySession.h"
#include "trial/Protocol.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <map>
#include <vector>

namespace td {

// One row per patient of the session log: attendance against the arm's planned dose.
using PatientDose = ParticipantSessions;

class PatientDoseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StudyId, Arm, Attended, Planned, Share, LastSession, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(std::vector<PatientDose> rows, const Protocol& protocol);
    const PatientDose* rowAt(int row) const;
    int rowOf(qint64 participantId) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PatientDose> m_rows;
    Protocol m_protocol;
};

// The sessions of one patient, newest first, voided ones too: struck through and grey, the
// reason in their tool tip. Who gave each session and who recorded it are shown by name.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Kind, Attendance, Duration, Therapist, RecordedBy, ColumnCount };
    enum Role { VoidedRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;
    void setSessions(std::vector<TherapySession> sessions);
    // User id -> the name shown for them.
    void setUserNames(std::map<qint64, QString> names);
    const TherapySession* sessionAt(int row) const;
    int rowOf(qint64 sessionId) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString userName(qint64 userId) const;

    std::vector<TherapySession> m_sessions;
    std::map<qint64, QString> m_names;
};

// The session log's search over its patients: the study ID, the arm code or the last session's
// date as shown, any part, any case. An empty search shows every patient.
class PatientDoseFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);
    const QString& search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
};

// Hides voided sessions unless they are asked for.
class VoidedSessionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShowVoided(bool show);
    bool showsVoided() const { return m_showVoided; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_showVoided = true;
};

} // namespace td
