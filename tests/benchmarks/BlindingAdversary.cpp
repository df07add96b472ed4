// The blinding adversary (issue 15's measure, a first version): makes demo trials, collects
// what the blinded assessor reads through the core (participant list and status, dates,
// visit timeline states, assessments and their raters, alerts), and tries to predict each
// randomized participant's arm from it. A lookup table per feature is learnt on half the
// participants and tested on the other half; its accuracy is printed beside always guessing
// the largest arm. Blinding holds when the accuracy stays within a few points of that.
// usage: trialdesk_blinding_adversary [--participants N] [--seeds S1,S2,...]

#include "access/PasswordHasher.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "demo/DemoTrial.h"
#include "instruments/TrialDatabase.h"
#include "outcomes/AlertRepository.h"
#include "participants/ParticipantRepository.h"
#include "visits/VisitTimeline.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <map>
#include <string>

using namespace td;

namespace {

Actor firstUser(Database& db, Role role)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM users WHERE role = ? ORDER BY id LIMIT 1"),
                        {Roles::key(role)});
    return {id.ok() ? id->toLongLong() : 0, Roles::key(role), role};
}

// Accuracy of predicting the arm from one feature: a majority table learnt on the even
// participants, tested on the odd ones (unseen values: the largest arm).
double accuracy(const std::vector<std::pair<QString, qint64>>& rows, qint64 largest)
{
    std::map<QString, std::map<qint64, int>> table;
    for (std::size_t i = 0; i < rows.size(); i += 2)
        ++table[rows[i].first][rows[i].second];
    int right = 0, total = 0;
    for (std::size_t i = 1; i < rows.size(); i += 2) {
        qint64 guess = largest;
        if (auto t = table.find(rows[i].first); t != table.end()) {
            int best = -1;
            for (const auto& [arm, n] : t->second)
                if (n > best) {
                    best = n;
                    guess = arm;
                }
        }
        right += guess == rows[i].second ? 1 : 0;
        ++total;
    }
    return total ? 100.0 * right / total : 0;
}

} // namespace

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
        const Actor assessor = firstUser(db, Role::BlindedAssessor);
        const Actor pi = firstUser(db, Role::PrincipalInvestigator);
        auto truth = ParticipantRepository(db).list(pi);
        auto seen = ParticipantRepository(db).list(assessor);
        auto alerts = AlertRepository(db).list(assessor, false);
        if (!truth.ok() || !seen.ok() || !alerts.ok())
            return 1;
        std::map<qint64, qint64> arms;
        std::map<qint64, int> perArm;
        for (const Participant& p : *truth)
            if (p.armId) {
                arms[p.id] = *p.armId;
                ++perArm[*p.armId];
            }
        qint64 largest = 0;
        int largestN = -1;
        for (const auto& [arm, n] : perArm)
            if (n > largestN) {
                largestN = n;
                largest = arm;
            }
        std::map<qint64, int> alertCount;
        for (const Alert& a : *alerts)
            ++alertCount[a.participantId];
        const QDate today = db.clock().today();
        std::map<std::string, std::vector<std::pair<QString, qint64>>> features;
        for (const Participant& p : *seen) {
            const auto arm = arms.find(p.id);
            if (arm == arms.end())
                continue;
            const qint64 days = p.randomizedAt.date().daysTo(today);
            const QString status = StatusRules::key(p.status);
            features["status"].push_back({status, arm->second});
            features["status x months since randomization"].push_back(
                {QStringLiteral("%1/%2").arg(status).arg(days / 30), arm->second});
            features["alerts"].push_back({QString::number(alertCount[p.id]), arm->second});
            auto assessments = AssessmentRepository(db).forParticipant(assessor, p.id);
            auto visits = VisitTimeline::forParticipant(db, assessor, p.id);
            if (!assessments.ok() || !visits.ok())
                return 1;
            QStringList raters;
            for (const Assessment& a : *assessments)
                raters << QString::number(a.raterId);
            raters.removeDuplicates();
            raters.sort();
            features["assessment count"].push_back(
                {QString::number(assessments->size()), arm->second});
            features["raters"].push_back({raters.join(u','), arm->second});
            QStringList states;
            for (const Visit& v : *visits)
                states << VisitTimeline::stateKey(v.state);
            features["visit states"].push_back({states.join(u','), arm->second});
        }
        const double baseline = 100.0 * largestN / static_cast<double>(arms.size());
        std::printf("seed %s: %zu randomized, largest arm %.1f%%\n", qPrintable(seedText),
                    arms.size(), baseline);
        for (const auto& [name, rows] : features)
            std::printf("  %-40s %5.1f%% (%+.1f points)\n", name.c_str(), accuracy(rows, largest),
                        accuracy(rows, largest) - baseline);
    }
    return 0;
}
