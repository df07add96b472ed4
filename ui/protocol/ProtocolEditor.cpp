#include "protocol/ProtocolEditor.h"

#include "common/ErrorLabel.h"
#include "protocol/ProtocolDraft.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace td {

QList<PathPart> splitPath(const QString& path)
{
    static const QRegularExpression part(QStringLiteral("^([^\\[]*)(?:\\[(\\d+)\\])?$"));
    QList<PathPart> out;
    for (const QString& piece : path.split(QLatin1Char('.'))) {
        const auto m = part.match(piece);
        if (m.hasMatch())
            out.append({m.captured(1), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt()});
        else
            out.append({piece, -1});
    }
    return out;
}

ProtocolEditor::ProtocolEditor(ProtocolDraft& draft, QWidget* parent)
    : QWidget(parent), m_draft(draft), m_body(new QVBoxLayout), m_errors(new ErrorLabel(this))
{
    m_errors->setObjectName(QStringLiteral("problems"));
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_errors);
}

void ProtocolEditor::init()
{
    retranslateUi();
    m_loading = true;
    load();
    m_loading = false;
    refreshProblems();
    connect(&m_draft, &ProtocolDraft::reset, this, [this] {
        m_loading = true;
        load();
        m_loading = false;
    });
    connect(&m_draft, &ProtocolDraft::changed, this, &ProtocolEditor::refreshProblems);
}

ProtocolProblems ProtocolEditor::problems() const
{
    ProtocolProblems mine;
    for (const ProtocolProblem& p : m_draft.problems())
        if (belongs(p.path))
            mine.push_back(p);
    for (const ProtocolProblem& p : localProblems())
        mine.push_back(p);
    return mine;
}

QString ProtocolEditor::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

void ProtocolEditor::refreshProblems()
{
    const ProtocolProblems mine = problems();
    mark(mine);
    QStringList lines;
    constexpr int limit = 8;
    for (const ProtocolProblem& p : mine) {
        if (lines.size() == limit) {
            lines << tr("… and %Ln more problem(s).", nullptr,
                        static_cast<int>(mine.size()) - limit);
            break;
        }
        lines << p.text();
    }
    if (lines.isEmpty()) {
        m_errors->clear();
        m_errors->hide();
    } else {
        m_errors->showMessage(lines.join(QLatin1Char('\n')));
    }
    emit problemsChanged();
}

void ProtocolEditor::markField(QWidget* field, const QString& message)
{
    // A light red background, not a style sheet, so spin boxes and date fields keep their
    // arrows.
    field->setToolTip(message);
    const bool input = qobject_cast<QLineEdit*>(field) || qobject_cast<QAbstractSpinBox*>(field) ||
                       qobject_cast<QComboBox*>(field);
    if (!input)
        field->setAutoFillBackground(!message.isEmpty());
    QPalette palette = field->parentWidget() ? field->parentWidget()->palette() : QPalette();
    if (!message.isEmpty()) {
        palette.setColor(input ? QPalette::Base : QPalette::Window, QColor(0xf8, 0xd7, 0xda));
        if (qobject_cast<QComboBox*>(field))
            palette.setColor(QPalette::Button, QColor(0xf8, 0xd7, 0xda));
    }
    field->setPalette(palette);
}

QList<EditTable::Mark> ProtocolEditor::rowMarks(const ProtocolProblems& problems,
                                                const QString& list, const EditTable* table,
                                                const QMap<QString, int>& columns,
                                                const QMap<QString, QPair<int, int>>& labels)
{
    QList<EditTable::Mark> marks;
    for (const ProtocolProblem& p : problems) {
        const QList<PathPart> parts = splitPath(p.path);
        if (parts.isEmpty() || parts[0].key != list)
            continue;
        const int row = parts[0].index;
        if (row < 0) {
            marks.append({-1, 0, p.message});
            continue;
        }
        const QString field = parts.size() > 1 ? parts[1].key : QString();
        if (labels.contains(field)) {
            const auto [en, nb] = labels.value(field);
            const bool enBlank = table->text(row, en).trimmed().isEmpty();
            const bool nbBlank = table->text(row, nb).trimmed().isEmpty();
            if (enBlank || !nbBlank)
                marks.append({row, en, p.message});
            if (nbBlank)
                marks.append({row, nb, p.message});
            continue;
        }
        marks.append({row, columns.value(field, 0), p.message});
    }
    return marks;
}

ProtocolProblems ProtocolEditor::under(const ProtocolProblems& problems, const QString& prefix)
{
    ProtocolProblems out;
    const QString start = prefix + QLatin1Char('.');
    for (const ProtocolProblem& p : problems)
        if (p.path.startsWith(start))
            out.push_back({p.path.mid(start.size()), p.message});
    return out;
}

void ProtocolEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_draft.commit(); // the rules' messages in the new language
    }
    QWidget::changeEvent(event);
}

} // namespace td
