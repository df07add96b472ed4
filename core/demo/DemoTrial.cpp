#include "demo/DemoTrial.h"

#include "access/UserRepository.h"
#include "assessments/ArmGuessRepository.h"
#include "assessments/AssessmentRepository.h"
#include "common/Random.h"
#include "demo/DemoScores.h"
#include "exchange/FileCompaction.h"
#include "outcomes/AlertRepository.h"
#include "participants/CovariateValues.h"
#include "participants/ParticipantRepository.h"
#include "participants/Screening.h"
#include "quality/DoubleEntry.h"
#include "quality/SourceVerification.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/PermutedBlocks.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Randomizer.h"
#include "sessions/SessionRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "trial/ProtocolRepository.h"
#include "trial/ProtocolTemplates.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace td {

namespace {

struct DemoActors
{
    Actor admin, pi, coordinator, assessor, statistician, dmc;
    Actor dataentry, monitor; // second entries of paper forms; source data verification
    std::vector<Actor> therapists;
};

Result<DemoActors> createUsers(Database& db)
{
    UserRepository users(db);
    const QString pw = QString::fromLatin1(DemoTrial::password);
    auto admin = users.bootstrapAdministrator(
        {QStringLiteral("admin"), QStringLiteral("Demo administrator"), Role::Administrator, pw});
    TD_TRY(admin);
    DemoActors a;
    a.admin = *admin;
    auto make = [&](const char* name, const char* display, Role role) -> Result<Actor> {
        auto u =
            users.create(*admin, {QString::fromLatin1(name), QString::fromUtf8(display), role, pw});
        TD_TRY(u);
        // The generator acts for every demo user: each one's writes are signed with their key.
        TD_TRY(users.unlockSigningKey(u->username, pw));
        return Actor{u->id, u->username, u->role};
    };
    struct Spec
    {
        const char* name;
        const char* display;
        Role role;
        Actor* out;
    };
    Actor t1, t2;
    for (const Spec& s : {Spec{"pi", "Ingrid Solberg", Role::PrincipalInvestigator, &a.pi},
                          Spec{"coordinator", "Kari Nordmann", Role::Coordinator, &a.coordinator},
                          Spec{"therapist1", "Ola Haugen", Role::Therapist, &t1},
                          Spec{"therapist2", "Nora Lie", Role::Therapist, &t2},
                          Spec{"assessor", "Erik Berg", Role::BlindedAssessor, &a.assessor},
                          Spec{"statistician", "Anne Dahl", Role::Statistician, &a.statistician},
                          Spec{"dmc", "Per Moe", Role::Dmc, &a.dmc},
                          Spec{"dataentry", "Liv Johansen", Role::Coordinator, &a.dataentry},
                          Spec{"monitor", "Siri Bakke", Role::Monitor, &a.monitor}}) {
        auto actor = make(s.name, s.display, s.role);
        TD_TRY(actor);
        *s.out = *actor;
    }
    a.therapists = {t1, t2};
    return a;
}

// The demo is the MOP template (docs/protocol.md's example) set up through the same path as a
// real trial's protocol file, with the demo's own dates and size and its longer schedule: more
// instruments at each visit, a week-8 visit and one- and three-year follow-ups.
Result<Protocol> createProtocol(Database& db, const Actor& admin, const QDate& today, int people)
{
    auto mop = ProtocolTemplates::load(QStringLiteral("mop"));
    TD_TRY(mop);
    Protocol p = *mop;
    p.trial.title = LocalText(QStringLiteral("Mechanisms of Change in Psychotherapy (demo)"),
                              QStringLiteral("Endringsmekanismer i psykoterapi (demo)"));
    p.trial.targetSampleSize = people <= 150 ? 100 : people * 3 / 4;
    p.trial.recruitmentStart = today.addDays(-1000);
    p.trial.recruitmentEnd = p.trial.recruitmentStart.addYears(4);
    p.trial.isDemo = true;
    // The demo's committee reads the comparisons too (the template: the statistician only).
    p.comparativeOutcomesVisibleTo = {QStringLiteral("statistician"), QStringLiteral("dmc")};
    const std::vector<ScheduledInstrument> full = {
        {QStringLiteral("hrsd17"), Rater::BlindedClinician},
        {QStringLiteral("bdi2"), Rater::SelfReport},
        {QStringLiteral("phq9"), Rater::SelfReport},
        {QStringLiteral("gad7"), Rater::SelfReport},
        {QStringLiteral("wsas"), Rater::SelfReport},
        {QStringLiteral("rfq8"), Rater::SelfReport}};
    auto withRfs = full;
    withRfs.push_back({QStringLiteral("rfs"), Rater::BlindedClinician});
    const std::vector<ScheduledInstrument> brief = {
        {QStringLiteral("hrsd17"), Rater::BlindedClinician},
        {QStringLiteral("bdi2"), Rater::SelfReport},
        {QStringLiteral("phq9"), Rater::SelfReport}};
    auto visit = [](const char* code, const char* en, const char* nb, int week, int window,
                    const std::vector<ScheduledInstrument>& given) {
        TimePoint tp;
        tp.code = QString::fromLatin1(code);
        tp.label = LocalText(QString::fromUtf8(en), QString::fromUtf8(nb));
        tp.weekOffset = week;
        tp.windowDays = window;
        tp.instruments = given;
        tp.beforeRandomization = week == 0;
        return tp;
    };
    // The baseline's paper questionnaires are keyed twice (double data entry).
    auto baseline = withRfs;
    for (ScheduledInstrument& si : baseline)
        si.doubleEntry =
            si.instrumentId == QStringLiteral("bdi2") || si.instrumentId == QStringLiteral("phq9");
    p.schedule = {visit("baseline", "Baseline", "Baseline", 0, 14, baseline),
                  visit("w8", "Week 8", "Uke 8", 8, 7, brief),
                  visit("w16", "Week 16", "Uke 16", 16, 7, full),
                  visit("eot", "End of therapy", "Behandlingsslutt", 28, 14, withRfs),
                  visit("fu1y", "1-year follow-up", "Oppfølging etter 1 år", 80, 30, full),
                  visit("fu3y", "3-year follow-up", "Oppfølging etter 3 år", 184, 30, withRfs)};
    return ProtocolRepository(db).create(admin, p);
}

// The statistician sets up stratified permuted blocks by site (1:1, blocks of 2 and 4) and
// generates the list. The demo derives the list's seed from its own seed, so the same demo seed
// gives the same trial; a real trial's list seed comes from the operating system.
Status setUpRandomization(Database& db, const Actor& statistician, const Protocol& protocol,
                          quint64 demoSeed)
{
    RandomizationSettings settings;
    settings.method = RandomizationMethod::PermutedBlocks;
    settings.blockLengths = {2, 4};
    for (const StratFactor& f : protocol.factors)
        if (f.source == StratSource::Site)
            settings.factors.push_back({f.id, 1.0});
    // Both are signed by the statistician (every demo user has the demo password).
    const SignWith signature{QString::fromLatin1(DemoTrial::password)};
    TD_TRY(RandomizationSettingsRepository(db).save(statistician, settings, signature));
    TD_TRY(AllocationListRepository(db).generateWithSeed(
        statistician, deriveSeed(demoSeed, QStringLiteral("demo/allocation-list")), signature));
    return {};
}

// One thing that happens to one participant at one moment of the simulated history.
struct Event
{
    QDateTime at;
    int person = 0;
    int seq = 0;
    std::function<Status()> run;
};

class History
{
public:
    History(Database& db, const DemoActors& actors, const Protocol& protocol, Random& rnd,
            QDate today, quint64 demoSeed)
        : m_db(db), m_actors(actors), m_protocol(protocol), m_rnd(rnd), m_today(today),
          m_participants(db), m_sessions(db), m_assessments(db), m_alerts(db), m_randomizer(db),
          m_guesses(db), m_guessRnd(deriveSeed(demoSeed, QStringLiteral("demo/arm-guesses"))),
          m_doubles(db), m_verifications(db),
          m_qualityRnd(deriveSeed(demoSeed, QStringLiteral("demo/data-quality")))
    {}

