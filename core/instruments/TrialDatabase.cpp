#include "instruments/TrialDatabase.h"

#include "access/ServerPrivileges.h"
#include "access/ServerRoles.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "storage/CryptVfs.h"
#include "storage/ServerAddress.h"
#include "storage/Transaction.h"

namespace td {

namespace {
constexpr int firstVersionWithScores = 5;

// A server trial with roles, upgraded by the tables' owner (only they may: Database::open
// refuses any other login): the groups' privileges are given again, so the tables and columns
// the upgrade made are covered by the same rules as the rest (docs/postgresql.md).
Status grantAfterUpgrade(Database& db)
{
    if (!db.isServer() || !ServerRoles::enabled(db))
        return {};
    Transaction tx(db);
    TD_TRY(tx.status());
    TD_TRY(ServerPrivileges::grant(db));
    return tx.commit();
}
} // namespace

Result<std::unique_ptr<Database>> openTrialDatabase(const QString& path, Database::Options options)
{
    auto db = Database::open(path, std::move(options));
    TD_TRY(db);
    const int before = (*db)->versionAtOpen();
    if ((*db)->upgraded() && before > 0)
        TD_TRY(grantAfterUpgrade(**db));
    if ((*db)->upgraded() && before > 0 && before < firstVersionWithScores) {
        auto catalog = InstrumentCatalog::load(**db);
        TD_TRY(catalog);
        TD_TRY(ScoreRepository::scoreMissing(**db, *catalog));
    }
    return db;
}

bool trialOpensWithSignIn(const QString& path)
{
    if (ConnectionSpec::isServerUri(path)) {
        const auto spec = ConnectionSpec::parse(path);
        return spec.ok() && ServerAddress::signsInAsUser(*spec);
    }
    return CryptVfs::isEncrypted(path);
}

} // namespace td
