#include "trial/LocalText.h"

#include <QLocale>

namespace td {

bool showingNorwegian()
{
    const QLocale::Language language = QLocale().language();
    return language == QLocale::NorwegianBokmal || language == QLocale::NorwegianNynorsk;
}

QString LocalText::text() const
{
    return showingNorwegian() && !nb.isEmpty() ? nb : en;
}

} // namespace td
