// Signed checkpoints and anchors (docs/audit.md): the attacks of issue 16 on a trail, each made
// as someone with the file but no password would (raw SQL, triggers dropped, hashes recomputed),
// and each caught by TrailVerifier and `trialdesk-cli audit verify`.

#include "FixtureData.h"
#include "TestTrial.h"
#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"
#include "audit/BackupManifest.h"
#include "audit/Keyring.h"
#include "audit/TrailVerifier.h"
#include "exchange/BackupService.h"

#include <QFile>
#include <QSqlQuery>

using namespace td;
using namespace tdtest;

namespace {

class AuditSignatureTest : public TestTrial
{
protected:
    void SetUp() override
    {
        TestTrial::SetUp();
        if (HasFatalFailure())
            return;
        randomized(m_armCbt);
        randomized(m_armPdt, m_therapist2);
    }

    TrailReport verify(const std::vector<TrailAnchor>& anchors = {})
    {
        return must(TrailVerifier::verify(db(), Disclosure::blinded(), anchors),
                    "verify the trail");
    }

    CliResult verifyWithCli(const QStringList& extra = {})
    {
        return runCli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                  QStringLiteral("--db"), dbPath()} +
                      extra);
    }

    void dropTriggers()
    {
        for (const char* t : {"audit_log_no_update", "audit_log_no_delete",
                              "audit_checkpoint_no_update", "audit_checkpoint_no_delete"})
            ASSERT_EQ(sqlExec(db(), QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t))),
                      QString());
    }

    // What an attacker's script does after editing rows: every hash from `from` on again.
    void recomputeChain(qint64 from)
    {
        QByteArray prev = from == 1 ? QByteArray(AuditLog::genesisHash)
                                    : sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log "
                                                                    "WHERE id = %1")
                                                         .arg(from - 1))
                                          .toString()
                                          .toLatin1();
        QSqlQuery q(db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, at_utc, username, role, action, entity, "
                                          "entity_id, field, old_value, new_value, reason, "
                                          "changes FROM audit_log WHERE id >= %1 ORDER BY id")
                               .arg(from)));
        std::vector<std::pair<qint64, QByteArray>> hashes;
        while (q.next()) {
            QByteArray texts[11];
            for (int i = 0; i < 11; ++i)
                texts[i] = q.isNull(i + 1) ? QByteArray() : q.value(i + 1).toString().toUtf8();
            auto view = [&](int i) {
                return q.isNull(i + 1) ? QByteArrayView()
                                       : QByteArrayView(texts[i].constData(), texts[i].size());
            };
            AuditLog::StoredAuditRow r;
            r.id = q.value(0).toLongLong();
            r.atUtc = view(0);
            r.username = view(1);
            r.role = view(2);
            r.action = view(3);
            r.entity = view(4);
            r.entityId = view(5);
            r.field = view(6);
            r.oldValue = view(7);
            r.newValue = view(8);
            r.reason = view(9);
            r.changes = view(10);
            r.prevHash = QByteArrayView(prev.constData(), prev.size());
            const QByteArray hash = AuditLog::storedRowHash(r);
            hashes.push_back({r.id, prev});
            hashes.push_back({-r.id, hash});
            prev = hash;
        }
        for (size_t i = 0; i < hashes.size(); i += 2)
            ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash "
                                                   "= '%2' WHERE id = %3")
                                        .arg(QString::fromLatin1(hashes[i].second),
                                             QString::fromLatin1(hashes[i + 1].second))
                                        .arg(hashes[i].first)),
                      QString());
    }

    // A compact row appended with a valid hash, as a forger would (`changes` in the trail's
    // canonical form, e.g. [["status","randomized","withdrawn"]]).
    void appendForgedRow(const QString& username, const QString& action, const QString& entity,
                         const QString& entityId, const QString& changes)
    {
        const qint64 id = lastAuditId(db()) + 1;
        const QString prev =
            sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(id - 1))
                .toString();
        const QString at = clock().nowUtc().toString(Qt::ISODateWithMs);
        const QByteArray hash =
            AuditLog::compactRowHash(id, at, username, QStringLiteral("coordinator"), action,
                                     entity, entityId, changes, QString(), prev.toLatin1());
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("INSERT INTO audit_log (id, at_utc, username, role, action, "
                                 "entity, entity_id, changes, prev_hash, hash) VALUES (?, ?, ?, "
                                 "'coordinator', ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             QVariantList{id, at, username, action, entity, entityId, changes, prev, hash})
            q.addBindValue(v);
        ASSERT_TRUE(q.exec());
    }

    // A checkpoint over the current head, signed with `key` in `username`'s name.
    void appendCheckpoint(const SigningKeyPair& key, const QString& username)
    {
        const qint64 head = lastAuditId(db());
        const QString hash =
            sqlValue(db(), QStringLiteral("SELECT hash FROM audit_log WHERE id = %1").arg(head))
                .toString();
        const QString at = clock().nowUtc().toString(Qt::ISODateWithMs);
        const QString sig =
            SigningKey::sign(*key.secret, AuditCheckpoint::message(head, hash, at, username));
        ASSERT_EQ(sqlExec(db(), QStringLiteral("INSERT INTO audit_checkpoint (head_id, head_hash, "
                                               "at_utc, username, signature) VALUES (%1, '%2', "
                                               "'%3', '%4', '%5')")
                                    .arg(head)
                                    .arg(hash, at, username, sig)),
                  QString());
    }

    QString publicKeyOf(const QString& username)
    {
        return sqlValue(db(), QStringLiteral("SELECT signing_public_key FROM users WHERE username "
                                             "= '%1'")
                                  .arg(username))
            .toString();
    }
};

