#pragma once

// Shared set-up for the randomization tests: the core test trial (two sites, CBT and PDT 1:1)
// plus a site stratification factor, and helpers that set the method as the statistician.

#include "TestTrial.h"
#include "participants/ParticipantRepository.h"
#include "randomization/AllocationListRepository.h"
#include "randomization/RandomizationSettingsRepository.h"
#include "randomization/Randomizer.h"
#include "trial/ProtocolRepository.h"

namespace tdtest {

class RandomizationTest : public TestTrial
{
protected:
    static constexpr quint64 listSeed = 20240601;

    void SetUp() override
    {
        TestTrial::SetUp();
        m_siteFactor = addFactor(
            {0, QStringLiteral("site"), QStringLiteral("Site"), td::StratSource::Site, {}, {}});
    }

    qint64 addFactor(const td::StratFactor& f)
    {
        return must(td::ProtocolRepository(db()).addStratFactor(m_admin, f), "add factor").id;
    }

    td::AllocationListInfo useBlocks(QList<int> lengths, std::vector<qint64> factors,
                                     quint64 seed = listSeed)
    {
        td::RandomizationSettings s;
        s.method = td::RandomizationMethod::PermutedBlocks;
        s.blockLengths = std::move(lengths);
        for (qint64 f : factors)
            s.factors.push_back({f, 1.0});
        must(td::RandomizationSettingsRepository(db()).save(m_statistician, s,
                                                            signedBy(m_statistician)),
             "settings");
        return must(td::AllocationListRepository(db()).generateWithSeed(m_statistician, seed,
                                                                        signedBy(m_statistician)),
                    "generate list");
    }

    void useMinimization(std::vector<td::RandomizationFactor> factors, double q = 0.8)
    {
        td::RandomizationSettings s;
        s.method = td::RandomizationMethod::Minimization;
        s.q = q;
        s.factors = std::move(factors);
        must(td::RandomizationSettingsRepository(db()).save(m_statistician, s,
                                                            signedBy(m_statistician)),
             "settings");
    }

    td::Allocation allocate(qint64 participantId)
    {
        return must(td::Randomizer(db()).allocate(m_coordinator, participantId), "allocate");
    }

    qint64 m_siteFactor = 0;
};

} // namespace tdtest
