#include "access/PasswordHasher.h"

#include <atomic>
#include <sodium.h>

namespace td {

namespace {
std::atomic<PasswordHasher::Cost> g_cost{PasswordHasher::Cost::Interactive};
std::atomic<quint64> g_verifications{0};

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

void PasswordHasher::setCost(Cost cost)
{
    g_cost = cost;
}

PasswordHasher::Cost PasswordHasher::cost()
{
    return g_cost;
}

QString PasswordHasher::hash(const QString& password)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = password.toUtf8();
    const bool minimal = g_cost == Cost::Minimal;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
            minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

quint64 PasswordHasher::verifications()
{
    return g_verifications;
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    ++g_verifications;
    if (!ensureSodium())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace td
