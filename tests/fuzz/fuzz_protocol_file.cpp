// libFuzzer harness for ProtocolFile: any bytes are read without crashing; a protocol that is
// accepted obeys every rule, and writing it is canonical (written, read and written again, the
// bytes are the same).

#include "trial/ProtocolFile.h"
#include "trial/ProtocolRules.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // the built-in instruments are Qt resources
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    td::ProtocolProblems problems;
    auto protocol = td::ProtocolFile::read(bytes, &problems);
    check(protocol.ok() == problems.empty());
    if (!protocol.ok()) {
        for (const td::ProtocolProblem& p : problems)
            check(!p.message.isEmpty());
        return 0;
    }
    check(td::ProtocolRules::check(*protocol).empty());
    const QByteArray written = td::ProtocolFile::write(*protocol);
    auto again = td::ProtocolFile::read(written);
    check(again.ok());
    check(td::ProtocolFile::write(*again) == written);
    return 0;
}
