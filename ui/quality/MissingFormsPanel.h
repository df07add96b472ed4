#pragma once

#include "access/Actor.h"
#include "quality/MissingForms.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace td {

class Database;
class ErrorLabel;

// Missing forms (MissingForms): per site the forms expected so far, received, due and overdue,
// and below the forms still missing, the overdue first. Double-clicking a form opens its
// participant.
class MissingFormsPanel : public QWidget
{
    Q_OBJECT

public:
    MissingFormsPanel(Database& db, const Actor& actor, QWidget* parent = nullptr);

    QString reload();
    const MissingFormsReport& report() const { return m_report; }
    QTableWidget* sitesTable() const { return m_sites; }
    QTableWidget* formsTable() const { return m_forms; }
    QCheckBox* overdueOnlyBox() const { return m_overdueOnly; }

signals:
    void participantOpened(qint64 participantId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    Database& m_db;
    Actor m_actor;
    MissingFormsReport m_report;
    QHash<QString, QString> m_instrumentNames;
    QTableWidget* m_sites;
    QCheckBox* m_overdueOnly;
    QTableWidget* m_forms;
    ErrorLabel* m_error;
};

} // namespace td
