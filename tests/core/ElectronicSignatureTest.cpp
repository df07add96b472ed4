// Electronic signatures (21 CFR 11 subpart C, docs/audit.md): the acts that are signed, a
// password typed again for each, the signature shown with its record, and every signature
// checked by `audit verify` against the key the trail gave its signer.

#include "audit/ElectronicSignature.h"

#include "TestTrial.h"
#include "access/Disclosure.h"
#include "access/UserRepository.h"
#include "assessments/AssessmentRepository.h"
#include "audit/SignatureVerifier.h"
#include "audit/TrailVerifier.h"
#include "exchange/ExportService.h"
#include "outcomes/AlertRepository.h"
#include "randomization/EmergencyUnblinding.h"
#include "trial/ProtocolRepository.h"

#include <QFile>
#include <QFileInfo>
#include <map>

using namespace td;
using namespace tdtest;

namespace {

class ElectronicSignatureTest : public TestTrial
{
protected:
    // A participant with an open suicidality alert; its id.
    qint64 openAlert()
    {
        const Participant p = randomized(m_armCbt, m_therapist);
        Assessment a;
        a.participantId = p.id;
        a.instrumentId = QStringLiteral("phq9");
        a.date = today();
        a.items = QStringList(8, QStringLiteral("0")) << QStringLiteral("2");
        must(AssessmentRepository(db()).save(m_coordinator, a), "PHQ-9 with item 9 = 2");
        const auto open = must(AlertRepository(db()).list(m_pi, true), "open alerts");
        EXPECT_EQ(open.size(), 1u);
        return open.empty() ? 0 : open.front().id;
    }

    qint64 reviewedAlert()
    {
        const qint64 id = openAlert();
        must(AlertRepository(db()).acknowledge(m_pi, id, QStringLiteral("Safety plan made."),
                                               signedBy(m_pi)),
             "acknowledge");
        return id;
    }

    SignatureVerification check() { return must(SignatureVerifier::verify(db()), "verify"); }

    qint64 signatures()
    {
        return sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM electronic_signature"));
    }

    void dropSignatureTriggers()
    {
        for (const char* t : {"electronic_signature_no_update", "electronic_signature_no_delete"})
            ASSERT_EQ(dropTrigger(db(), QLatin1String(t), QStringLiteral("electronic_signature")),
                      QString());
    }
};

TEST_F(ElectronicSignatureTest, AReviewedAlertCarriesItsReviewersSignature)
{
    const qint64 id = reviewedAlert();
    const auto all = must(AlertRepository(db()).list(m_pi, false), "alerts");
    ASSERT_EQ(all.size(), 1u);
    ASSERT_TRUE(all[0].signature.has_value());
    const ElectronicSignature& s = *all[0].signature;
    EXPECT_EQ(s.entity, QStringLiteral("alert"));
    EXPECT_EQ(s.recordId, QString::number(id));
    EXPECT_EQ(s.meaning, SignatureMeaning::Review);
    EXPECT_EQ(s.username, m_pi.username);
    EXPECT_FALSE(s.signerName.isEmpty());
    EXPECT_EQ(s.role, QStringLiteral("principal_investigator"));
    EXPECT_TRUE(s.signedAt.isValid());
    EXPECT_TRUE(ElectronicSignatures::describe(s).contains(m_pi.username));
    // In the trail, signed by the same transaction's checkpoint.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                            "'electronic_signature'")),
              1);
    const SignatureVerification v = check();
    EXPECT_TRUE(v.clean()) << str(v.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(v.signatures, 1);
    const TrailReport r = must(TrailVerifier::verify(db(), Disclosure::unblinded()), "trail");
    EXPECT_TRUE(r.clean()) << str(r.lines().join(QLatin1Char('\n')));
}

TEST_F(ElectronicSignatureTest, AWrongOrMissingPasswordSignsNothingAndChangesNothing)
{
    const qint64 id = openAlert();
    AlertRepository alerts(db());
    const qint64 rowsBefore = lastAuditId(db());
    auto empty = alerts.acknowledge(m_pi, id, QStringLiteral("Seen."), SignWith{});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(empty.message().contains(QStringLiteral("password"))) << str(empty.message());
    EXPECT_EQ(lastAuditId(db()), rowsBefore);

    auto wrong = alerts.acknowledge(m_pi, id, QStringLiteral("Seen."),
                                    SignWith{QStringLiteral("not-the-password")});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_TRUE(wrong.message().contains(QStringLiteral("Nothing was saved")))
        << str(wrong.message());
    // Someone else's password is no signature either.
    auto other = alerts.acknowledge(m_pi, id, QStringLiteral("Seen."), signedBy(m_coordinator));
    EXPECT_EQ(other.error().code, ErrorCode::AuthenticationFailed);

    EXPECT_TRUE(must(alerts.list(m_pi, true), "open").size() == 1u); // still open
    EXPECT_EQ(signatures(), 0);
    // The failed attempts are recorded as failed sign-ins are, and count towards the wait.
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                            "'login_failed' AND id > %1")
                                 .arg(rowsBefore)),
              2);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT failures FROM login_throttle WHERE "
                                            "username = 'pi'")),
              2);
}

