// libFuzzer target: any bytes given to the CDISC ODM import. The importer must refuse or import
// without crashing, hanging or leaking, and a refused file must leave the trial untouched.
// The trial (two sites, a baseline visit with PHQ-9 and HRSD-17, two participants, a therapy
// session) is created once per process in a temporary directory; the bytes are written to a
// temporary file for each input.

#include "access/UserRepository.h"
#include "common/Clock.h"
#include "exchange/OdmImport.h"
#include "participants/ParticipantRepository.h"
#include "sessions/SessionRepository.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Trial
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<td::Database> db;
    td::Actor coordinator;
    td::Actor assessor;
    QString input;
};

template <typename T> T must(td::Result<T> r, const char* what)
{
    if (!r.ok()) {
        std::fprintf(stderr, "fuzz set-up failed: %s: %s\n", what,
                     r.message().toLocal8Bit().constData());
        std::abort();
    }
    return std::move(r).value();
}

Trial& trial()
{
    static Trial t = [] {
        Trial s;
        static int argc = 1;
        static char name[] = "fuzz_odm_import";
        static char* argv[] = {name, nullptr};
        s.app = std::make_unique<QCoreApplication>(argc, argv);
        s.dir = std::make_unique<QTemporaryDir>();
        const QDateTime now(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);
        auto clock = std::make_shared<td::FixedClock>(now.addDays(-100));
        td::Database::Options options;
        options.clock = clock;
        s.db = must(td::Database::open(s.dir->filePath(QStringLiteral("fuzz.sqlite")), options),
                    "open");
        td::Database& db = *s.db;
        td::UserRepository users(db);
        const td::Actor admin =
            must(users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Admin"),
                                               td::Role::Administrator,
                                               QStringLiteral("Passord-fuzz-1")}),
                 "admin");
        auto make = [&](const char* user, td::Role role) {
            const QString n = QString::fromLatin1(user);
            const td::User u =
                must(users.create(admin, {n, n, role, QStringLiteral("Passord-fuzz-2")}), "user");
            return td::Actor{u.id, u.username, u.role};
        };
        s.coordinator = make("coordinator", td::Role::Coordinator);
        s.assessor = make("assessor", td::Role::BlindedAssessor);
        const td::Actor therapist = make("therapist1", td::Role::Therapist);

        td::ProtocolRepository protocol(db);
        td::Trial trial;
        trial.title = QStringLiteral("Fuzz trial");
        trial.acronym = QStringLiteral("FUZ");
        trial.targetSampleSize = 10;
        trial.recruitmentStart = now.date().addDays(-100);
        trial.recruitmentEnd = now.date().addDays(100);
        must(protocol.saveTrial(admin, trial), "trial");
        const qint64 site =
            must(protocol.addSite(admin, {0, QStringLiteral("OSL"), QStringLiteral("Oslo")}),
                 "site")
                .id;
        const qint64 arm = must(protocol.addArm(admin, {0,
                                                        QStringLiteral("CBT"),
                                                        QStringLiteral("CBT"),
                                                        1,
                                                        QStringLiteral("#1f77b4"),
                                                        16,
                                                        {{td::SessionKind::Regular, 16, 1}}}),
                                "arm")
                               .id;
        must(protocol.addTimePoint(admin,
                                   {0,
                                    QStringLiteral("baseline"),
                                    QStringLiteral("Baseline"),
                                    0,
                                    14,
                                    {{QStringLiteral("phq9"), td::Rater::SelfReport},
                                     {QStringLiteral("hrsd17"), td::Rater::BlindedClinician}}}),
             "time point");
        td::ParticipantRepository participants(db);
        for (int i = 0; i < 2; ++i) {
            const td::Participant p =
                must(participants.screen(s.coordinator, site, clock->today()), "screen");
            must(participants.markEligible(s.coordinator, p.id), "eligible");
            must(participants.recordConsent(s.coordinator, p.id, clock->today()), "consent");
            must(participants.assignTherapist(s.coordinator, p.id, therapist.userId), "therapist");
            must(participants.recordAllocation(s.coordinator, p.id, arm), "allocation");
            td::TherapySession session;
            session.participantId = p.id;
            session.date = clock->today();
            session.durationMinutes = 50;
            must(td::SessionRepository(db).record(therapist, session), "session");
        }
        clock->set(now);
        s.input = s.dir->filePath(QStringLiteral("input.xml"));
        return s;
    }();
    return t;
}

// The newest assessment and audit row: unchanged when nothing was written.
QString lastIds(td::Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM assessment), "
                                    "(SELECT COALESCE(MAX(id), 0) FROM audit_log)"));
    if (!q.ok() || !(*q)->next())
        std::abort();
    const QString ids = (*q)->value(0).toString() + QLatin1Char('/') + (*q)->value(1).toString();
    (*q)->finish();
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Trial& t = trial();
    {
        QFile f(t.input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    // Alternate the importer: with arms (sessions allowed) and blinded.
    const td::Actor& actor = (size % 2 == 0) ? t.coordinator : t.assessor;
    const QString before = lastIds(*t.db);
    auto report = td::OdmImport(*t.db).run(actor, t.input);
    if (!report.ok() || !report->ok()) {
        // Refused: nothing written, not even an audit row.
        if ((report.ok() && report->imported != 0) || lastIds(*t.db) != before)
            std::abort();
    }
    return 0;
}
