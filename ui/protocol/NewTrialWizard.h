#pragma once

#include <QWizard>

namespace td {

class AdministratorPage;
class EditorPage;
class ProtocolDraft;
class ProtocolEditor;
class StartPage;
class SummaryPage;

// File > New trial…: choose a start (a template, blank or a protocol file), edit the protocol
// page by page (trial, sites, arms, covariates and eligibility, stratification, schedule,
// outcomes; Next is refused while a page shows a problem), name the first administrator,
// read the summary and create the trial file through NewTrial::create, which leaves no file
// when it refuses.
class NewTrialWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Start,
        Trial,
        Sites,
        Arms,
        Covariates,
        Schedule,
        Stratification, // after the schedule: a severity factor cuts a baseline instrument
        Outcomes,
        Administrator,
        Summary
    };

    explicit NewTrialWizard(QWidget* parent = nullptr);
    ProtocolDraft& draft() const { return *m_draft; }
    StartPage* startPage() const { return m_start; }
    AdministratorPage* administratorPage() const { return m_administrator; }
    SummaryPage* summaryPage() const { return m_summary; }
    ProtocolEditor* editor(PageId id) const;
    template <typename T> T* editorOf(PageId id) const { return qobject_cast<T*>(editor(id)); }

    // Creates the trial as Create does: an empty string on success (createdPath() is then the
    // file), else the refusal, also shown at its page.
    QString create();
    QString createdPath() const { return m_created; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProtocolDraft* m_draft;
    StartPage* m_start;
    AdministratorPage* m_administrator;
    SummaryPage* m_summary;
    QList<EditorPage*> m_editors;
    QString m_created;
};

} // namespace td
