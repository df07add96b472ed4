#include "outcomes/AlertText.h"

#include "instruments/InstrumentCatalog.h"
#include "trial/LocalText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace td {

namespace {

QString language()
{
    return showingNorwegian() ? QStringLiteral("nb") : QStringLiteral("en");
}

QString number(const QString& neutral)
{
    bool ok = false;
    const double v = neutral.toDouble(&ok);
    return ok ? QLocale().toString(v, 'g', 15) : neutral;
}

// "phq9 item9 = 2": the instrument, the item id and the answer.
QString suicidality(const QString& fact, const InstrumentCatalog& catalog)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(\S+) item (\S+) = (\S*)$)"));
    const auto m = shape.match(fact.trimmed());
    if (!m.hasMatch())
        return fact;
    const InstrumentDefinition* d = catalog.find(m.captured(1));
    if (!d)
        return fact;
    for (std::size_t i = 0; i < d->items.size(); ++i)
        if (d->items[i].id == m.captured(2) ||
            QString::number(static_cast<int>(i) + 1) == m.captured(2)) {
            const QString label = d->items[i].label.in(language());
            return AlertText::tr("%1, item %2 (%3): answered %4")
                .arg(d->shortName)
                .arg(QLocale().toString(static_cast<int>(i) + 1))
                .arg(label, number(m.captured(3)));
        }
    return fact;
}

// "gad7 5 -> 9 (RCI 3.56)": the instrument, baseline, now and the reliable change index.
QString deterioration(const QString& fact, const InstrumentCatalog& catalog)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(\S+) (\S+) -> (\S+) \(RCI (\S+)\)$)"));
    const auto m = shape.match(fact.trimmed());
    if (!m.hasMatch())
        return fact;
    const InstrumentDefinition* d = catalog.find(m.captured(1));
    const QString name = d ? d->shortName : m.captured(1);
    bool ok = false;
    const double rci = m.captured(4).toDouble(&ok);
    return AlertText::tr("%1 went from %2 at baseline to %3: a reliable deterioration (reliable "
                         "change index %4)")
        .arg(name, number(m.captured(2)), number(m.captured(3)),
             ok ? QLocale().toString(rci, 'f', 2) : m.captured(4));
}

} // namespace

QString AlertText::describe(const QString& kind, const QString& detail,
                            const InstrumentCatalog& catalog)
{
    QStringList out;
    for (const QString& fact : detail.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        if (kind == QStringLiteral("suicidality"))
            out << suicidality(fact, catalog);
        else if (kind == QStringLiteral("deterioration"))
            out << deterioration(fact, catalog);
        else
            out << fact;
    }
    return out.join(QStringLiteral("; "));
}

QString AlertText::describe(const QString& kind, const QString& detail, Database& db)
{
    auto catalog = InstrumentCatalog::load(db);
    return catalog.ok() ? describe(kind, detail, *catalog) : detail;
}

} // namespace td