    void plan(int people);
    Status replay();

private:
    // Events form a heap (earliest first), so an event may plan later ones while the history
    // replays: treatment is planned once randomization has decided the arm.
    static bool later(const Event& a, const Event& b)
    {
        return a.at != b.at ? a.at > b.at : a.seq > b.seq;
    }
    void add(int person, QDate date, std::function<Status()> run)
    {
        // Spread each participant's events over the working day so the order is stable.
        // One time of day per participant, so a participant's same-day events keep their order.
        const QDateTime at(date, QTime(8, 0).addSecs((person * 37) % 28000), Qt::UTC);
        m_events.push_back({at, person, m_seq++, std::move(run)});
        std::push_heap(m_events.begin(), m_events.end(), later);
    }
    void planPerson(int person, QDate screened);
    void planTreatment(int person, QDate randomized, const Arm& arm, const Actor& therapist);
    // `arm`: the participant's arm once randomized (the blinded assessor then guesses it).
    void planVisit(int person, const TimePoint& tp, QDate date, double hrsd, double improvement,
                   const Arm* arm = nullptr);
    std::optional<qint64> guessArm(const Arm& arm);
    // The second entry of a double-entered form, its adjudication, and the monitor's visit.
    void planDataQuality(int person, const ScheduledInstrument& si, QDate date,
                         const QStringList& items, std::shared_ptr<qint64> saved);
    Status followUpAlerts(int person, QDate day);