TEST_F(ElectronicSignatureTest, TheActsThatAreSignedCarryTheRightMeaning)
{
    // Alert review (above), emergency unblinding review, randomization settings and list (the
    // fixture's statistician), protocol amendment: each signed once here.
    reviewedAlert();
    const Participant p = randomized(m_armPdt, m_therapist2);
    must(EmergencyUnblinding(db()).unblind(m_assessor, p.id,
                                           QStringLiteral("Serious adverse event: admission")),
         "unblind");
    const auto records = must(EmergencyUnblinding(db()).list(m_pi, true), "unreviewed");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(EmergencyUnblinding(db())
                  .acknowledge(m_pi, records[0].id, SignWith{QStringLiteral("wrong")})
                  .error()
                  .code,
              ErrorCode::AuthenticationFailed);
    must(EmergencyUnblinding(db()).acknowledge(m_pi, records[0].id, signedBy(m_pi)), "review");
    const auto reviewed = must(EmergencyUnblinding(db()).list(m_pi), "all");
    ASSERT_TRUE(reviewed[0].signature.has_value());
    EXPECT_EQ(reviewed[0].signature->meaning, SignatureMeaning::Review);

    std::map<QString, QString> meanings;
    for (const ElectronicSignature& s :
         must(ElectronicSignatures::all(db(), Disclosure::unblinded()), "all"))
        meanings[s.entity] = ElectronicSignatures::key(s.meaning);
    EXPECT_EQ(meanings[QStringLiteral("alert")], QStringLiteral("review"));
    EXPECT_EQ(meanings[QStringLiteral("emergency_unblinding")], QStringLiteral("review"));
    const SignatureVerification v = check();
    EXPECT_TRUE(v.clean()) << str(v.problems.join(QLatin1Char('\n')));
}

TEST_F(ElectronicSignatureTest, ARecordChangedAfterItWasSignedIsNamed)
{
    const qint64 id = reviewedAlert();
    // Someone with the file edits the note the PI signed (the replay sees it too).
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE alert SET acknowledgement = 'Nothing done.' "
                                           "WHERE id = %1")
                                .arg(id)),
              QString());
    const SignatureVerification v = check();
    ASSERT_EQ(v.problems.size(), 1);
    EXPECT_TRUE(v.problems[0].contains(QStringLiteral("changed after it was signed")))
        << str(v.problems[0]);
    EXPECT_TRUE(v.problems[0].contains(QStringLiteral("Safety alert %1").arg(id)));
    const TrailReport r = must(TrailVerifier::verify(db(), Disclosure::unblinded()), "trail");
    EXPECT_FALSE(r.clean());
}

TEST_F(ElectronicSignatureTest, AnEditedSignatureDoesNotVerify)
{
    reviewedAlert();
    dropSignatureTriggers();
    // The meaning turned from a review into an approval.
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE electronic_signature SET meaning = 'approval'")),
              QString());
    const SignatureVerification v = check();
    ASSERT_EQ(v.problems.size(), 1);
    EXPECT_TRUE(v.problems[0].contains(QStringLiteral("does not verify"))) << str(v.problems[0]);
}

