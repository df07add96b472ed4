// libFuzzer harness for RedcapDictionary: any bytes are parsed without crashing, and every
// form it turns into an instrument is a definition the scoring engine accepts and can score.

#include "exchange/RedcapDictionary.h"
#include "instruments/InstrumentDefinition.h"
#include "instruments/ScoringEngine.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_redcap_dictionary: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    td::ImportReport report;
    const std::vector<td::RedcapForm> forms =
        td::RedcapDictionary::parse(bytes, QStringLiteral("fuzz.csv"), report);
    check(report.ok() || forms.empty(), "forms returned with problems");
    for (const td::ImportProblem& p : report.problems)
        // The mapping must never build a definition the engine refuses.
        check(!p.reason.startsWith(QLatin1String("Instrument definition")),
              "the mapping built an invalid definition");
    for (const td::RedcapForm& f : forms) {
        auto d = td::InstrumentDefinition::fromJson(f.json);
        check(d.ok(), "a returned definition does not load");
        check(static_cast<int>(d->items.size()) == f.items, "item count");
        QStringList lowest;
        QStringList missing;
        for (const td::ItemDefinition& item : d->items) {
            lowest << QString::number(item.min);
            missing << QStringLiteral("NA");
        }
        check(td::ScoringEngine::score(*d, lowest).ok(), "the lowest answers do not score");
        check(td::ScoringEngine::score(*d, missing).ok(), "missing answers do not score");
    }
    return 0;
}
