#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace td {

class Database;
class ParticipantActions;
class ParticipantTableModel;

// The participant registry: every participant the signed-in user may see, searched by study
// ID and filtered by site, status, therapist and (for those who may see arms) arm, with the
// guided steps of the participant's path on a tool bar.
class RegistryView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    RegistryView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Loads the rows; returns the error message, or an empty string.
    QString reload();
    // Participants matching the search and filters.
    int visibleRows() const;
    ParticipantTableModel* model() const { return m_model; }
    ParticipantActions* actions() const { return m_actions; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_filter; }
    // Selects a participant (after a guided step, or from a worklist).
    void select(qint64 participantId);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;

signals:
    // The user asked to open a participant's page (double-click or Enter).
    void participantOpened(qint64 participantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFilterChoices();
    void applyFilter();
    void updateCount();
    void selectionChanged();
    qint64 selectedId() const;

    Database& m_db;
    Actor m_actor;
    ParticipantTableModel* m_model;
    ParticipantActions* m_actions;
    QToolBar* m_toolBar;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QComboBox* m_site;
    QComboBox* m_status;
    QComboBox* m_therapist; // only for those who see arms (the therapist reveals the arm)
    QComboBox* m_arm;       // idem
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace td
