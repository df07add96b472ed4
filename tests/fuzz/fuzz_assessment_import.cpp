// libFuzzer harness for AssessmentImport: any file is either refused with problems (and then
// nothing was written) or imported whole. Every input runs against the same small trial: the
// import runs inside an outer transaction that is rolled back afterwards.

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "exchange/AssessmentImport.h"
#include "participants/ParticipantRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_assessment_import: %s\n", what);
        std::abort();
    }
}

template <typename T> T must(td::Result<T> r, const char* what)
{
    if (!r.ok()) {
        std::fprintf(stderr, "set-up failed: %s: %s\n", what, qPrintable(r.message()));
        std::abort();
    }
    return std::move(r).value();
}

struct Trial
{
    QTemporaryDir dir;
    std::unique_ptr<td::Database> db;
    td::Actor coordinator;
    td::Actor assessor;
};

Trial* trial = nullptr;

// Users, a site, two visits (baseline: PHQ-9 and HRSD-17; w8: PHQ-9, GAD-7, BDI-II) and three
// screened participants OSL-001..OSL-003, as in the seed corpus.
void createTrial()
{
    trial = new Trial;
    td::PasswordHasher::setCost(td::PasswordHasher::Cost::Minimal);
    trial->db =
        must(td::Database::open(trial->dir.filePath(QStringLiteral("fuzz.sqlite"))), "open");
    td::Database& db = *trial->db;
    td::UserRepository users(db);
    const td::Actor admin = must(
        users.bootstrapAdministrator({QStringLiteral("admin"), QStringLiteral("Admin"),
                                      td::Role::Administrator, QStringLiteral("Passord-fuzz-3")}),
        "admin");
    auto make = [&](const char* name, td::Role role) {
        const td::User u =
            must(users.create(admin, {QString::fromLatin1(name), QString::fromLatin1(name), role,
                                      QStringLiteral("Passord-fuzz-3")}),
                 "user");
        return td::Actor{u.id, u.username, u.role};
    };
    trial->coordinator = make("coordinator", td::Role::Coordinator);
    trial->assessor = make("assessor", td::Role::BlindedAssessor);
    td::ProtocolRepository protocol(db);
    td::Trial t;
    t.title = QStringLiteral("Fuzz");
    t.acronym = QStringLiteral("FZ");
    t.targetSampleSize = 10;
    t.recruitmentStart = QDate(2020, 1, 1);
    t.recruitmentEnd = QDate(2030, 1, 1);
    must(protocol.saveTrial(admin, t), "trial");
    const qint64 site =
        must(protocol.addSite(admin, {0, QStringLiteral("OSL"), QStringLiteral("Oslo")}), "site")
            .id;
    must(protocol.addTimePoint(admin, {0,
                                       QStringLiteral("baseline"),
                                       QStringLiteral("Baseline"),
                                       0,
                                       14,
                                       {{QStringLiteral("phq9"), td::Rater::SelfReport},
                                        {QStringLiteral("hrsd17"), td::Rater::BlindedClinician}}}),
         "baseline");
    must(protocol.addTimePoint(admin, {0,
                                       QStringLiteral("w8"),
                                       QStringLiteral("Week 8"),
                                       8,
                                       7,
                                       {{QStringLiteral("phq9"), td::Rater::SelfReport},
                                        {QStringLiteral("gad7"), td::Rater::SelfReport},
                                        {QStringLiteral("bdi2"), td::Rater::SelfReport}}}),
         "w8");
    td::ParticipantRepository participants(db);
    for (int i = 0; i < 3; ++i)
        must(participants.screen(trial->coordinator, site, QDate(2024, 1, 10)), "screen");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    createTrial();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    td::Database& db = *trial->db;
    // Now and then the blinded assessor, to whom other rules apply.
    const td::Actor& actor = size % 5 == 0 ? trial->assessor : trial->coordinator;
    td::Transaction outer(db);
    check(outer.status().ok(), "outer transaction");
    const auto count = [&db] {
        return must(db.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment")), "count")
            .toLongLong();
    };
    const qint64 before = count();
    auto report = td::AssessmentImport(db).runData(actor, bytes, QStringLiteral("fuzz.csv"));
    check(report.ok(), "the import failed instead of reporting problems");
    const qint64 written = count() - before;
    if (report->ok()) {
        check(report->imported == report->records, "a clean file was not imported whole");
        check(written == report->imported, "imported rows are not in the database");
    } else {
        check(report->imported == 0, "a refused file reports imported rows");
        check(written == 0, "a refused file wrote rows");
        for (const td::ImportProblem& p : report->problems)
            check(p.line >= 0 && !p.reason.isEmpty(), "a problem without line or reason");
    }
    return 0; // `outer` rolls back: the next input meets the same trial
}
