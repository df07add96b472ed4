#pragma once

#include "access/Actor.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace td {

class Database;
class WorklistModel;
struct WorkItem;

// The role's start screen: what to do this week, most urgent first. Activating a task opens
// the participant (the window decides where).
class WorklistView : public QWidget
{
    Q_OBJECT

public:
    WorklistView(Database& db, const Actor& actor, QWidget* parent = nullptr);
    QString reload();
    WorklistModel* model() const { return m_model; }

signals:
    void taskOpened(const td::WorkItem& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Actor m_actor;
    WorklistModel* m_model;
    QLabel* m_title;
    QTableView* m_table;
};

} // namespace td
