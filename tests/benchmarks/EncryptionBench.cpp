// trialdesk_encryption_bench [--participants N] [--rounds R]
//
// What encryption at rest (docs/encryption.md) costs: the same work on a plain and on an
// encrypted demo trial in the same run, alternating, R rounds (default 3) of each: creating the
// demo (N participants, default 2000; the figure is 10000), saving 50 assessments (the
// median save), the PI dashboard (all figures), the long CSV export and a backup. Prints each
// figure of each round (the dashboard 5 and the export 3 times a round) and the ratio of the
// medians (encrypted / plain).

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "demo/DemoTrial.h"
#include "exchange/BackupService.h"
#include "exchange/ExportFormats.h"
#include "exchange/ExportService.h"
#include "participants/ParticipantRepository.h"
#include "reporting/Dashboard.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

int fail(const QString& message)
{
    std::fprintf(stderr, "encryption bench: %s\n", qPrintable(message));
    return 1;
}

td::Result<std::unique_ptr<td::Database>> openDemo(const QString& path, bool encrypted)
{
    td::Database::Options options;
    options.mode = td::OpenMode::Upgrade;
    if (encrypted) {
        options.user = QStringLiteral("admin");
        options.password = QString::fromLatin1(td::DemoTrial::password);
    }
    return td::Database::open(path, options);
}

// One round of every figure on one kind of file; the figures go into `out`.
td::Status round(const QString& dir, bool encrypted, int participants,
                 std::map<std::string, std::vector<double>>& out)
{
    const QString path =
        dir + (encrypted ? QStringLiteral("/enc.sqlite") : QStringLiteral("/plain.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto start = Clock::now();
    {
        td::Database::Options options;
        options.encrypt = encrypted;
        auto db = td::Database::open(path, options);
        TD_TRY(db);
        TD_TRY(td::DemoTrial::create(**db, {participants, 7}));
    }
    out["demo creation"].push_back(msSince(start));

    auto db = openDemo(path, encrypted);
    TD_TRY(db);
    td::UserRepository users(**db);
    auto coordinator =
        users.login(QStringLiteral("coordinator"), QString::fromLatin1(td::DemoTrial::password));
    TD_TRY(coordinator);
    auto list = td::ParticipantRepository(**db).list(*coordinator);
    TD_TRY(list);
    td::AssessmentRepository repo(**db);
    std::vector<double> saves;
    for (int i = 0; i < 50; ++i) {
        td::Assessment a;
        a.participantId = (*list)[static_cast<std::size_t>(i * 7) % list->size()].id;
        a.instrumentId = QStringLiteral("bdi2");
        a.date = (**db).clock().today();
        for (int item = 0; item < 21; ++item) {
            const int v = (i + item) % 4;
            const bool lettered = (item == 15 || item == 17) && v != 0;
            a.items << QString::number(v) + (lettered ? QStringLiteral("a") : QString());
        }
        start = Clock::now();
        auto saved = repo.save(*coordinator, a);
        saves.push_back(msSince(start));
        TD_TRY(saved);
    }
    out["assessment save (median of 50)"].push_back(median(saves));

    auto pi = users.login(QStringLiteral("pi"), QString::fromLatin1(td::DemoTrial::password));
    TD_TRY(pi);
    // Repeated within the round (the first read is the cold one), so each round gives a range.
    td::Dashboard dashboard(**db);
    for (int i = 0; i < 5; ++i) {
        start = Clock::now();
        TD_TRY(dashboard.all(*pi));
        out["dashboard (all figures)"].push_back(msSince(start));
    }

    auto statistician =
        users.login(QStringLiteral("statistician"), QString::fromLatin1(td::DemoTrial::password));
    TD_TRY(statistician);
    const QString csv = dir + QStringLiteral("/long.csv");
    for (int i = 0; i < 3; ++i) {
        QFile::remove(csv);
        start = Clock::now();
        TD_TRY(td::ExportService(**db).exportTo(*statistician,
                                                *td::ExportFormats::find(u"csv-long"), csv));
        out["long CSV export"].push_back(msSince(start));
    }
    QFile::remove(csv);

    // A backup (an encrypted trial's is encrypted under its key: docs/encryption.md).
    auto admin = users.login(QStringLiteral("admin"), QString::fromLatin1(td::DemoTrial::password));
    TD_TRY(admin);
    const QString backup = dir + QStringLiteral("/backup.sqlite");
    QFile::remove(backup);
    QFile::remove(backup + QStringLiteral(".manifest.json"));
    start = Clock::now();
    TD_TRY(td::BackupService::backup(**db, *admin, backup));
    out["backup (written and verified)"].push_back(msSince(start));
    QFile::remove(backup);
    QFile::remove(backup + QStringLiteral(".manifest.json"));
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int participants = 2000;
    int rounds = 3;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--participants"))
            participants = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--rounds"))
            rounds = args[i + 1].toInt();
    }
    if (participants < 1 || rounds < 1)
        return fail(QStringLiteral("usage: trialdesk_encryption_bench [--participants N] "
                                   "[--rounds R]"));
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    QTemporaryDir dir;
    std::map<std::string, std::vector<double>> plain;
    std::map<std::string, std::vector<double>> encrypted;
    for (int r = 0; r < rounds; ++r) {
        if (td::Status s = round(dir.path(), false, participants, plain); !s.ok())
            return fail(s.message());
        if (td::Status s = round(dir.path(), true, participants, encrypted); !s.ok())
            return fail(s.message());
    }
    std::printf("%d participants, %d rounds, plain and encrypted alternating (ms)\n", participants,
                rounds);
    for (const auto& [label, values] : plain) {
        const std::vector<double>& enc = encrypted[label];
        std::printf("%-32s plain", label.c_str());
        for (double v : values)
            std::printf(" %8.2f", v);
        std::printf("   encrypted");
        for (double v : enc)
            std::printf(" %8.2f", v);
        const double ratio = median(enc) / std::max(median(values), 1e-9);
        std::printf("   median ratio %.2f (%+.0f%%)\n", ratio, (ratio - 1) * 100);
    }
    return 0;
}
