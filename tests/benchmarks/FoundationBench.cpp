// Prints the foundation's speed figures on a large demo trial:
//   generation of the trial, opening it ready for use (schema check, protocol, the registry
//   list), and saving one 21-item assessment with its audit rows (median of many saves).
// usage: trialdesk_bench [--participants N] [--db FILE] [--saves K]
// An existing --db file is reused (no generation figure); otherwise the trial is generated.

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "demo/DemoTrial.h"
#include "participants/ParticipantRepository.h"
#include "participants/ParticipantTableModel.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QString arg(const QStringList& args, const QString& name, const QString& fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int participants =
        arg(args, QStringLiteral("--participants"), QStringLiteral("10000")).toInt();
    const int saves = arg(args, QStringLiteral("--saves"), QStringLiteral("300")).toInt();
    QTemporaryDir dir;
    const QString path =
        arg(args, QStringLiteral("--db"), dir.filePath(QStringLiteral("bench.sqlite")));
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);

    if (!QFileInfo::exists(path)) {
        const auto start = Clock::now();
        auto db = td::Database::open(path);
        if (!db.ok())
            return fail(db.message());
        auto made = td::DemoTrial::create(**db, {participants, 7});
        if (!made.ok())
            return fail(made.message());
        std::printf("generate: %.1f s for %d participants, %d sessions, %d assessments, %lld item "
                    "values\n",
                    msSince(start) / 1000.0, made->participants, made->sessions, made->assessments,
                    static_cast<long long>(made->itemValues));
    }

    // Opening ready for use: connection, pragmas, schema check, sign-in lookup skipped (Argon2id
    // cost is a deliberate delay), protocol and the registry's full participant list.
    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        auto db = td::Database::open(path);
        if (!db.ok())
            return fail(db.message());
        auto coordinator = td::UserRepository(**db).list({0, {}, td::Role::Administrator});
        td::ParticipantTableModel model(**db,
                                        {2, QStringLiteral("coordinator"), td::Role::Coordinator});
        auto rows = model.reload();
        if (!rows.ok())
            return fail(rows.message());
        opens.push_back(msSince(start));
        if (i == 0)
            std::printf("registry rows: %d\n", *rows);
    }
    std::sort(opens.begin(), opens.end());
    std::printf("open ready for use: median %.1f ms (min %.1f, max %.1f, 5 runs)\n",
                opens[opens.size() / 2], opens.front(), opens.back());

    auto db = td::Database::open(path);
    if (!db.ok())
        return fail(db.message());
    const td::Actor coordinator{2, QStringLiteral("coordinator"), td::Role::Coordinator};
    auto list = td::ParticipantRepository(**db).list(coordinator);
    if (!list.ok() || list->empty())
        return fail(QStringLiteral("no participants"));
    td::AssessmentRepository repo(**db);
    // The same saves without and with the signed checkpoint each commit appends (issue 16):
    // first with no key on the keyring, then with the coordinator's key unlocked.
    auto run = [&](const char* what, int offset) -> int {
        std::vector<double> times;
        for (int i = offset; i < offset + saves; ++i) {
            td::Assessment a;
            a.participantId = (*list)[static_cast<std::size_t>(i) % list->size()].id;
            a.instrumentId = QStringLiteral("bdi2");
            a.date = (**db).clock().today();
            for (int item = 0; item < 21; ++item) {
                const int v = (i + item) % 4;
                // Items 16 and 18 record the direction of change with a non-zero answer.
                const bool lettered = (item == 15 || item == 17) && v != 0;
                a.items << QString::number(v) + (lettered ? QStringLiteral("a") : QString());
            }
            const auto start = Clock::now();
            auto saved = repo.save(coordinator, a);
            times.push_back(msSince(start));
            if (!saved.ok())
                return fail(saved.message());
        }
        std::sort(times.begin(), times.end());
        std::printf("save one 21-item assessment with audit rows, %s: median %.2f ms, p95 %.2f "
                    "ms (%d saves, synchronous=FULL)\n",
                    what, times[times.size() / 2], times[times.size() * 95 / 100], saves);
        return 0;
    };
    if (int failed = run("unsigned", 0))
        return failed;
    if (td::Status s = td::UserRepository(**db).unlockSigningKey(
            QStringLiteral("coordinator"), QString::fromLatin1(td::DemoTrial::password));
        !s.ok())
        return fail(s.message());
    if (int failed = run("signed checkpoint", saves))
        return failed;
    return 0;
}
