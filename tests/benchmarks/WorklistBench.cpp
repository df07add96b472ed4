// Prints the worklist timings of the coordinator and the blinded assessor on a trial database
// (issue 14: each under 150 ms on the 10,000-participant demo made by
// `trialdesk-cli demo --participants 10000 --unencrypted`), beside `sqlite3` reading the rows the
// worklist reads (the participants and the visit records) in the same run. Work on a copy: opening
// a database brings its schema up to date. usage: trialdesk_worklist_bench --db FILE [--runs N]

#include "BenchSupport.h"
#include "worklists/Worklist.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>

using td::bench::time;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto opened = td::bench::openTrial("trialdesk_worklist_bench");
    if (!opened)
        return 2;
    td::Database& trial = *opened->db;
    const int runs = opened->runs;
    const td::Actor coordinator =
        td::bench::firstUser(trial, td::Role::Coordinator, "coordinator", "coordinator");
    const td::Actor assessor =
        td::bench::firstUser(trial, td::Role::BlindedAssessor, "blinded_assessor", "assessor");
    const td::Actor pi = td::bench::firstUser(trial, td::Role::PrincipalInvestigator,
                                              "principal_investigator", "pi");
    const QDate today = trial.clock().today();
    std::size_t counts[3] = {0, 0, 0};
    int i = 0;
    for (const td::Actor* who : {&coordinator, &assessor, &pi}) {
        const QByteArray label = QByteArrayLiteral("worklist ") + who->username.toUtf8();
        std::size_t& n = counts[i++];
        time(label.constData(), runs, [&] {
            auto items = td::Worklist(trial).forActor(*who, today);
            n = items.ok() ? items->size() : 0;
            return items.ok();
        });
    }
    std::printf("tasks: coordinator %zu, assessor %zu, pi %zu (target: < 150 ms each)\n", counts[0],
                counts[1], counts[2]);

    // The reference: sqlite3 reading the same rows (best of the runs, process start included).
    qint64 best = -1;
    for (int run = 0; run <= runs; ++run) {
        QProcess sqlite;
        QElapsedTimer t;
        t.start();
        sqlite.start(
            QStringLiteral("sqlite3"),
            {opened->path,
             QStringLiteral("SELECT COUNT(*) FROM (SELECT id, study_id, site_id, "
                            "status, consent_date, randomized_at, arm_id FROM "
                            "participant); SELECT COUNT(*) FROM (SELECT participant_id, "
                            "time_point_id, instrument_id FROM assessment WHERE removed "
                            "= 0 AND status = 'complete' AND time_point_id IS NOT NULL)")});
        if (!sqlite.waitForFinished(60000) || sqlite.exitCode() != 0) {
            std::printf("sqlite3 reference: not available (%s)\n",
                        qPrintable(sqlite.errorString()));
            return 0;
        }
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::printf("sqlite3 reading the same rows: best %lld ms\n", static_cast<long long>(best));
    return 0;
}
