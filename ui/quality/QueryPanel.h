#pragma once

#include "access/Actor.h"
#include "quality/DataQuery.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace td {

class Database;
class ErrorLabel;

// Data queries (DataQueries) as a list: one participant's (on the participant page) or every
// query the user reaches (the Queries area, with the counts per site above the list). Raise
// asks about a value or a form; Open shows the conversation, where site staff respond and the
// raiser closes or re-opens.
class QueryPanel : public QWidget
{
    Q_OBJECT

public:
    QueryPanel(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // 0: every participant the user reaches (the counts per site are shown too).
    // Reads that participant's queries; the error message or "".
    QString setParticipant(qint64 participantId);
    // Empties the list (a page with no participant).
    void clear();
    // Reads the queries again; the error message or "".
    QString reload();
    const std::vector<DataQuery>& queries() const { return m_queries; }
    QTableWidget* table() const { return m_table; }
    QCheckBox* openOnlyBox() const { return m_openOnly; }
    QPushButton* raiseButton() const { return m_raise; }
    QPushButton* openButton() const { return m_open; }
    QLabel* countsLabel() const { return m_counts; }
    // The conversation of the selected query (modal); false when none is selected.
    bool openSelected();

signals:
    // A query was raised or took a step.
    void queriesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();
    void raise();
    QString instrumentName(const QString& id) const;

    Database& m_db;
    Actor m_actor;
    qint64 m_participantId = 0;
    std::vector<DataQuery> m_queries;
    std::vector<SiteQueryCounts> m_siteCounts;
    QHash<QString, QString> m_instrumentNames; // id: short name
    QLabel* m_counts;
    QCheckBox* m_openOnly;
    QTableWidget* m_table;
    ErrorLabel* m_error;
    QPushButton* m_raise;
    QPushButton* m_open;
};

} // namespace td
