#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace td {

// A date field set to `today` (the trial database's Clock::today(), the user's local date),
// with a calendar, in the current language's short date format (21.11.2026 in Norwegian), so
// what is typed parses back the same way.
QDateEdit* todayDateEdit(const QDate& today, QWidget* parent);
// The current language's date format for typing dates: 21.11.2026 in Norwegian.
QString dateEntryFormat();
// Re-applies the current language's date format (call on language change).
void retranslateDateEdit(QDateEdit* edit);

} // namespace td
