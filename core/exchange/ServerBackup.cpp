#include "exchange/ServerBackup.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace td {

namespace {
// A value of a libpq connection string, in single quotes when it holds more than a plain word.
QString connValue(QString value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/@-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

QString ServerBackup::connectionString(const ConnectionSpec& spec, const QString& user)
{
    QStringList parts;
    if (!spec.host.isEmpty())
        parts << QStringLiteral("host=") + connValue(spec.host);
    if (spec.port > 0)
        parts << QStringLiteral("port=%1").arg(spec.port);
    parts << QStringLiteral("dbname=") + connValue(spec.database);
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + connValue(user);
    for (const QString& option : spec.options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        parts << option.left(eq) + QLatin1Char('=') + connValue(option.mid(eq + 1));
    }
    return parts.join(QLatin1Char(' '));
}

QString ServerBackup::shellLine(const QStringList& arguments)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.:/@=,+-]+$"));
    QStringList out;
    for (QString a : arguments) {
        if (plain.match(a).hasMatch()) {
            out << a;
            continue;
        }
        a.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        out << QLatin1Char('\'') + a + QLatin1Char('\'');
    }
    return out.join(QLatin1Char(' '));
}

Result<ServerBackup::Plan> ServerBackup::plan(Database& db, const QDateTime& nowUtc,
                                              const QString& file)
{
    if (!db.isServer())
        return makeError(ErrorCode::Invalid,
                         tr("%1 is a trial file; it is backed up by TrialDesk (Back up now), "
                            "not by the server's tools.")
                             .arg(db.path()));
    // Whoever owns the trial's tables reads them all; pg_class is readable by every login.
    auto owner = db.scalar(QStringLiteral(
        "SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.relname = 'users' AND "
        "c.relnamespace = CAST(current_schema() AS regnamespace)"));
    TD_TRY(owner);
    Plan p;
    p.owner = owner->toString();
    p.file = file.isEmpty()
                 ? QStringLiteral("%1-%2.dump")
                       .arg(db.spec().database,
                            nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
                 : file;
    const QString connection = connectionString(db.spec(), p.owner);
    p.dump = {QStringLiteral("pg_dump"), QStringLiteral("--format=custom"),
              QStringLiteral("--file=") + p.file, QStringLiteral("--dbname=") + connection};
    p.restore = {QStringLiteral("pg_restore"),
                 QStringLiteral("--clean"),
                 QStringLiteral("--if-exists"),
                 QStringLiteral("--single-transaction"),
                 QStringLiteral("--exit-on-error"),
                 QStringLiteral("--dbname=") + connection,
                 p.file};
    return p;
}

} // namespace td
