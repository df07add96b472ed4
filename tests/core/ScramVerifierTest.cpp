// The SCRAM-SHA-256 verifier TrialDesk sends for a server login role (docs/postgresql.md): the
// same as PostgreSQL's own for the same password and salt (computed independently with Python's
// hashlib and hmac), and a new salt each time.

#include "storage/ScramVerifier.h"

#include <gtest/gtest.h>

using namespace td;

TEST(ScramVerifierTest, MatchesTheStandardComputationAndSaltsEachTime)
{
    QByteArray salt;
    for (char b = 0; b < 16; ++b)
        salt.append(b);
    EXPECT_EQ(ScramVerifier::make(QStringLiteral("Sikkert-passord-10"), salt),
              QStringLiteral("SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$"
                             "O+X2DCw6hpsRiyz685s8+919pY1xRF6i+he/Q6DpvVQ=:"
                             "vDLvSD9tVeHmSS+wOKSkw8e9538/yQeguiuHJApmwbI="));
    const QString a = ScramVerifier::make(QStringLiteral("same"));
    EXPECT_TRUE(a.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    EXPECT_NE(a, ScramVerifier::make(QStringLiteral("same")));
}