TEST_F(AuditSignatureTest, EveryWriteIsSignedAndVerifies)
{
    const TrailReport r = verify();
    EXPECT_TRUE(r.clean()) << str(r.lines().join(QLatin1Char('\n')));
    EXPECT_EQ(r.signatures.unsignedRows, 0);
    EXPECT_EQ(r.signatures.signedThrough, lastAuditId(db()));
    EXPECT_GT(r.signatures.checkpoints, 10);
    // The first administrator certified their own key; everyone else's came from them.
    EXPECT_EQ(r.signatures.selfEnrolled, QStringList{QStringLiteral("admin")});
    // Each user's public key is in the trail, with their creation.
    EXPECT_EQ(auditEntries(db(), QStringLiteral("entity = 'user' AND field = "
                                                "'signing_public_key'")),
              9);
    // Signers are the people who wrote.
    EXPECT_GT(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_checkpoint WHERE "
                                            "username = 'coordinator'")),
              0);

    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 0) << str(cli.err);
    EXPECT_TRUE(cli.out.contains(QStringLiteral("Signatures valid"))) << str(cli.out);
}

TEST_F(AuditSignatureTest, RecomputedChainNoLongerMatchesItsSignatures)
{
    dropTriggers();
    const qint64 middle = lastAuditId(db()) / 2;
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET reason = 'forged' WHERE id = "
                                           "%1")
                                .arg(middle)),
              QString());
    recomputeChain(middle);

    const TrailReport r = verify();
    EXPECT_TRUE(r.chain.intact) << "the hash chain alone cannot see a recomputed chain";
    EXPECT_FALSE(r.signatures.intact);
    EXPECT_TRUE(r.signatures.problem.contains(QStringLiteral("another hash")))
        << str(r.signatures.problem);
    EXPECT_FALSE(r.clean());
    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("BROKEN"))) << str(cli.err);
}

