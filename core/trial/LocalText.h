#pragma once

#include <QString>

namespace td {

// A label people read, in both interface languages. Built from one string it means the same
// text in both. It converts to the text of the current language (QLocale's default, which the
// window's language switch sets), so code that shows a name needs no language of its own.
struct LocalText
{
    QString en;
    QString nb;

    LocalText() = default;
    LocalText(const QString& both) : en(both), nb(both) {} // NOLINT: same text in both languages
    LocalText(QString english, QString bokmal) : en(std::move(english)), nb(std::move(bokmal)) {}

    QString text() const;
    operator QString() const { return text(); } // NOLINT: shown in the chosen language
    bool isSame() const { return en == nb; }
    bool isEmpty() const { return en.isEmpty() && nb.isEmpty(); }
    // Either language left blank counts as empty: every label needs both.
    bool isBlank() const { return en.trimmed().isEmpty() || nb.trimmed().isEmpty(); }
    bool operator==(const LocalText& other) const = default;
};

// True while the interface shows Norwegian (QLocale's default language is Bokmål).
bool showingNorwegian();

} // namespace td