TEST_F(ElectronicSignatureTest, ASignatureMadeWithAnotherKeyIsRefused)
{
    const qint64 id = reviewedAlert();
    dropSignatureTriggers();
    // The coordinator's key (with their public key) put in as if it were the PI's.
    const QString coordinatorKey =
        sqlValue(db(), QStringLiteral("SELECT signing_public_key FROM users WHERE username = "
                                      "'coordinator'"))
            .toString();
    ASSERT_EQ(sqlExec(db(), QStringLiteral("UPDATE electronic_signature SET public_key = '%1' "
                                           "WHERE record_id = '%2'")
                                .arg(coordinatorKey)
                                .arg(id)),
              QString());
    const SignatureVerification v = check();
    ASSERT_EQ(v.problems.size(), 1);
    EXPECT_TRUE(v.problems[0].contains(QStringLiteral("key that the audit trail does not give")))
        << str(v.problems[0]);
}

TEST_F(ElectronicSignatureTest, ARemovedSignatureIsMissedByTheReplay)
{
    reviewedAlert();
    dropSignatureTriggers();
    ASSERT_EQ(sqlExec(db(), QStringLiteral("DELETE FROM electronic_signature")), QString());
    const TrailReport r = must(TrailVerifier::verify(db(), Disclosure::unblinded()), "trail");
    EXPECT_FALSE(r.clean());
    bool named = false;
    for (const ReplayFinding& f : r.replay.findings)
        named = named || (f.table == QStringLiteral("electronic_signature") &&
                          f.kind == ReplayFinding::Kind::NoRow);
    EXPECT_TRUE(named) << str(r.lines().join(QLatin1Char('\n')));
}

TEST_F(ElectronicSignatureTest, SignaturesStillVerifyAfterThePasswordIsReset)
{
    reviewedAlert();
    const QString temporary = QStringLiteral("Midlertidig-passord-7");
    must(UserRepository(db()).resetPassword(m_admin, m_pi.userId, temporary), "reset");
    must(UserRepository(db()).login(m_pi.username, temporary), "sign in");
    // A second alert, reviewed with the new key.
    const Participant p = randomized(m_armPdt, m_therapist2);
    Assessment a;
    a.participantId = p.id;
    a.instrumentId = QStringLiteral("phq9");
    a.date = today();
    a.items = QStringList(8, QStringLiteral("0")) << QStringLiteral("3");
    must(AssessmentRepository(db()).save(m_coordinator, a), "PHQ-9");
    const auto open = must(AlertRepository(db()).list(m_pi, true), "open");
    ASSERT_EQ(open.size(), 1u);
    must(AlertRepository(db()).acknowledge(m_pi, open[0].id, QStringLiteral("Seen today."),
                                           SignWith{temporary}),
         "second review");
    const SignatureVerification v = check();
    EXPECT_TRUE(v.clean()) << str(v.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(v.signatures, 2);
    const QStringList keys = {
        sqlValue(db(), QStringLiteral("SELECT public_key FROM electronic_signature WHERE id = 1"))
            .toString(),
        sqlValue(db(), QStringLiteral("SELECT public_key FROM electronic_signature WHERE id = 2"))
            .toString()};
    EXPECT_NE(keys[0], keys[1]);
}

TEST_F(ElectronicSignatureTest, ABlindedReaderIsNotToldWhoSignedNorSeesTheRandomizationsSignatures)
{
    reviewedAlert();
    const auto seen = must(AlertRepository(db()).list(m_assessor, false), "assessor's alerts");
    ASSERT_EQ(seen.size(), 1u);
    ASSERT_TRUE(seen[0].signature.has_value()); // that it was signed is no secret
    EXPECT_TRUE(seen[0].signature->username.isEmpty());
    EXPECT_TRUE(seen[0].signature->signerName.isEmpty());
    EXPECT_FALSE(ElectronicSignatures::describe(*seen[0].signature).contains(m_pi.username));
    for (const ElectronicSignature& s :
         must(ElectronicSignatures::all(db(), Disclosure::blinded()), "blinded"))
        EXPECT_TRUE(s.entity != QStringLiteral("randomization_settings") &&
                    s.entity != QStringLiteral("allocation_list"))
            << str(s.entity);
}

TEST_F(ElectronicSignatureTest, AProtocolAmendmentIsSignedByWhoeverMakesIt)
{
    randomized(m_armCbt);
    ProtocolRepository repo(db());
    Protocol p = must(repo.load(m_admin), "load");
    p.trial.targetSampleSize += 10;
    auto unsignedChange = repo.update(m_admin, p, {today(), QStringLiteral("More participants")});
    ASSERT_FALSE(unsignedChange.ok());
    EXPECT_EQ(unsignedChange.error().code, ErrorCode::Invalid);
    EXPECT_EQ(sqlCount(db(), QStringLiteral("SELECT COUNT(*) FROM protocol_version")), 1);
    // Other refusals come before the password is asked for.
    auto noReason = repo.update(m_admin, p, {today(), QString(), signedBy(m_admin)});
    EXPECT_TRUE(noReason.message().contains(QStringLiteral("reason"))) << str(noReason.message());
    const ProtocolUpdate done = must(
        repo.update(m_admin, p, {today(), QStringLiteral("More participants"), signedBy(m_admin)}),
        "amend");
    EXPECT_TRUE(done.amendment);
    const auto versions = must(repo.versions(m_pi), "versions");
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_FALSE(versions[0].signature.has_value());
    ASSERT_TRUE(versions[1].signature.has_value());
    EXPECT_EQ(versions[1].signature->meaning, SignatureMeaning::Approval);
    EXPECT_EQ(versions[1].signature->username, m_admin.username);
    const SignatureVerification v = check();
    EXPECT_TRUE(v.clean()) << str(v.problems.join(QLatin1Char('\n')));
}

TEST_F(ElectronicSignatureTest, TheSignaturesFileHoldsWhatTheDataSetMayShow)
{
    const qint64 id = reviewedAlert();
    const QString dir = m_dir.path();
    auto read = [](const QString& path) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << str(path);
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    ExportService exports(db());
    const QString full = dir + QStringLiteral("/signatures.csv");
    const ExportSummary all =
        must(exports.exportTo(m_statistician, *ExportFormats::find(u"signatures"), full), "export");
    const QStringList lines = read(full);
    ASSERT_EQ(lines.size(), all.rows + 1);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("signature_id,record,record_id,study_id")));
    const QString alertLine = lines.filter(QStringLiteral(",alert,%1,").arg(id)).value(0);
    EXPECT_TRUE(alertLine.contains(QStringLiteral(",review,pi,"))) << str(alertLine);
    const ElectronicSignature s =
        must(ElectronicSignatures::all(db(), Disclosure::unblinded()), "all").back();
    EXPECT_TRUE(alertLine.contains(s.signature)) << str(alertLine);

    ExportOptions blinded;
    blinded.blinded = true;
    const QString masked = dir + QStringLiteral("/signatures-blinded.csv");
    must(exports.exportTo(m_statistician, *ExportFormats::find(u"signatures"), masked, blinded),
         "blinded");
    const QString blindedText = read(masked).join(QLatin1Char('\n'));
    EXPECT_FALSE(blindedText.contains(QStringLiteral(",pi,"))) << str(blindedText);
    EXPECT_FALSE(blindedText.contains(s.signature));
    EXPECT_FALSE(blindedText.contains(QStringLiteral("randomization_settings,1")));
    EXPECT_FALSE(blindedText.contains(QStringLiteral(",allocation_list,")));
}

