// Prints the timings of the open-query list and the missing-forms list (issue 19: each under
// 200 ms on the 10,000-participant demo made by `trialdesk-cli demo --participants 10000
// --unencrypted`), for the PI and a coordinator, beside `sqlite3` reading the rows they read in the
// same run. A trial with fewer than 2,000 queries first gets queries raised by the PI on baseline
// PHQ-9 items (one transaction). Work on a copy: opening a database brings its schema up to date.
// usage: trialdesk_data_quality_bench --db FILE [--runs N]

#include "BenchSupport.h"
#include "quality/DataQuery.h"
#include "quality/MissingForms.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>

using td::bench::time;

namespace {
// Raises queries on baseline PHQ-9 items until the trial holds `wanted`.
bool seedQueries(td::Database& db, const td::Actor& pi, int wanted)
{
    auto have = db.scalar(QStringLiteral("SELECT COUNT(*) FROM data_query"));
    if (!have.ok())
        return false;
    int missing = wanted - have->toInt();
    if (missing <= 0)
        return true;
    std::vector<std::pair<qint64, qint64>> forms;
    auto q = db.exec(QStringLiteral(
        "SELECT a.participant_id, a.time_point_id FROM assessment a JOIN time_point t ON t.id = "
        "a.time_point_id WHERE a.instrument_id = 'phq9' AND t.week_offset = 0 AND a.removed = 0 "
        "ORDER BY a.id"));
    if (!q.ok())
        return false;
    while ((*q)->next())
        forms.emplace_back((*q)->value(0).toLongLong(), (*q)->value(1).toLongLong());
    (*q)->finish();
    td::Transaction tx(db);
    td::DataQueries queries(db);
    for (std::size_t i = 0; missing > 0 && !forms.empty(); ++i, --missing) {
        const auto& [participant, visit] = forms[i % forms.size()];
        auto raised = queries.raise(
            pi, {participant, visit, QStringLiteral("phq9"), static_cast<int>(1 + i % 9)},
            QStringLiteral("Please check this item against the paper form."));
        if (!raised.ok()) {
            std::printf("raising: %s\n", qPrintable(raised.message()));
            return false;
        }
    }
    return tx.commit().ok();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto opened = td::bench::openTrial("trialdesk_data_quality_bench");
    if (!opened)
        return 2;
    td::Database& trial = *opened->db;
    const int runs = opened->runs;
    const td::Actor coordinator =
        td::bench::firstUser(trial, td::Role::Coordinator, "coordinator", "coordinator");
    const td::Actor pi = td::bench::firstUser(trial, td::Role::PrincipalInvestigator,
                                              "principal_investigator", "pi");
    QElapsedTimer seeding;
    seeding.start();
    if (!seedQueries(trial, pi, 2000))
        return 1;
    std::printf("queries in the trial: %lld (made in %lld ms)\n",
                static_cast<long long>(
                    trial.scalar(QStringLiteral("SELECT COUNT(*) FROM data_query"))->toLongLong()),
                static_cast<long long>(seeding.elapsed()));
    const QDate today = trial.clock().today();
    for (const td::Actor* who : {&pi, &coordinator}) {
        std::size_t open = 0, missing = 0;
        const QByteArray queries = QByteArrayLiteral("open queries ") + who->username.toUtf8();
        time(queries.constData(), runs, [&] {
            auto list = td::DataQueries(trial).list(*who, {true, 0});
            open = list.ok() ? list->size() : 0;
            return list.ok();
        });
        const QByteArray forms = QByteArrayLiteral("missing forms ") + who->username.toUtf8();
        time(forms.constData(), runs, [&] {
            auto report = td::MissingForms(trial).report(*who, today);
            missing = report.ok() ? report->forms.size() : 0;
            return report.ok();
        });
        std::printf("%s: %zu open queries, %zu missing forms (target: < 200 ms each)\n",
                    qPrintable(who->username), open, missing);
    }

    // The reference: sqlite3 reading the same rows (best of the runs, process start included).
    qint64 best = -1;
    for (int run = 0; run <= runs; ++run) {
        QProcess sqlite;
        QElapsedTimer t;
        t.start();
        sqlite.start(
            QStringLiteral("sqlite3"),
            {opened->path,
             QStringLiteral("SELECT COUNT(*) FROM (SELECT q.*, s.text FROM data_query q JOIN "
                            "data_query_step s ON s.query_id = q.id WHERE q.status <> "
                            "'closed'); SELECT COUNT(*) FROM (SELECT id, study_id, site_id, "
                            "status, consent_date, randomized_at, arm_id FROM participant); "
                            "SELECT COUNT(*) FROM (SELECT participant_id, time_point_id, "
                            "instrument_id FROM assessment WHERE removed = 0 AND status = "
                            "'complete' AND time_point_id IS NOT NULL)")});
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
