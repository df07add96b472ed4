// Prints the randomization's speed figures (run by hand; never asserted by unit tests):
//   one allocation with its audit rows (median and 95th percentile over many), for permuted
//   blocks and for minimization, in a fresh trial and after many earlier allocations;
//   simulating 1,000,000 allocations without a database, for both methods.
// usage: trialdesk_randomization_bench [--allocations N] [--simulate N]

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "participants/ParticipantRepository.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Randomizer.h"
#include "randomization/Simulation.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace td;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

QString arg(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

struct Trial
{
    std::unique_ptr<Database> db;
    Actor coordinator;
    std::vector<qint64> consented;
};

// Two sites, arms 3:2:1, site and age-band factors; `count` consented participants.
Result<Trial> makeTrial(const QString& path, RandomizationMethod method, int count)
{
    auto db = Database::open(path);
    TD_TRY(db);
    Trial t{std::move(db).value(), {}, {}};
    Database& d = *t.db;
    UserRepository users(d);
    auto admin =
        users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Admin"),
                                      Role::Administrator, QStringLiteral("Passord-bench-1")});
    TD_TRY(admin);
    auto make = [&](const char* name, Role role) -> Result<Actor> {
        auto u = users.create(*admin, {QString::fromLatin1(name), QString::fromLatin1(name), role,
                                       QStringLiteral("Passord-bench-1")});
        TD_TRY(u);
        return Actor{u->id, u->username, u->role};
    };
    auto statistician = make("statistician", Role::Statistician);
    TD_TRY(statistician);
    auto coordinator = make("coordinator", Role::Coordinator);
    TD_TRY(coordinator);
    t.coordinator = *coordinator;
    ProtocolRepository protocol(d);
    TD_TRY(protocol.saveTrial(
        *admin, {0, QStringLiteral("Bench"), QStringLiteral("BEN"), count, {}, {}, false}));
    const QDate today = d.clock().today();
    std::vector<qint64> sites;
    for (const char* code : {"OSL", "BRG"}) {
        auto s =
            protocol.addSite(*admin, {0, QString::fromLatin1(code), QString::fromLatin1(code)});
        TD_TRY(s);
        sites.push_back(s->id);
    }
    int weight = 3;
    for (const char* code : {"A", "B", "C"}) {
        TD_TRY(protocol.addArm(*admin, {0,
                                        QString::fromLatin1(code),
                                        QString::fromLatin1(code),
                                        weight--,
                                        QStringLiteral("#000000"),
                                        12,
                                        {}}));
    }
    auto site = protocol.addStratFactor(
        *admin, {0, QStringLiteral("site"), QStringLiteral("Site"), StratSource::Site, {}, {}});
    TD_TRY(site);
    auto age = protocol.addStratFactor(*admin, {0,
                                                QStringLiteral("age"),
                                                QStringLiteral("Age"),
                                                StratSource::Covariate,
                                                QStringLiteral("age"),
                                                {40}});
    TD_TRY(age);
    RandomizationSettings s;
    s.method = method;
    s.blockLengths = {6, 12};
    s.factors = {{site->id, 1.0}, {age->id, 1.0}};
    TD_TRY(RandomizationSettingsRepository(d).save(*statistician, s,
                                                   SignWith{QStringLiteral("Passord-bench-1")}));
    if (method == RandomizationMethod::PermutedBlocks)
        TD_TRY(AllocationListRepository(d).generate(*statistician,
                                                    SignWith{QStringLiteral("Passord-bench-1")}));
    ParticipantRepository participants(d);
    Transaction tx(d);
    TD_TRY(tx.status());
    for (int i = 0; i < count; ++i) {
        auto p = participants.screen(t.coordinator, sites[static_cast<std::size_t>(i % 2)], today);
        TD_TRY(p);
        TD_TRY(participants.markEligible(t.coordinator, p->id));
        TD_TRY(participants.recordConsent(t.coordinator, p->id, today));
        TD_TRY(participants.setCovariates(t.coordinator, p->id, {25 + i % 40, {}, {}, {}}));
        t.consented.push_back(p->id);
    }
    TD_TRY(tx.commit());
    return t;
}

// Allocates everyone, one transaction each (as the coordinator would); prints the figures of
// the first `window` and the last `window` allocations.
int benchAllocation(const QString& dir, RandomizationMethod method, int count)
{
    const QString name = randomizationMethodKey(method);
    auto trial =
        makeTrial(dir + QStringLiteral("/") + name + QStringLiteral(".sqlite"), method, count);
    if (!trial.ok())
        return fail(trial.message());
    Randomizer randomizer(*trial->db);
    std::vector<double> ms;
    for (qint64 id : trial->consented) {
        const auto start = Clock::now();
        auto a = randomizer.allocate(trial->coordinator, id);
        ms.push_back(msSince(start));
        if (!a.ok())
            return fail(a.message());
    }
    auto report = [&](const char* label, std::vector<double> part) {
        std::sort(part.begin(), part.end());
        std::printf("allocate (%s, %s): median %.2f ms, 95th percentile %.2f ms over %zu\n",
                    qPrintable(name), label, part[part.size() / 2], part[part.size() * 95 / 100],
                    part.size());
    };
    const std::size_t window = std::min<std::size_t>(ms.size(), 200);
    report("first", std::vector<double>(ms.begin(), ms.begin() + static_cast<long>(window)));
    report("last", std::vector<double>(ms.end() - static_cast<long>(window), ms.end()));
    return 0;
}

int benchSimulation(SimulationSpec::Method method, std::int64_t n)
{
    SimulationSpec spec;
    spec.method = method;
    spec.ratios = {3, 2, 1};
    spec.blockLengths = {6, 12};
    if (method == SimulationSpec::Method::Minimization)
        spec.blockLengths.clear();
    spec.levels = {4, 2};
    spec.participants = n;
    spec.seed = 42;
    std::int64_t checksum = 0;
    const auto start = Clock::now();
    const Status s =
        Simulation::run(spec, [&](const SimulatedAllocation& a) { checksum += a.arm; });
    const double ms = msSince(start);
    if (!s.ok())
        return fail(s.message());
    std::printf("simulate (%s): %lld allocations in %.0f ms (checksum %lld)\n",
                method == SimulationSpec::Method::Blocks ? "block" : "minimization",
                static_cast<long long>(n), ms, static_cast<long long>(checksum));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int allocations =
        arg(args, QStringLiteral("--allocations"), QStringLiteral("2000")).toInt();
    const std::int64_t simulated =
        arg(args, QStringLiteral("--simulate"), QStringLiteral("1000000")).toLongLong();
    PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    int rc = 0;
    rc |= benchAllocation(dir.path(), RandomizationMethod::PermutedBlocks, allocations);
    rc |= benchAllocation(dir.path(), RandomizationMethod::Minimization, allocations);
    rc |= benchSimulation(SimulationSpec::Method::Blocks, simulated);
    rc |= benchSimulation(SimulationSpec::Method::Minimization, simulated);
    return rc;
}