TEST_F(ElectronicSignatureTest, TheMessageBindsEveryField)
{
    ElectronicSignature s;
    s.entity = QStringLiteral("alert");
    s.recordId = QStringLiteral("1");
    s.username = QStringLiteral("pi");
    s.signerName = QStringLiteral("Kari");
    s.role = QStringLiteral("pi");
    s.signedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    s.digest = QStringLiteral("ab");
    s.publicKey = QStringLiteral("cd");
    const QByteArray base = ElectronicSignatures::message(s);
    auto differs = [&](auto change) {
        ElectronicSignature t = s;
        change(t);
        return ElectronicSignatures::message(t) != base;
    };
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.entity = QStringLiteral("alerts"); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.recordId = QStringLiteral("2"); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.meaning = SignatureMeaning::Approval; }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.username = QStringLiteral("p"); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.signerName = QStringLiteral("Kar"); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.role = QStringLiteral("admin"); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.signedAt = t.signedAt.addMSecs(1); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.digest = QStringLiteral("ac"); }));
    EXPECT_TRUE(differs([](ElectronicSignature& t) { t.publicKey = QStringLiteral("ce"); }));
    // Fields cannot run into each other.
    EXPECT_TRUE(differs([](ElectronicSignature& t) {
        t.entity = QStringLiteral("alert1");
        t.recordId = QString();
    }));
}

} // namespace
