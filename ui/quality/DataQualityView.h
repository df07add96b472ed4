#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"

#include <QWidget>

class QTabWidget;

namespace td {

class Database;
class DoubleEntryPanel;
class MissingFormsPanel;
class QueryPanel;
class SourceVerificationPanel;

// The data-quality area: every data query the user reaches with the counts per site, the
// missing forms per site and visit, double data entry (differences to adjudicate, forms
// awaiting their second entry, agreement) and source data verification. Shown to the roles
// that clean data (PI, statistician, coordinator, monitor) and answer queries.
class DataQualityView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    DataQualityView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    QString title() const override;
    // For the roles that raise or answer queries.
    bool shown() const override;
    QWidget* widget() override { return this; }
    QString refresh() override { return reload(); }

    // Reads both again; the first error message or "".
    QString reload();
    QueryPanel* queries() const { return m_queries; }
    MissingFormsPanel* missingForms() const { return m_missing; }
    DoubleEntryPanel* doubleEntry() const { return m_doubleEntry; }
    SourceVerificationPanel* sourceVerification() const { return m_sourceVerification; }
    QTabWidget* sections() const { return m_tabs; }
    // Opens the double-entry section on the form (a worklist task); false when it is not
    // listed there.
    bool showDoubleEntry(qint64 assessmentId);

signals:
    void participantOpened(qint64 participantId);
    // A query's step, an adjudication or a second entry: the worklists and pages follow.
    void queriesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Actor m_actor;
    QTabWidget* m_tabs;
    QueryPanel* m_queries;
    MissingFormsPanel* m_missing;
    DoubleEntryPanel* m_doubleEntry;
    SourceVerificationPanel* m_sourceVerification;
};

} // namespace td
