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
// refuses any other login), or opened by them while its privileges are older than this
// program's (ServerPrivileges::version): the groups' privileges are given again, so the tables
// and columns an upgrade made, and what a newer grant makes, are covered like the rest
// (docs/postgresql.md). Another login's open leaves them as they are.
Status grantAgainIfNeeded(Database& db, bool upgraded)
{
    if (!db.isServer() || db.readOnly())
        return {};
    if (!upgraded) {
        // One question on a trial whose privileges are current (every open but the first
        // after a new program).
        auto granted = ServerPrivileges::grantedVersion(db);
        TD_TRY(granted);
        if (*granted >= ServerPrivileges::version)
            return {};
    }
    if (!ServerRoles::enabled(db))
        return {};
    if (!upgraded) {
        auto may = ServerPrivileges::mayGrant(db);
        TD_TRY(may);
        if (!*may)
            return {};
    }
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
    TD_TRY(grantAgainIfNeeded(**db, (*db)->upgraded() && before > 0));
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
