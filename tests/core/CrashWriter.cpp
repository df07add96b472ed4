// trialdesk_crash_writer DBFILE
// trialdesk_crash_writer encrypted DBFILE
// trialdesk_crash_writer hold-lock DBFILE
//
// The writer half of the crash test (CrashTest.cpp): sets up a trial (administrator,
// coordinator, one site), then screens participants forever, 20 per transaction. After each
// commit it prints the batch number on its own line and flushes, so the test knows which
// batches were committed before it kills the process with SIGKILL.
//
// encrypted: the same in an encrypted trial (docs/encryption.md); a trial it made before (and
// was killed in) is opened with the administrator's password and screened on.
//
// hold-lock: opens an existing trial, begins a write transaction, prints "locked" and holds
// the lock until its standard input closes (SafeFilesTest: the message names this process).

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

using namespace td;

namespace {

constexpr int batchSize = 20;

int fail(const char* what, const QString& message)
{
    std::fprintf(stderr, "crash writer: %s: %s\n", what, qPrintable(message));
    return 1;
}

// Screens participants in batches until killed.
int screen(Database& db, const Actor& coordinator, qint64 siteId);
// An encrypted trial made by an earlier run: signs in and screens on.
int screenOn(Database& db, UserRepository& users);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == QStringLiteral("hold-lock")) {
        Database::Options options;
        options.mode = OpenMode::Upgrade;
        auto held = Database::open(args[2], options);
        if (!held.ok())
            return fail("open", held.message());
        Transaction tx(**held);
        if (!tx.status().ok())
            return fail("begin", tx.status().message());
        std::printf("locked\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
        return 0;
    }
    const bool encrypted = args.size() == 3 && args[1] == QStringLiteral("encrypted");
    if (args.size() != 2 && !encrypted) {
        std::fprintf(stderr, "usage: trialdesk_crash_writer [hold-lock|encrypted] DBFILE\n");
        return 2;
    }
    PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    Database::Options options;
    options.encrypt = encrypted;
    const QString file = args.last();
    const bool again = encrypted && QFileInfo::exists(file);
    if (again) {
        options.mode = OpenMode::Upgrade;
        options.user = QStringLiteral("admin");
        options.password = QStringLiteral("Krasj-passord-1");
    }
    auto opened = Database::open(file, options);
    if (!opened.ok())
        return fail("open", opened.message());
    Database& db = **opened;

    UserRepository users(db);
    if (again)
        return screenOn(db, users);
    auto admin =
        users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Administrator"),
                                      Role::Administrator, QStringLiteral("Krasj-passord-1")});
    if (!admin.ok())
        return fail("bootstrap", admin.message());
    auto coordinatorUser =
        users.create(*admin, {QStringLiteral("coordinator"), QStringLiteral("Coordinator"),
                              Role::Coordinator, QStringLiteral("Krasj-passord-2")});
    if (!coordinatorUser.ok())
        return fail("coordinator", coordinatorUser.message());
    const Actor coordinator{coordinatorUser->id, coordinatorUser->username, coordinatorUser->role};

    ProtocolRepository protocol(db);
    Trial trial;
    trial.title = QStringLiteral("Crash test trial");
    trial.acronym = QStringLiteral("CRASH");
    trial.targetSampleSize = 1000000;
    if (auto t = protocol.saveTrial(*admin, trial); !t.ok())
        return fail("trial", t.message());
    auto site = protocol.addSite(*admin, {0, QStringLiteral("OSL"), QStringLiteral("Oslo")});
    if (!site.ok())
        return fail("site", site.message());

    return screen(db, coordinator, site->id);
}

namespace {

int screen(Database& db, const Actor& coordinator, qint64 siteId)
{
    ParticipantRepository participants(db);
    for (long long batch = 1;; ++batch) {
        Transaction tx(db);
        if (!tx.status().ok())
            return fail("begin", tx.status().message());
        for (int i = 0; i < batchSize; ++i) {
            auto p = participants.screen(coordinator, siteId, db.clock().today());
            if (!p.ok())
                return fail("screen", p.message());
        }
        if (const Status s = tx.commit(); !s.ok())
            return fail("commit", s.message());
        std::printf("%lld\n", batch);
        std::fflush(stdout);
    }
}

int screenOn(Database& db, UserRepository& users)
{
    auto admin = users.login(QStringLiteral("admin"), QStringLiteral("Krasj-passord-1"));
    if (!admin.ok())
        return fail("sign in", admin.message());
    auto coordinator =
        users.login(QStringLiteral("coordinator"), QStringLiteral("Krasj-passord-2"));
    if (!coordinator.ok())
        return fail("coordinator", coordinator.message());
    auto site = db.scalar(QStringLiteral("SELECT id FROM site WHERE code = 'OSL'"));
    if (!site.ok())
        return fail("site", site.message());
    return screen(db, *coordinator, site->toLongLong());
}

} // namespace
