// The blinding adversary's figures (issue 15): makes demo trials and prints, per source (the
// assessor's window data and each blinded export format), the best accuracy of predicting the
// arm beside always guessing the largest arm; then the same on the unblinded exports, the
// control that shows what a leak looks like. tests/core/BlindingAdversaryTest runs it as a test.
// usage: trialdesk_blinding_adversary [--participants N] [--seeds S1,S2,...] [--all]

#include "BlindingAdversary.h"

#include "access/PasswordHasher.h"
#include "demo/DemoTrial.h"
#include "instruments/TrialDatabase.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace td;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int people = arg("--participants", QStringLiteral("600")).toInt();
    const bool all = args.contains(QStringLiteral("--all"));
    QTemporaryDir dir;
    for (const QString& seedText : arg("--seeds", QStringLiteral("1,2,3")).split(u',')) {
        const QString path = dir.filePath(QStringLiteral("demo-%1.sqlite").arg(seedText));
        auto opened = openTrialDatabase(path);
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
            return 1;
        }
        Database& db = **opened;
        auto made = DemoTrial::create(db, {people, seedText.toULongLong()});
        if (!made.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(made.message()));
            return 1;
        }
        for (const bool blinded : {true, false}) {
            const QString work = dir.filePath(QStringLiteral("%1-%2").arg(seedText).arg(blinded));
            QDir().mkpath(work);
            auto r = tdadv::attack(db, work, blinded);
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                return 1;
            }
            std::printf("seed %s, %s: %d randomized, largest arm %.1f%%\n", qPrintable(seedText),
                        blinded ? "blinded" : "UNBLINDED control (arm column ignored)",
                        r->randomized, r->baseline);
            for (const QString& source : r->sources()) {
                std::printf("  %-10s best feature %+5.1f points\n", qPrintable(source),
                            r->margin(source));
                if (all)
                    for (const tdadv::FeatureAccuracy& f : r->features)
                        if (f.source == source)
                            std::printf("      %-38s %5.1f%%\n", f.feature.c_str(), f.accuracy);
            }
            for (const QString& refused : r->refused)
                std::printf("  refused   %s\n", qPrintable(refused));
            for (const QString& leak : r->leaks)
                std::printf("  LEAK      %s\n", qPrintable(leak));
        }
    }
    return 0;
}
