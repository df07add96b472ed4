#pragma once

#include "assessments/Assessment.h"
#include "instruments/InstrumentCatalog.h"
#include "outcomes/AlertRepository.h"
#include "sessions/TherapySession.h"
#include "visits/VisitTimeline.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>
#include <vector>

namespace td {

// The tables of the participant page. Each is filled from what the page loaded through the
// core (no queries of its own), shows texts in the current language, and rebuilds them when
// its owner calls retranslate() after a language change.
class SectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Headers and cells again, in the current language.
    void retranslate();

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
};

// The protocol's visits against their windows: one row per time point.
class VisitTableModel : public SectionModel
{
    Q_OBJECT

public:
    enum Column { VisitName, Target, Window, State, Performed, Instruments, ColumnCount };

    using SectionModel::SectionModel;
    // `shortNames`: instrument id -> short name (PHQ-9), for the instruments still missing.
    void setVisits(std::vector<Visit> visits, QHash<QString, QString> shortNames);
    const std::vector<Visit>& visits() const { return m_visits; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return static_cast<int>(m_visits.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;

private:
    std::vector<Visit> m_visits;
    QHash<QString, QString> m_shortNames;
};

// Every assessment of the participant the caller may see: visit, instrument, date, total,
// severity band, status. Removed and draft records are shown as such.
class AssessmentTableModel : public SectionModel
{
    Q_OBJECT

public:
    enum Column { VisitName, Instrument, Date, Total, Band, Status, ColumnCount };

    struct Row
    {
        Assessment assessment;
        QString visit;                    // the protocol's label, empty when none
        std::optional<int> sessionNumber; // for a session-linked measure
        std::optional<double> total;      // the stored score of a completed record
    };

    using SectionModel::SectionModel;
    void setRows(std::vector<Row> rows, InstrumentCatalog catalog);
    const std::vector<Row>& assessmentRows() const { return m_rows; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;

private:
    std::vector<Row> m_rows;
    InstrumentCatalog m_catalog;
};

// Therapy sessions (never filled for a caller who may not see arms).
class SessionTableModel : public SectionModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Week, Kind, Attendance, Duration, ColumnCount };

    using SectionModel::SectionModel;
    // `randomizedOn` places each session in weeks since randomization.
    void setSessions(std::vector<TherapySession> sessions, const QDate& randomizedOn);
    const std::vector<TherapySession>& sessions() const { return m_sessions; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return static_cast<int>(m_sessions.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;

private:
    std::vector<TherapySession> m_sessions;
    QDate m_randomizedOn;
};

// Safety alerts, newest first; open ones stand out.
class AlertTableModel : public SectionModel
{
    Q_OBJECT

public:
    enum Column { Raised, Kind, Detail, Status, Note, ColumnCount };

    using SectionModel::SectionModel;
    // `catalog` names the instruments in the alerts' facts (AlertText).
    void setAlerts(std::vector<Alert> alerts, InstrumentCatalog catalog = {});
    const std::vector<Alert>& alerts() const { return m_alerts; }
    const Alert* alertAt(int row) const;
    int openCount() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override { return static_cast<int>(m_alerts.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;

private:
    std::vector<Alert> m_alerts;
    InstrumentCatalog m_catalog;
};

} // namespace td