    Database& m_db;
    const DemoActors& m_actors;
    const Protocol& m_protocol;
    Random& m_rnd;
    QDate m_today;
    ParticipantRepository m_participants;
    SessionRepository m_sessions;
    AssessmentRepository m_assessments;
    AlertRepository m_alerts;
    Randomizer m_randomizer;
    ArmGuessRepository m_guesses;
    // Arm guesses draw from their own stream, so the rest of the trial is the same with or
    // without them.
    Random m_guessRnd;
    DoubleEntries m_doubles;
    SourceVerifications m_verifications;
    // Keying errors and monitoring draw from their own stream too.
    Random m_qualityRnd;
    std::vector<Event> m_events;
    std::vector<qint64> m_ids;
    int m_seq = 0;
    // The participant's improvement curve: share of their final change reached by week t.
    struct Course
    {
        double baseline = 22;
        double change = 0.5; // final relative reduction (negative: deterioration)
    };
    std::vector<Course> m_course;
};

void History::plan(int people)
{
    const QDate start = m_protocol.trial.recruitmentStart;
    const qint64 span = start.daysTo(m_today) - 3;
    std::vector<QDate> screened;
    // Most people are spread over the recruitment period; a few arrive in the last fortnight,
    // so the registry shows every stage from screened to completed.
    for (int i = 0; i < people; ++i) {
        const bool recent = m_rnd.chance(0.05);
        const qint64 offset = recent ? span + 3 - static_cast<qint64>(m_rnd.below(14))
                                     : static_cast<qint64>(m_rnd.below(static_cast<quint64>(span)));
        screened.push_back(start.addDays(offset));
    }
    std::sort(screened.begin(), screened.end());
    m_ids.assign(static_cast<std::size_t>(people), 0);
    m_course.resize(static_cast<std::size_t>(people));
    for (int i = 0; i < people; ++i)
        planPerson(i, screened[static_cast<std::size_t>(i)]);
}

// The MOP template's criteria: major depression and age 18 or over, no psychosis. An
// ineligible person has no current major depressive episode.
std::map<QString, bool> eligibilityAnswers(bool eligible)
{
    return {{QStringLiteral("mdd"), eligible},
            {QStringLiteral("age18"), true},
            {QStringLiteral("psychosis"), false}};
}

void History::planPerson(int person, QDate screened)
{
    const Actor& coord = m_actors.coordinator;
    const qint64 siteId = m_protocol.sites[m_rnd.chance(0.6) ? 0 : 1].id;
    add(person, screened, [this, person, siteId, screened, coord]() -> Status {
        auto p = m_participants.screen(coord, siteId, screened);
        TD_TRY(p);
        m_ids[static_cast<std::size_t>(person)] = p->id;
        return {};
    });
    auto id = [this, person] { return m_ids[static_cast<std::size_t>(person)]; };
    const double r = m_rnd.uniform();
    if (r < 0.15) {
        const bool other = r < 0.03;
        const QString why = QStringLiteral("Could not attend weekly sessions");
        add(person, screened, [=, this]() -> Status {
            if (!other) {
                TD_TRY(Screening(m_db).answer(coord, id(), eligibilityAnswers(false)));
                return {};
            }
            TD_TRY(m_participants.markIneligible(coord, id(), ExclusionCategory::Other, why));
            return {};
        });
        return;
    }
    const QDate decided = screened.addDays(m_rnd.between(0, 3));
    if (decided > m_today)
        return;
    add(person, decided, [=, this]() -> Status {
        TD_TRY(Screening(m_db).answer(coord, id(), eligibilityAnswers(true)));
        return {};
    });
    const QDate consent = decided.addDays(m_rnd.between(3, 10));
    if (m_rnd.chance(0.08) || consent > m_today) {
        if (consent <= m_today)
            add(person, consent, [=, this]() -> Status {
                TD_TRY(m_participants.recordDeclined(coord, id(),
                                                     QStringLiteral("Did not want randomization")));
                return {};
            });
        return;
    }
    Covariates cov{
        std::clamp(static_cast<int>(std::lround(38 + 12 * m_rnd.normal())), 18, 70),
        m_rnd.chance(0.65)
            ? QStringLiteral("female")
            : (m_rnd.chance(0.97) ? QStringLiteral("male") : QStringLiteral("other")),
        static_cast<int>(m_rnd.between(9, 20)),
        std::clamp(static_cast<int>(std::lround(std::exp(2.3 + 0.8 * m_rnd.normal()))), 1, 240)};
    const Actor& therapist =
        m_actors.therapists[static_cast<std::size_t>(m_rnd.below(m_actors.therapists.size()))];
    add(person, consent, [=, this]() -> Status {
        TD_TRY(m_participants.recordConsent(coord, id(), consent, QStringLiteral("1.0")));
        TD_TRY(m_participants.setCovariates(coord, id(), cov));
        // The protocol's own covariates (the MOP template's age, sex and episode length).
        TD_TRY(CovariateValues(m_db).set(
            coord, id(),
            {{QStringLiteral("age"), QString::number(*cov.age)},
             {QStringLiteral("sex"), cov.sex == QStringLiteral("female") ? QStringLiteral("f")
                                     : cov.sex == QStringLiteral("male") ? QStringLiteral("m")
                                                                         : QString()},
             {QStringLiteral("episode_months"), QString::number(*cov.episodeMonths)}}));
        TD_TRY(m_participants.assignTherapist(coord, id(), therapist.userId));
        return {};
    });
    Course& course = m_course[static_cast<std::size_t>(person)];
    course.baseline = std::clamp(22.0 + 4.0 * m_rnd.normal(), 14.0, 38.0);
    course.change = m_rnd.chance(0.05) ? -0.2 - 0.25 * m_rnd.uniform()
                                       : std::clamp(0.5 + 0.25 * m_rnd.normal(), -0.1, 0.95);
    // Never after the demo's today (someone who consented yesterday has their baseline today).
    const QDate baselineDay = std::min(consent.addDays(m_rnd.between(0, 3)), m_today);
    planVisit(person, m_protocol.schedule.front(), baselineDay, course.baseline, 0.0);
    if (m_rnd.chance(0.02)) {
        add(person, baselineDay.addDays(2), [=, this]() -> Status {
            TD_TRY(
                m_participants.withdraw(coord, id(), QStringLiteral("Changed their mind"), false));
            return {};
        });
        return;
    }
    const QDate randomized = baselineDay.addDays(m_rnd.between(2, 7));
    if (randomized > m_today)
        return;
    // The coordinator randomizes through the real randomizer; the arm it gives decides the
    // treatment that follows.
    add(person, randomized, [=, this]() -> Status {
        auto allocation = m_randomizer.allocate(coord, id());
        TD_TRY(allocation);
        const Arm* arm = m_protocol.arm(allocation->armId);
        if (!arm)
            return makeError(ErrorCode::NotFound,
                             DemoTrial::tr("Arm %1 does not exist.").arg(allocation->armId));
        planTreatment(person, randomized, *arm, therapist);
        return {};
    });
}

void History::planTreatment(int person, QDate randomized, const Arm& arm, const Actor& therapist)
{
    auto id = [this, person] { return m_ids[static_cast<std::size_t>(person)]; };
    const Actor& coord = m_actors.coordinator;
    const int planned = arm.plannedSessions();
    const bool dropsOut = m_rnd.chance(0.12);
    const int lastSession = dropsOut ? static_cast<int>(m_rnd.between(2, planned - 1)) : planned;
    QDate date = randomized.addDays(7);
    QDate stoppedOn;
    int number = 0;
    int index = 0;
    int attended = 0;
    bool started = false;
    const Course& course = m_course[static_cast<std::size_t>(person)];
    for (const SessionPhase& phase : arm.plan) {
        for (int k = 0; k < phase.count && index < lastSession; ++k, ++index) {
            const QDate slot = date.addDays(m_rnd.between(0, 2));
            date = date.addDays(7 * phase.intervalWeeks);
            if (slot > m_today)
                break;
            const double u = m_rnd.uniform();
            const Attendance att = u < 0.85   ? Attendance::Attended
                                   : u < 0.91 ? Attendance::CancelledByPatient
                                   : u < 0.95 ? Attendance::CancelledByClinic
                                              : Attendance::DidNotAttend;
            auto book = [&](QDate day, Attendance a) {
                TherapySession s;
                s.participantId = 0;
                s.date = day;
                s.number = ++number;
                s.kind = phase.kind;
                s.attendance = a;
                if (a == Attendance::Attended)
                    s.durationMinutes = static_cast<int>(m_rnd.between(45, 60));
                const bool first = a == Attendance::Attended && !started;
                started = started || first;
                // Session-by-session monitoring: the therapist enters a PHQ-9 every 4th session.
                QStringList phq9;
                if (a == Attendance::Attended && ++attended % 4 == 0) {
                    const double weeks = randomized.daysTo(day) / 7.0;
                    const double reached = 1.0 - std::exp(-weeks / 10.0);
                    const double hrsd =
                        course.baseline * (1.0 - course.change * reached) + 2.0 * m_rnd.normal();
                    phq9 = DemoScores::items(QStringLiteral("phq9"), hrsd, 0.0, m_rnd);
                }
                add(person, day, [=, this]() mutable -> Status {
                    if (first)
                        TD_TRY(m_participants.startTreatment(coord, id()));
                    s.participantId = id();
                    auto saved = m_sessions.record(therapist, s);
                    TD_TRY(saved);
                    if (!phq9.isEmpty()) {
                        Assessment m;
                        m.participantId = s.participantId;
                        m.sessionId = saved->id;
                        m.instrumentId = QStringLiteral("phq9");
                        m.date = day;
                        m.items = phq9;
                        auto measured = m_assessments.save(therapist, m);
                        TD_TRY(measured);
                        return followUpAlerts(person, day);
                    }
                    return {};
                });
            };
            book(slot, att);
            // Most missed appointments get a make-up session a few days later.
            if (att != Attendance::Attended && m_rnd.chance(0.7) && slot.addDays(3) <= m_today)
                book(slot.addDays(3), Attendance::Attended);
            stoppedOn = slot;
        }
    }
    const bool finished =
        !dropsOut && index == planned && stoppedOn.isValid() && stoppedOn.addDays(4) <= m_today;
    if (dropsOut && stoppedOn.isValid() && stoppedOn.addDays(14) <= m_today) {
        const bool withdrawn = m_rnd.chance(0.4);
        add(person, stoppedOn.addDays(14), [=, this]() -> Status {
            if (!started)
                TD_TRY(m_participants.startTreatment(coord, id()));
            if (withdrawn)
                TD_TRY(m_participants.withdraw(
                    coord, id(), QStringLiteral("No longer wishes to take part"), true));
            else
                TD_TRY(m_participants.markLostToFollowUp(coord, id(),
                                                         QStringLiteral("Could not be reached")));
            return {};
        });
    }
    if (finished && started)
        add(person, stoppedOn.addDays(4), [=, this]() -> Status {
            TD_TRY(m_participants.completeTreatment(coord, id()));
            return {};
        });
    // Follow-up visits: until the participant drops out (withdrawn participants may still
    // attend, but the demo keeps it simple) or the simulated today.
    for (std::size_t v = 1; v < m_protocol.schedule.size(); ++v) {
        const TimePoint& tp = m_protocol.schedule[v];
        const QDate day = randomized.addDays(7 * tp.weekOffset + m_rnd.between(-3, 3));
        if (day > m_today || (dropsOut && stoppedOn.isValid() && day > stoppedOn))
            break;
        const double reached = 1.0 - std::exp(-tp.weekOffset / 10.0);
        const double hrsd =
            course.baseline * (1.0 - course.change * reached) + 2.0 * m_rnd.normal();
        planVisit(person, tp, day, hrsd, std::max(0.0, course.change) * reached, &arm);
    }
}

std::optional<qint64> History::guessArm(const Arm& arm)
{
    // About half "don't know"; otherwise right more often than chance (0.6 with two arms), as
    // a therapy's traces in what participants say tend to make it.
    if (m_guessRnd.chance(0.5))
        return std::nullopt;
    if (m_protocol.arms.size() < 2 || m_guessRnd.chance(0.6))
        return arm.id;
    std::vector<qint64> others;
    for (const Arm& a : m_protocol.arms)
        if (a.id != arm.id)
            others.push_back(a.id);
    return others[static_cast<std::size_t>(m_guessRnd.below(others.size()))];
}

void History::planVisit(int person, const TimePoint& tp, QDate date, double hrsd,
                        double improvement, const Arm* arm)
{
    // One guess per visit: the assessor's impression holds for every rating of the visit.
    std::optional<std::optional<qint64>> guess;
    for (const ScheduledInstrument& si : tp.instruments) {
        Assessment a;
        a.timePointId = tp.id;
        a.instrumentId = si.instrumentId;
        a.date = date;
        a.items = DemoScores::items(si.instrumentId, hrsd, improvement, m_rnd);
        const bool blinded = si.rater == Rater::BlindedClinician;
        const Actor& rater = blinded ? m_actors.assessor : m_actors.coordinator;
        if (blinded && arm && !guess)
            guess = guessArm(*arm);
        auto savedId = std::make_shared<qint64>(0);
        add(person, date, [=, this]() mutable -> Status {
            a.participantId = m_ids[static_cast<std::size_t>(person)];
            auto saved = m_assessments.save(rater, a);
            TD_TRY(saved);
            *savedId = saved->id;
            TD_TRY(followUpAlerts(person, date));
            // After a blinded rating of a randomized participant, the assessor guesses the arm.
            if (blinded && guess)
                TD_TRY(m_guesses.record(rater, saved->id, *guess));
            return {};
        });
        if (tp.beforeRandomization)
            planDataQuality(person, si, date, a.items, savedId);
    }
}

void History::planDataQuality(int person, const ScheduledInstrument& si, QDate date,
                              const QStringList& items, std::shared_ptr<qint64> saved)
{
    // The second entry a few days after the first; about one form in eight has a keying
    // error in one item, which the PI adjudicates (the first entry was right) a week or two
    // later. The newest forms are not keyed twice yet, nor adjudicated.
    const QDate second = date.addDays(m_qualityRnd.between(2, 10));
    if (si.doubleEntry && second <= m_today) {
        QStringList keyed = items;
        // Items 1-9 of the PHQ-9 and 1-15 of the BDI-II take 0-3.
        const int plain = si.instrumentId == QStringLiteral("phq9") ? 9 : 15;
        const bool slip = m_qualityRnd.chance(0.125);
        const int item = static_cast<int>(m_qualityRnd.below(plain));
        if (slip)
            keyed[item] = QString::number((keyed[item].toInt() + 1) % 4);
        add(person, second, [=, this]() -> Status {
            auto done = m_doubles.enterSecond(m_actors.dataentry, *saved, keyed);
            return done.ok() ? Status() : Status(done.error());
        });
        const QDate adjudicated = second.addDays(m_qualityRnd.between(5, 60));
        if (slip && adjudicated <= m_today)
            add(person, adjudicated, [=, this]() -> Status {
                auto done = m_doubles.resolve(m_actors.pi, *saved, item + 1, items[item],
                                              QStringLiteral("Checked against the paper form."));
                return done.ok() ? Status() : Status(done.error());
            });
    }
    // The monitor visits each site every few months and verifies most baseline forms of the
    // first sites, fewer of the others.
    const QDate visit = date.addDays(m_qualityRnd.between(40, 90));
    const double chance = m_qualityRnd.uniform();
    if (visit <= m_today)
        add(person, visit, [=, this]() -> Status {
            auto site = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM site s JOIN participant "
                                                   "p ON p.id = ? WHERE s.id < p.site_id"),
                                    {m_ids[static_cast<std::size_t>(person)]});
            TD_TRY(site);
            const double share = std::max(0.2, 0.9 - 0.25 * site->toInt());
            if (chance >= share)
                return {};
            auto done = m_verifications.verify(m_actors.monitor, *saved);
            // A form whose double entry is still open waits for the next visit.
            return done.ok() || done.error().code == ErrorCode::Conflict ? Status()
                                                                         : Status(done.error());
        });
}