TEST_F(AuditSignatureTest, ForgedAppendedRowIsReportedUnsigned)
{
    appendForgedRow(QStringLiteral("coordinator"), QStringLiteral("changed"),
                    QStringLiteral("participant"), QStringLiteral("1"),
                    QStringLiteral(R"([["status","randomized","withdrawn"]])"));
    const TrailReport r = verify();
    EXPECT_TRUE(r.chain.intact);
    EXPECT_TRUE(r.signatures.intact);
    EXPECT_EQ(r.signatures.unsignedRows, 1);
    EXPECT_FALSE(r.clean());
    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("Unsigned rows"))) << str(cli.err);
}

TEST_F(AuditSignatureTest, CheckpointSignedWithAnotherKeyFails)
{
    appendForgedRow(QStringLiteral("admin"), QStringLiteral("changed"), QStringLiteral("trial"),
                    QStringLiteral("1"), QStringLiteral(R"([["title","a","b"]])"));
    appendCheckpoint(must(SigningKey::generate(), "forger's key"), QStringLiteral("admin"));
    const TrailReport r = verify();
    EXPECT_FALSE(r.signatures.intact);
    EXPECT_TRUE(r.signatures.problem.contains(QStringLiteral("does not verify")))
        << str(r.signatures.problem);
}

TEST_F(AuditSignatureTest, ForgedUserCannotCertifyTheirOwnKey)
{
    // A forger appends a user with their own key and signs a checkpoint with it.
    auto forger = must(SigningKey::generate(), "forger's key");
    appendForgedRow(QStringLiteral("admin"), QStringLiteral("created"), QStringLiteral("user"),
                    QStringLiteral("99"),
                    QStringLiteral(R"([["username","mallory"],["role","administrator"],)"
                                   R"(["signing_public_key","%1"]])")
                        .arg(forger.publicKey));
    appendCheckpoint(forger, QStringLiteral("mallory"));
    const TrailReport r = verify();
    EXPECT_FALSE(r.signatures.intact);
    EXPECT_TRUE(r.signatures.problem.contains(QStringLiteral("no administrator certified")))
        << str(r.signatures.problem);
}

TEST_F(AuditSignatureTest, FailedSignInStaysUnsignedUntilASignedWriteCoversIt)
{
    // A program that has not signed anyone in yet (the test set-up holds every key).
    db().keyring().clear();
    UserRepository users(db());
    ASSERT_FALSE(users.login(QStringLiteral("coordinator"), QStringLiteral("wrong")).ok());
    TrailReport r = verify();
    EXPECT_TRUE(r.signatures.intact);
    EXPECT_EQ(r.signatures.unsignedRows, 1);
    ASSERT_EQ(r.signatures.unsignedSummary.size(), 1);
    EXPECT_TRUE(r.signatures.unsignedSummary[0].contains(QStringLiteral("login_failed")));

    ASSERT_TRUE(
        users.login(QStringLiteral("coordinator"), passwordOf(QStringLiteral("coordinator"))).ok());
    r = verify();
    EXPECT_TRUE(r.clean()) << str(r.lines().join(QLatin1Char('\n')));
}

TEST_F(AuditSignatureTest, PasswordChangeKeepsTheKeyAndResetReplacesIt)
{
    UserRepository users(db());
    const QString before = publicKeyOf(QStringLiteral("coordinator"));
    const QString newPassword = QStringLiteral("Et-helt-nytt-passord-42");
    must(
        users.changePassword(m_coordinator, passwordOf(QStringLiteral("coordinator")), newPassword),
        "change password");
    EXPECT_EQ(publicKeyOf(QStringLiteral("coordinator")), before);
    const QString sealed =
        sqlValue(db(), QStringLiteral("SELECT signing_key_sealed FROM users WHERE username = "
                                      "'coordinator'"))
            .toString();
    EXPECT_TRUE(SigningKey::unseal(sealed, before, newPassword).ok());
    EXPECT_EQ(
        SigningKey::unseal(sealed, before, passwordOf(QStringLiteral("coordinator"))).error().code,
        ErrorCode::AuthenticationFailed);

    // A reset: nobody can open the old key any more, so a new one is made and audited under
    // the administrator's signature; the user signs with it from then on.
    const QString temporary = QStringLiteral("Midlertidig-passord-7");
    must(users.resetPassword(m_admin, m_coordinator.userId, temporary), "reset");
    const QString after = publicKeyOf(QStringLiteral("coordinator"));
    EXPECT_NE(after, before);
    EXPECT_EQ(auditEntries(db(), QStringLiteral("field = 'signing_public_key' AND old_value = "
                                                "'%1' AND new_value = '%2' AND reason = "
                                                "'password reset'")
                                     .arg(before, after)),
              1);
    auto coordinator = users.login(QStringLiteral("coordinator"), temporary);
    ASSERT_TRUE(coordinator.ok()) << str(coordinator.message());
    const TrailReport r = verify();
    EXPECT_TRUE(r.clean()) << str(r.lines().join(QLatin1Char('\n')));
    EXPECT_EQ(sqlValue(db(), QStringLiteral("SELECT username FROM audit_checkpoint ORDER BY id "
                                            "DESC LIMIT 1"))
                  .toString(),
              QStringLiteral("coordinator"));
}

