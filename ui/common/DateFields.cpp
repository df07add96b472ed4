#include "common/DateFields.h"

#include <QDate>
#include <QDateEdit>
#include <QLocale>
#include <QRegularExpression>

namespace td {

QDateEdit* todayDateEdit(const QDate& today, QWidget* parent)
{
    auto* edit = new QDateEdit(today, parent);
    edit->setCalendarPopup(true);
    retranslateDateEdit(edit);
    return edit;
}

QString dateEntryFormat()
{
    // The short format, with the year always in four digits so that what is shown is what
    // parses back (21.11.2026, 11/21/2026).
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    return format;
}

void retranslateDateEdit(QDateEdit* edit)
{
    edit->setLocale(QLocale());
    edit->setDisplayFormat(dateEntryFormat());
}

} // namespace td
