#include "storage/ReadQuery.h"

#include "storage/Database.h"

namespace td {

void setUpForReading(QSqlQuery& query, const Database& db)
{
    query.setForwardOnly(!db.isServer());
}

QSqlQuery readQuery(Database& db)
{
    QSqlQuery q(db.connection());
    setUpForReading(q, db);
    return q;
}

} // namespace td
