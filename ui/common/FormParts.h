#pragma once

#include "common/ErrorLabel.h"

#include <QLineEdit>
#include <map>
#include <optional>

class QDialog;
class QLabel;

namespace td {

// A field with its grey hint and its refusal under it, as one form row's field.
QWidget* fieldBox(QWidget* parent, QWidget* field, QLabel* hint, ErrorLabel* error);

// Grows a shown dialog to the height its layout needs now (wrapped hints and refusals).
void growToFit(QDialog* dialog);

// The refusal lines of a form, one per field, so that a refusal is shown where it belongs:
// showing one hides the others and puts the keyboard in the field, its text ready to be typed
// over.
template <typename Field> class FieldErrors
{
public:
    void add(Field field, ErrorLabel* label, QWidget* focus = nullptr)
    {
        m_lines[field] = {label, focus};
    }

    void clear()
    {
        m_shown.reset();
        for (auto& [field, line] : m_lines) {
            line.label->clear();
            line.label->hide();
        }
    }

    void show(Field field, const QString& message)
    {
        clear();
        m_shown = field;
        const Line& line = m_lines.at(field);
        line.label->showMessage(message);
        if (line.focus)
            line.focus->setFocus();
        if (auto* edit = qobject_cast<QLineEdit*>(line.focus))
            edit->selectAll();
    }

    // The refusal shown at the field again, in the language now in use, keyboard untouched.
    void retext(Field field, const QString& message)
    {
        if (m_shown == field)
            m_lines.at(field).label->setText(message);
    }

    bool has(const Field& field) const { return m_lines.count(field) > 0; }
    std::optional<Field> shown() const { return m_shown; }

    QString text(Field field) const
    {
        const auto it = m_lines.find(field);
        return it == m_lines.end() || it->second.label->isHidden() ? QString()
                                                                   : it->second.label->text();
    }

private:
    struct Line
    {
        ErrorLabel* label = nullptr;
        QWidget* focus = nullptr;
    };
    std::map<Field, Line> m_lines;
    std::optional<Field> m_shown;
};

} // namespace td
