// Prints the export speed figures on a demo trial file (e.g. one made with
// `trialdesk-cli demo --db /tmp/x.sqlite --participants 10000 --unencrypted`):
//   the long CSV export against `sqlite3 -csv` writing the same joined rows (and the ratio),
//   and the time and peak resident memory of the SAV and the ODM exports (each export's own
//   peak: VmHWM is reset through /proc/self/clear_refs before it, where the kernel allows).
// usage: trialdesk_export_bench --db FILE
// The file is copied to a temporary folder first: exports write audit rows, and the given file
// is never modified.

#include "access/UserRepository.h"
#include "demo/DemoTrial.h"
#include "exchange/ExportService.h"
#include "exchange/ExportSource.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

// The peak resident set since the last resetPeak() (VmHWM), in MB; -1 when unknown.
long hwmMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    return -1;
}

// Resets VmHWM to the current resident set (Linux >= 4.0); false when not allowed.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--db"));
    if (i < 0 || i + 1 >= args.size() || !QFileInfo(args[i + 1]).isFile())
        return fail(QStringLiteral("usage: trialdesk_export_bench --db FILE (an existing demo "
                                   "trial; it is copied, never modified)"));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFile::copy(args[i + 1], copy))
        return fail(QStringLiteral("cannot copy %1").arg(args[i + 1]));
    auto db = td::Database::open(copy);
    if (!db.ok())
        return fail(db.message());
    auto actor = td::UserRepository(**db).login(QStringLiteral("statistician"),
                                                QString::fromLatin1(td::DemoTrial::password));
    if (!actor.ok())
        return fail(actor.message());
    td::ExportService service(**db);
    std::printf("peak RSS before exports: %ld MB\n", peakRssMb());

    const bool resettable = resetPeak();
    QElapsedTimer t;
    t.start();
    auto sav = service.exportTo(*actor, *td::ExportFormats::find(u"sav"),
                                dir.filePath(QStringLiteral("w.sav")));
    if (!sav.ok())
        return fail(sav.message());
    std::printf("SAV export: %lld participants in %lld ms, %lld MB file, peak RSS %ld MB\n",
                static_cast<long long>(sav->rows), static_cast<long long>(t.elapsed()),
                static_cast<long long>(QFileInfo(sav->path).size() >> 20), peakRssMb());

    const long beforeOdm = hwmMb();
    resetPeak();
    t.restart();
    auto odm = service.exportTo(*actor, *td::ExportFormats::find(u"odm"),
                                dir.filePath(QStringLiteral("t.xml")));
    if (!odm.ok())
        return fail(odm.message());
    std::printf("ODM export: %lld forms in %lld ms, %lld MB file, peak RSS %ld MB%s (SAV %ld MB; "
                "target < 200 MB)\n",
                static_cast<long long>(odm->rows), static_cast<long long>(t.elapsed()),
                static_cast<long long>(QFileInfo(odm->path).size() >> 20), hwmMb(),
                resettable ? "" : " (not reset: includes the SAV export)", beforeOdm);
    QFile::remove(odm->path);

    t.restart();
    auto longCsv = service.exportTo(*actor, *td::ExportFormats::find(u"csv-long"),
                                    dir.filePath(QStringLiteral("long.csv")));
    if (!longCsv.ok())
        return fail(longCsv.message());
    const qint64 ours = t.elapsed();
    std::printf("long CSV export: %lld rows in %lld ms (%lld MB)\n",
                static_cast<long long>(longCsv->rows), static_cast<long long>(ours),
                static_cast<long long>(QFileInfo(longCsv->path).size() >> 20));

    db.value().reset();
    QProcess sqlite;
    sqlite.setStandardOutputFile(dir.filePath(QStringLiteral("sqlite3.csv")));
    t.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"),
                  copy, td::ExportSource(td::Disclosure::unblinded()).assessments()});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        return fail(QStringLiteral("sqlite3 failed: %1")
                        .arg(QString::fromLocal8Bit(sqlite.readAllStandardError())));
    const qint64 theirs = t.elapsed();
    std::printf("sqlite3 -csv, same joined rows: %lld ms (%lld MB)\n",
                static_cast<long long>(theirs),
                static_cast<long long>(
                    QFileInfo(dir.filePath(QStringLiteral("sqlite3.csv"))).size() >> 20));
    std::printf("ratio long CSV / sqlite3: %.2f (target <= 2)\n",
                theirs > 0 ? static_cast<double>(ours) / static_cast<double>(theirs) : 0.0);
    std::printf("peak RSS at the end: %ld MB\n", peakRssMb());
    return 0;
}
