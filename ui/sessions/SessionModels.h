#pragma once

#include "participants/Participant.h"
#include "sessions/TherapySession.h"
#include "trial/Protocol.h"

#include <QAbstractTableModel>
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

// The sessions of one patient, newest first.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Kind, Attendance, Duration, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setSessions(std::vector<TherapySession> sessions);
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TherapySession> m_sessions;
};

} // namespace td
