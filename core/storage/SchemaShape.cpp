#include "storage/SchemaShape.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>

namespace td {

namespace {

using Shape = QMap<QString, QStringList>; // table -> its column names, sorted

Result<Shape> shapeOf(Database& db)
{
    Shape shape;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_schema AS m, "
                               "pragma_table_info(m.name) AS p WHERE m.type = 'table' AND "
                               "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return db.sqlError(q, QStringLiteral("pragma_table_info"));
    while (q.next())
        shape[q.value(0).toString()] << q.value(1).toString();
    for (QStringList& columns : shape)
        columns.sort();
    return shape;
}

} // namespace

Status SchemaShape::check(Database& db, int version)
{
    const Migrations steps = Migrations::schema().upTo(version);
    Database::Options options;
    options.migrations = &steps;
    auto reference = Database::open(QStringLiteral(":memory:"), options);
    TD_TRY(reference);
    auto expected = shapeOf(**reference);
    TD_TRY(expected);
    auto actual = shapeOf(db);
    TD_TRY(actual);
    QStringList extra, missing, differing;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            extra << it.key();
        else if (expected->value(it.key()) != it.value())
            differing << it.key();
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it)
        if (!actual->contains(it.key()))
            missing << it.key();
    if (extra.isEmpty() && missing.isEmpty() && differing.isEmpty())
        return {};
    QStringList problems;
    if (!extra.isEmpty())
        problems << tr("tables a trial does not have: %1").arg(extra.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        problems << tr("no tables %1").arg(missing.join(QStringLiteral(", ")));
    if (!differing.isEmpty())
        problems << tr("other columns in %1").arg(differing.join(QStringLiteral(", ")));
    return makeError(ErrorCode::Invalid,
                     tr("%1 is not a TrialDesk trial of schema version %2: it has %3.")
                         .arg(QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath()))
                         .arg(version)
                         .arg(problems.join(QStringLiteral("; "))));
}

} // namespace td