Status History::followUpAlerts(int person, QDate day)
{
    // The PI reviews a safety alert within a few days of it being raised.
    for (qint64 id : m_assessments.raisedAlerts()) {
        // Alerts of the last fortnight are still waiting for the PI.
        const QDate reviewed = day.addDays(m_rnd.between(1, 4));
        if (reviewed > m_today.addDays(-14))
            continue;
        add(person, reviewed, [this, id]() -> Status {
            return m_alerts.acknowledge(
                m_actors.pi, id,
                QStringLiteral("Discussed with the therapist; safety plan reviewed."),
                SignWith{QString::fromLatin1(DemoTrial::password)});
        });
    }
    return {};
}

Status History::replay()
{
    auto clock = std::make_shared<FixedClock>(QDateTime());
    const std::shared_ptr<Clock> real = m_db.clockPtr();
    m_db.setClock(clock);
    Status result;
    constexpr std::size_t batch = 2000; // events per transaction, for speed
    while (!m_events.empty() && result.ok()) {
        Transaction tx(m_db);
        result = tx.status();
        for (std::size_t j = 0; j < batch && !m_events.empty() && result.ok(); ++j) {
            std::pop_heap(m_events.begin(), m_events.end(), later);
            Event event = std::move(m_events.back());
            m_events.pop_back();
            clock->set(event.at);
            result = event.run();
        }
        if (result.ok())
            result = tx.commit();
    }
    m_db.setClock(real);
    return result;
}

} // namespace

