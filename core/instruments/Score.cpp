#include "instruments/Score.h"

#include <QJsonValue>
#include <QStringBuilder>
#include <cmath>

namespace td {

QString jsonNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

namespace {
QString quoted(const QString& s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}
} // namespace

QString Score::toJson() const
{
    QStringList flagTexts;
    for (const QString& f : flags)
        flagTexts << quoted(f);
    QStringList sub;
    for (const auto& [id, value] : subscales)
        sub << quoted(id) + QStringLiteral(": ") +
                   (value ? jsonNumber(*value) : QStringLiteral("null"));
    return QStringLiteral("{\"instrument\": ") % quoted(instrumentId) %
           QStringLiteral(", \"total\": ") % (total ? jsonNumber(*total) : QStringLiteral("null")) %
           QStringLiteral(", \"complete\": ") %
           (complete ? QStringLiteral("true") : QStringLiteral("false")) %
           QStringLiteral(", \"prorated\": ") %
           (prorated ? QStringLiteral("true") : QStringLiteral("false")) %
           QStringLiteral(", \"band\": ") %
           (band.isEmpty() ? QStringLiteral("null") : quoted(band)) %
           QStringLiteral(", \"flags\": [") % flagTexts.join(QStringLiteral(", ")) %
           QStringLiteral("], \"subscales\": {") % sub.join(QStringLiteral(", ")) %
           QStringLiteral("}}");
}

} // namespace td
