// Prints the scoring engine's speed figures:
//   scoring 1,000,000 PHQ-9 answer vectors through the engine (one core), and
//   recomputing every stored score of a trial database (--db FILE, e.g. the 10,000-participant
//   demo made by `trialdesk-cli demo --participants 10000 --unencrypted`).
// usage: trialdesk_scoring_bench [--vectors N] [--db FILE]

#include "common/Random.h"
#include "instruments/InstrumentCatalog.h"
#include "instruments/ScoreRepository.h"
#include "instruments/ScoringEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&args](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int vectors = arg("--vectors", QStringLiteral("1000000")).toInt();
    const td::InstrumentDefinition* phq9 =
        td::InstrumentCatalog::builtIn().find(QStringLiteral("phq9"));

    // Inputs are made before the clock starts: the figure is the engine's, not the generator's.
    td::Random rnd(1);
    std::vector<QStringList> inputs;
    inputs.reserve(static_cast<std::size_t>(vectors));
    for (int n = 0; n < vectors; ++n) {
        QStringList v;
        for (int i = 0; i < 9; ++i)
            v << (rnd.chance(0.02) ? QStringLiteral("NA") : QString::number(rnd.below(4)));
        inputs.push_back(std::move(v));
    }
    const auto start = std::chrono::steady_clock::now();
    double checksum = 0;
    for (const QStringList& v : inputs) {
        auto s = td::ScoringEngine::score(*phq9, v);
        if (s.ok() && s->total)
            checksum += *s->total;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("score %d PHQ-9 vectors: %.3f s (%.0f ns each, checksum %.0f)\n", vectors, seconds,
                seconds * 1e9 / vectors, checksum);

    const QString path = arg("--db", QString());
    if (path.isEmpty() || !QFileInfo::exists(path))
        return 0;
    auto db = td::Database::open(path);
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    auto catalog = td::InstrumentCatalog::load(**db);
    const auto t0 = std::chrono::steady_clock::now();
    auto check = td::ScoreRepository::verify(**db, *catalog);
    const double recompute =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!check.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(check.message()));
        return 1;
    }
    std::printf("recompute and compare every stored score: %lld assessments in %.2f s, %zu "
                "mismatches\n",
                static_cast<long long>(check->checked), recompute, check->mismatches.size());
    return 0;
}
