#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "worklist/WorklistModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace td {

class Database;
class WorklistFilter;

// The role's start screen: what to do, most urgent first, with a line that counts the overdue
// tasks apart from this week's, a search, a task-kind filter and sortable columns. Activating a
// task (double-click or Enter) opens what it is about (the window decides where). For the
// principal investigator, a button says how many emergency unblindings wait for review and
// opens them.
class WorklistView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    WorklistView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    // Reads the tasks again as of the database's today; returns the error message, or "".
    QString reload();
    WorklistModel* model() const { return m_model; }
    WorklistFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* kindBox() const { return m_kind; }
    // "N emergency unblindings to review" (null without ReviewUnblindings; hidden when none).
    QPushButton* unblindingsButton() const { return m_unblindings; }
    int unblindingsToReview() const { return m_unblindingsToReview; }
    // The header line as plain text ("3 overdue · 12 to do this week").
    QString summary() const;
    // The header line for these counts; empty counts say there is nothing to do.
    static QString summary(const WorklistModel::Counts& counts);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;

signals:
    void taskOpened(const td::WorkItem& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QStringList summaryParts(const WorklistModel::Counts& counts);
    void retranslateUi();
    void fillKinds();
    void applyFilter();
    void reviewUnblindings();
    void updateUnblindings();
    void updateHeader();
    const WorkItem* selectedItem() const;
    void reselect(const WorkItem& item);

    Database& m_db;
    Actor m_actor;
    WorklistModel* m_model;
    WorklistFilter* m_filter;
    QLabel* m_header;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLabel* m_shown;
    QTableView* m_table;
    QPushButton* m_unblindings = nullptr;
    int m_unblindingsToReview = 0;
};

} // namespace td
