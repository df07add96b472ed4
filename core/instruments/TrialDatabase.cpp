#include "instruments/TrialDatabase.h"

#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"

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

} // namespace td
