#pragma once

#include "access/Actor.h"
#include "common/TaskArea.h"
#include "trial/Protocol.h"

#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace td {

class SignatureField;

class Database;
class ErrorLabel;
class ProtocolDraft;
class ProtocolEditor;

// The administrator's Protocol area: the wizard's editor pages over the trial's protocol, the
// version history, and Save. Before anyone is randomized Save changes the protocol in place;
// once someone is, the area is in amendment mode: it asks for the reason and the effective
// date, lists what the amendment changes (ProtocolRepository::preview) and shows the core's
// refusal, which names each refused path and the rule it breaks.
class ProtocolView : public QWidget, public TaskArea
{
    Q_OBJECT

public:
    ProtocolView(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // TaskArea
    QString title() const override;
    QWidget* widget() override { return this; }
    QString refresh() override;
    bool shown() const override;

    // Loads the protocol in force again (dropping unsaved edits); an error message or empty.
    QString reload();
    // Saves the edits: an empty string on success, else the refusal (also shown).
    QString save();
    // Lists what saving would change (and, in amendment mode, what would be refused).
    void previewChanges();

    ProtocolDraft& draft() const { return *m_draft; }
    ProtocolEditor* editor(int index) const { return m_editors.value(index); }
    template <typename T> T* editorOf() const
    {
        for (ProtocolEditor* e : m_editors)
            if (auto* t = qobject_cast<T*>(e))
                return t;
        return nullptr;
    }
    QTabWidget* pages() const { return m_pages; }
    bool isAmendmentMode() const { return m_randomized > 0; }
    QString modeText() const;
    QString errorText() const;
    QString statusText() const;
    QTableWidget* history() const { return m_history; }
    QListWidget* changes() const { return m_changes; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QDateEdit* effectiveDateEdit() const { return m_effective; }
    SignatureField* signatureField() const { return m_signature; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadHistory();
    void showProblemsOnTabs();

    Database& m_db;
    Actor m_actor;
    ProtocolDraft* m_draft;
    Protocol m_saved; // the protocol in force, as loaded
    int m_randomized = 0;
    int m_version = 1;
    QLabel* m_mode;
    QTabWidget* m_pages;
    QList<ProtocolEditor*> m_editors;
    QTableWidget* m_history;
    QGroupBox* m_saveBox;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_effectiveLabel;
    QDateEdit* m_effective;
    SignatureField* m_signature;
    QLabel* m_changesLabel;
    QListWidget* m_changes;
    QPushButton* m_preview;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_status;
    ErrorLabel* m_error;
};

} // namespace td