TEST_F(AuditSignatureTest, SigningOutWipesTheKey)
{
    UserRepository users(db());
    auto pi = users.login(QStringLiteral("pi"), passwordOf(QStringLiteral("pi")));
    ASSERT_TRUE(pi.ok());
    EXPECT_TRUE(db().keyring().find(QStringLiteral("pi")));
    ASSERT_TRUE(users.signOut(*pi).ok());
    EXPECT_FALSE(db().keyring().find(QStringLiteral("pi")));
    EXPECT_EQ(auditRows(db(), lastAuditId(db()) - 1).at(0).action, QStringLiteral("logout"));
    EXPECT_TRUE(verify().clean());
}

TEST_F(AuditSignatureTest, TimesNeverGoBackwards)
{
    clock().set(clock().nowUtc().addDays(-3)); // the computer's clock set back
    screened();
    const auto rows = auditRows(db());
    for (size_t i = 1; i < rows.size(); ++i)
        ASSERT_GE(rows[i].atUtc, rows[i - 1].atUtc) << "row " << rows[i].id;
    EXPECT_TRUE(verify().clean());

    // A row dated back by someone with the file is named.
    dropTriggers();
    const qint64 last = lastAuditId(db());
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET at_utc = '2001-01-01T00:00:00."
                                           "000Z' WHERE id = %1")
                                .arg(last)),
              QString());
    recomputeChain(last);
    const TrailReport r = verify();
    EXPECT_FALSE(r.chain.intact);
    EXPECT_TRUE(r.chain.problem.contains(QStringLiteral("time goes backwards")))
        << str(r.chain.problem);
}

TEST_F(AuditSignatureTest, TruncationIsCaughtByTheRememberedHead)
{
    must(TrailAnchors::remember(db()), "remember");
    const qint64 remembered = lastAuditId(db());
    // The trail as it was, cut back to an earlier signed checkpoint: consistent in itself.
    const qint64 keep = sqlValue(db(), QStringLiteral("SELECT head_id FROM audit_checkpoint "
                                                      "WHERE head_id < %1 ORDER BY id DESC "
                                                      "LIMIT 1")
                                           .arg(remembered - 5))
                            .toLongLong();
    ASSERT_GT(keep, 0);
    dropTriggers();
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(keep)),
              QString());
    ASSERT_EQ(
        sqlExec(db(), QStringLiteral("DELETE FROM audit_checkpoint WHERE head_id > %1").arg(keep)),
        QString());
    const QString key = must(TrailAnchors::trialKey(db()), "trial key");
    const auto seen = TrailAnchors::remembered(key);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->headId, remembered);

    TrailReport r = verify();
    EXPECT_TRUE(r.chain.intact);
    EXPECT_TRUE(r.signatures.clean()) << "a cut trail is consistent in itself";
    r = verify({*seen});
    ASSERT_EQ(r.anchors.size(), 1u);
    EXPECT_TRUE(r.anchors[0].problem.contains(QStringLiteral("cut off")))
        << str(r.anchors[0].problem);
    EXPECT_FALSE(r.clean());

    // The command line reads the remembered head by itself.
    const CliResult cli = verifyWithCli();
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("cut off"))) << str(cli.err);
}

