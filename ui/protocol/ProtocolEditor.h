#pragma once

#include "protocol/EditTable.h"
#include "trial/ProtocolRules.h"

#include <QWidget>

class QVBoxLayout;

namespace td {

class ErrorLabel;
class ProtocolDraft;

// One part of a protocol path: `arms[1]` is {"arms", 1}, `ratio` is {"ratio", -1}.
struct PathPart
{
    QString key;
    int index = -1;
};
QList<PathPart> splitPath(const QString& path);

// One page of the protocol editor (trial, sites, arms, ...), used both by the new-trial wizard
// and by the administrator's Protocol area. It edits the shared ProtocolDraft, and after every
// edit shows the problems whose path belongs to it: at the field (red, with the problem as
// tool tip) and as lines naming the path under the page.
class ProtocolEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProtocolEditor(ProtocolDraft& draft, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual QString subTitle() const = 0;
    // The title as a tab of the Protocol area.
    virtual QString tabTitle() const { return title(); }
    // The problems shown on this page (rules of the whole protocol, and fields that do not
    // parse).
    ProtocolProblems problems() const;
    bool hasProblems() const { return !problems().empty(); }
    QString errorText() const;
    ProtocolDraft& draft() const { return m_draft; }

signals:
    void problemsChanged();

protected:
    // Call at the end of the subclass constructor.
    void init();
    virtual bool belongs(const QString& path) const = 0;
    // Fills the fields from the draft.
    virtual void load() = 0;
    // Shows the page's problems at their fields.
    virtual void mark(const ProtocolProblems& problems) = 0;
    virtual void retranslateUi() = 0;
    virtual ProtocolProblems localProblems() const { return {}; }
    void changeEvent(QEvent* event) override;

    // The page's own layout: fields go in above the error lines.
    QVBoxLayout* body() const { return m_body; }
    void refreshProblems();
    // Red frame and tool tip for a field with a problem (an empty message clears it).
    static void markField(QWidget* field, const QString& message);
    // The marks of a table whose rows are the elements of `list`: `columns` maps each field
    // key of a row (e.g. "ratio") to its column, `labels` each bilingual label to its English
    // and Norwegian columns (the blank one is marked); anything else marks column 0.
    static QList<EditTable::Mark> rowMarks(const ProtocolProblems& problems, const QString& list,
                                           const EditTable* table,
                                           const QMap<QString, int>& columns,
                                           const QMap<QString, QPair<int, int>>& labels = {});
    // The problems under `prefix` (e.g. "arms[2]"), with the prefix and its dot removed.
    static ProtocolProblems under(const ProtocolProblems& problems, const QString& prefix);

    ProtocolDraft& m_draft;
    bool m_loading = false;

private:
    QVBoxLayout* m_body;
    ErrorLabel* m_errors;
};

} // namespace td
