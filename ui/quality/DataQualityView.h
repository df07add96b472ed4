#pragma once

#include "access/Actor.h"

#include <QWidget>

class QTabWidget;

namespace td {

class Database;
class MissingFormsPanel;
class QueryPanel;

// The data-quality area: every data query the user reaches with the counts per site, and
// the missing forms per site and visit. Shown to the roles that clean data (PI,
// statistician, coordinator).
class DataQualityView : public QWidget
{
    Q_OBJECT

public:
    DataQualityView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // Reads both again; the first error message or "".
    QString reload();
    QueryPanel* queries() const { return m_queries; }
    MissingFormsPanel* missingForms() const { return m_missing; }
    QTabWidget* sections() const { return m_tabs; }

signals:
    void participantOpened(qint64 participantId);
    void queriesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTabWidget* m_tabs;
    QueryPanel* m_queries;
    MissingFormsPanel* m_missing;
};

} // namespace td