Result<DemoSummary> DemoTrial::create(Database& db, const DemoOptions& options)
{
    if (options.participants < 1 || options.participants > 100000)
        return makeError(ErrorCode::Invalid,
                         tr("The demo trial can have 1 to 100,000 participants; %1 were asked "
                            "for.")
                             .arg(options.participants));
    if (UserRepository(db).hasUsers())
        return makeError(ErrorCode::Conflict,
                         tr("This database already holds a trial; the demo needs an empty one."));
    Random rnd(options.seed);
    const QDate today = db.clock().today();
    // The set-up happens before the first screening.
    auto setupClock =
        std::make_shared<FixedClock>(QDateTime(today.addDays(-1001), QTime(9, 0), Qt::UTC));
    const std::shared_ptr<Clock> real = db.clockPtr();
    db.setClock(setupClock);
    auto actors = createUsers(db);
    auto protocol = actors.ok() ? createProtocol(db, actors->admin, today, options.participants)
                                : Result<Protocol>(actors.error());
    const Status randomization =
        protocol.ok() ? setUpRandomization(db, actors->statistician, *protocol, options.seed)
                      : Status(protocol.error());
    db.setClock(real);
    TD_TRY(protocol);
    TD_TRY(randomization);
    History history(db, *actors, *protocol, rnd, today, options.seed);
    history.plan(options.participants);
    TD_TRY(history.replay());
    // Years of history leave the clinical tables' pages scattered among the trail's: a large
    // demo is handed over compacted, as a real trial is after `trialdesk-cli compact`.
    // A server database has no file of TrialDesk's to compact (docs/postgresql.md).
    if (!db.isServer()) {
        auto layout = FileCompaction::measure(db);
        TD_TRY(layout);
        if (layout->worthCompacting())
            TD_TRY(FileCompaction::compact(db, actors->admin));
    }

    DemoSummary s;
    auto count = [&db](const char* sql) {
        auto v = db.scalar(QString::fromLatin1(sql));
        return v.ok() ? v->toLongLong() : 0;
    };
    s.participants = static_cast<int>(count("SELECT COUNT(*) FROM participant"));
    s.randomized =
        static_cast<int>(count("SELECT COUNT(*) FROM participant WHERE arm_id IS NOT NULL"));
    s.sessions = static_cast<int>(count("SELECT COUNT(*) FROM therapy_session"));
    s.assessments = static_cast<int>(count("SELECT COUNT(*) FROM assessment"));
    s.itemValues = count("SELECT SUM(LENGTH(item_values) - LENGTH(REPLACE(item_values, ',', '')) "
                         "+ 1) FROM assessment");
    return s;
}

} // namespace td
