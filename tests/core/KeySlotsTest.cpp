// Key list of an encrypted trial (storage/KeySlots, docs/encryption.md): a user's password
// opens the data key and nothing else does; list are bound to their user and their file; a
// password change keeps both passwords working until it is settled; the recovery key opens the
// trial, is made once, and is read back whatever its case or dashes.

#include "storage/KeySlots.h"

#include "access/PasswordHasher.h"

#include <gtest/gtest.h>

using namespace td;

namespace {

class KeySlotsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PasswordHasher::setCost(PasswordHasher::Cost::Minimal);
        m_key = DataKey::random();
        ASSERT_TRUE(m_key);
        auto header = CryptHeader::make(*m_key);
        ASSERT_TRUE(header.ok());
        m_header = *header;
    }

    bool opensWith(const CryptHeader& header, const QString& user, const QString& password)
    {
        auto key = KeySlots::open(header, user, password);
        return key.ok() && std::memcmp((*key)->bytes(), m_key->bytes(), DataKey::size) == 0;
    }

    DataKeyPtr m_key;
    CryptHeader m_header;
};

TEST_F(KeySlotsTest, APasswordOpensItsOwnersSlotOnly)
{
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("admin"),
                                      QStringLiteral("Correct horse 1"))
                    .ok());
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("kari"),
                                      QStringLiteral("Battery staple 2"))
                    .ok());
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("admin"), QStringLiteral("Correct horse 1")));
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("Battery staple 2")));
    auto wrong = KeySlots::open(m_header, QStringLiteral("admin"), QStringLiteral("wrong"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(wrong.message(),
              QStringLiteral("The user name or password does not open this encrypted trial."));
    // Another user's password, an unknown user: the same refusal.
    EXPECT_FALSE(opensWith(m_header, QStringLiteral("admin"), QStringLiteral("Battery staple 2")));
    EXPECT_FALSE(opensWith(m_header, QStringLiteral("nobody"), QStringLiteral("Correct horse 1")));
    EXPECT_EQ(KeySlots::count(m_header, QStringLiteral("admin")), 1);
    EXPECT_EQ(KeySlots::count(m_header, QStringLiteral("kari")), 1);
    EXPECT_EQ(KeySlots::count(m_header, QStringLiteral("nobody")), 0);
    // The names are not in the header's bytes.
    EXPECT_FALSE(m_header.encode().contains("kari"));

    // The header survives its encoding (the slot area is part of the checksummed copy).
    const QByteArray copy = m_header.encode();
    auto decoded = CryptHeader::decode(copy + copy);
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(opensWith(*decoded, QStringLiteral("kari"), QStringLiteral("Battery staple 2")));

    KeySlots::remove(m_header, QStringLiteral("kari"));
    EXPECT_FALSE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("Battery staple 2")));
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("admin"), QStringLiteral("Correct horse 1")));
}

TEST_F(KeySlotsTest, ASlotCannotBeMovedToAnotherUserOrFile)
{
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("kari"),
                                      QStringLiteral("Battery staple 2"))
                    .ok());
    auto list = KeySlots::read(m_header);
    ASSERT_EQ(list.size(), 1u);
    list[0].owner = KeySlots::ownerTag(m_header, QStringLiteral("ola"));
    CryptHeader renamed = m_header;
    ASSERT_TRUE(KeySlots::write(renamed, list).ok());
    EXPECT_FALSE(opensWith(renamed, QStringLiteral("ola"), QStringLiteral("Battery staple 2")));

    auto other = CryptHeader::make(*m_key);
    ASSERT_TRUE(other.ok());
    CryptHeader moved = *other;
    moved.slotArea = m_header.slotArea;
    EXPECT_FALSE(opensWith(moved, QStringLiteral("kari"), QStringLiteral("Battery staple 2")));
}

TEST_F(KeySlotsTest, APasswordChangeKeepsBothUntilItIsSettled)
{
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("kari"),
                                      QStringLiteral("Old password 1"))
                    .ok());
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("kari"),
                                      QStringLiteral("New password 2"), true)
                    .ok());
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("Old password 1")));
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("New password 2")));
    KeySlots::keepOnly(m_header, QStringLiteral("kari"), QStringLiteral("New password 2"));
    EXPECT_FALSE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("Old password 1")));
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("New password 2")));
    EXPECT_EQ(KeySlots::read(m_header).size(), 1u);
    // A reset replaces every slot of the user.
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("kari"),
                                      QStringLiteral("Temporary 3"))
                    .ok());
    EXPECT_FALSE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("New password 2")));
    EXPECT_TRUE(opensWith(m_header, QStringLiteral("kari"), QStringLiteral("Temporary 3")));
}

TEST_F(KeySlotsTest, TheRecoveryKeyOpensTheTrialAndIsMadeOnce)
{
    ASSERT_TRUE(KeySlots::addPassword(m_header, *m_key, QStringLiteral("admin"),
                                      QStringLiteral("Forgotten 1"))
                    .ok());
    EXPECT_FALSE(KeySlots::hasRecovery(m_header));
    auto words = KeySlots::makeRecovery(m_header, *m_key);
    ASSERT_TRUE(words.ok()) << words.message().toStdString();
    EXPECT_EQ(words->size(), 39); // 8 groups of 4 and 7 dashes
    EXPECT_TRUE(KeySlots::hasRecovery(m_header));
    EXPECT_FALSE(KeySlots::makeRecovery(m_header, *m_key).ok());

    auto key = KeySlots::openWithRecovery(m_header, *words);
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(std::memcmp((*key)->bytes(), m_key->bytes(), DataKey::size), 0);
    QString typed = words->toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    EXPECT_TRUE(KeySlots::openWithRecovery(m_header, typed).ok());

    QString other = *words;
    other[0] = other[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto wrong = KeySlots::openWithRecovery(m_header, other);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_FALSE(KeySlots::openWithRecovery(m_header, QStringLiteral("too short")).ok());
    // No password opens the recovery slot.
    EXPECT_FALSE(opensWith(m_header, QString(), *words));
}

} // namespace
