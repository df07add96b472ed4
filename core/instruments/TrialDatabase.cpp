#include "instruments/TrialDatabase.h"

#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "storage/CryptVfs.h"
#include "storage/ServerAddress.h"

namespace td {

namespace {
constexpr int firstVersionWithScores = 5;
} // namespace

Result<std::unique_ptr<Database>> openTrialDatabase(const QString& path, Database::Options options)
{
    auto db = Database::open(path, std::move(options));
    TD_TRY(db);
    const int before = (*db)->versionAtOpen();
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