TEST_F(AuditSignatureTest, BackupManifestAnchorsTheTrailAndCatchesAReplacedHistory)
{
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("trial-backup.sqlite"));
    must(BackupService::backup(db(), m_admin, backup), "backup");
    const BackupManifest written = must(BackupManifests::write(db(), m_admin, backup), "manifest");
    EXPECT_EQ(written.signedBy, QStringLiteral("admin"));
    EXPECT_GT(written.headId, 0);
    EXPECT_EQ(QFile::permissions(BackupManifest::pathFor(backup)) & 0x0077, 0);
    const BackupManifest read =
        must(BackupManifests::read(BackupManifest::pathFor(backup)), "read");
    EXPECT_EQ(read.headHash, written.headHash);
    EXPECT_TRUE(BackupManifests::check(db(), read, backup).ok());

    std::vector<AnchorFinding> problems;
    auto anchors = must(BackupManifests::anchorsIn(db(), folder.path(), problems), "anchors");
    ASSERT_EQ(anchors.size(), 1u);
    EXPECT_TRUE(problems.empty());
    EXPECT_TRUE(verify(anchors).clean());

    // The history up to the backup's head is rewritten and re-chained, and the checkpoints
    // that no longer fit are removed: the file alone shows only unsigned rows at the end, the
    // manifest shows what happened.
    dropTriggers();
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE audit_log SET reason = 'forged' WHERE id = "
                                           "%1")
                                .arg(written.headId - 3)),
              QString());
    recomputeChain(written.headId - 3);
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM audit_checkpoint WHERE head_id >= %1")
                                .arg(written.headId - 3)),
              QString());
    const TrailReport r = verify(anchors);
    ASSERT_EQ(r.anchors.size(), 1u);
    EXPECT_TRUE(r.anchors[0].problem.contains(QStringLiteral("replaced")))
        << str(r.anchors[0].problem);
    const CliResult cli = verifyWithCli({QStringLiteral("--anchors"), folder.path()});
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_TRUE(cli.err.contains(QStringLiteral("replaced"))) << str(cli.err);

    // A manifest edited to point elsewhere no longer verifies.
    BackupManifest edited = read;
    edited.headId -= 1;
    EXPECT_FALSE(BackupManifests::check(db(), edited, backup).ok());
}

TEST(AuditSignatureMigration, UsersFromBeforeSigningKeysEnrolAtTheirFirstSignIn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture::path(8), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = must(Database::open(path), "open");
    UserRepository users(*db);
    auto coordinator = users.login(QStringLiteral("coordinator"),
                                   fixture::password(QStringLiteral("coordinator")));
    ASSERT_TRUE(coordinator.ok()) << str(coordinator.message());
    EXPECT_FALSE(sqlValue(*db, QStringLiteral("SELECT signing_public_key FROM users WHERE "
                                              "username = 'coordinator'"))
                     .isNull());
    auto admin = users.login(QStringLiteral("admin"), fixture::password(QStringLiteral("admin")));
    ASSERT_TRUE(admin.ok()) << str(admin.message());
    auto r = TrailVerifier::verify(*db, Disclosure::blinded());
    ASSERT_TRUE(r.ok());
    // (The fixture's clinical rows were written beside its trail, so only the chain and the
    // signatures are this test's business.)
    EXPECT_TRUE(r->chain.intact && r->signatures.clean())
        << str(r->lines().join(QLatin1Char('\n')));
    EXPECT_EQ(r->signatures.selfEnrolled,
              (QStringList{QStringLiteral("coordinator"), QStringLiteral("admin")}));
}

} // namespace
