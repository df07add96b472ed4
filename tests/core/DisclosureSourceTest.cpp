// Blinding is one policy (core/access/Disclosure): a new read path that forgets it should fail
// here rather than leak. Two rules over the sources:
//  1. Nothing outside core/access asks for the ViewArm permission itself.
//  2. Every core file that touches allocation-revealing data (the arm, the therapist, therapy
//     sessions and session-linked rows, acknowledgement notes) either asks the policy
//     (Disclosure, or ExportSource which applies it to the export rows) or is listed below
//     with the reason it needs not.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <map>

namespace {

const QString root = QStringLiteral(TD_SOURCE_DIR);

QString read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList sources(const QStringList& dirs)
{
    QStringList out;
    for (const QString& dir : dirs) {
        QDirIterator it(root + QLatin1Char('/') + dir,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next().mid(root.size() + 1);
    }
    out.sort();
    return out;
}

// Files that touch the data without asking the policy, and why that is safe.
const std::map<QString, const char*> exempt = {
    {QStringLiteral("core/access/Reach.cpp"), "therapist_id narrows a therapist's own rows"},
    {QStringLiteral("core/access/ServerChecks.cpp"),
     "the server's validating triggers on writes; they return nothing"},
    {QStringLiteral("core/access/ServerAuditTie.cpp"),
     "names the clinical tables whose changes need an audit row; its trigger returns nothing"},
    {QStringLiteral("core/access/WriteGrants.cpp"),
     "names the tables each permission writes; reads no row"},
    {QStringLiteral("core/access/ServerWriteGrants.cpp"),
     "the server's write grants and the blinded monitors' read grants; td_unblinded_arm gives "
     "the one arm only after a recorded emergency unblinding"},
    {QStringLiteral("core/assessments/ArmGuessRepository.cpp"),
     "stores the assessor's guess; never returns the arm"},
    {QStringLiteral("core/demo/DemoTrial.cpp"), "writes the demo trial"},
    {QStringLiteral("core/randomization/AllocationListRepository.cpp"),
     "ManageRandomization only (the unblinded statistician)"},
    {QStringLiteral("core/randomization/RandomizationReplay.cpp"), "ManageRandomization only"},
    {QStringLiteral("core/randomization/RandomizationSettingsRepository.cpp"),
     "ManageRandomization only"},
    {QStringLiteral("core/audit/SignedRecords.cpp"),
     "hashes a signed record (an acknowledgement) for its signature; returns only the digest"},
    {QStringLiteral("core/reporting/ConsortReport.cpp"),
     "per arm only behind ReportAccess::CountsByArm"},
    {QStringLiteral("core/reporting/DashboardData.cpp"),
     "rows for Dashboard, which groups them behind ReportAccess"},
    {QStringLiteral("core/storage/Schema.cpp"), "the schema"},
    {QStringLiteral("core/trial/ProtocolElements.cpp"), "arm definitions, not allocations"},
    {QStringLiteral("core/trial/ProtocolWriter.cpp"), "arm definitions, not allocations"},
    {QStringLiteral("core/storage/LiveUpdates.cpp"),
     "table names mapped to the areas a notification names; reads no row"},
};

TEST(DisclosureSource, OnlyTheAccessLayerAsksForViewArm)
{
    const QStringList files =
        sources({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")});
    ASSERT_GT(files.size(), 100);
    QStringList offenders;
    for (const QString& file : files)
        if (!file.startsWith(QStringLiteral("core/access/")) &&
            read(root + QLatin1Char('/') + file).contains(QStringLiteral("Permission::ViewArm")))
            offenders << file;
    EXPECT_TRUE(offenders.isEmpty()) << "ask Disclosure instead of Permission::ViewArm in: "
                                     << offenders.join(QStringLiteral(", ")).toStdString();
}

TEST(DisclosureSource, EveryReadOfAllocationRevealingDataAsksThePolicy)
{
    static const QRegularExpression sensitive(
        QStringLiteral(R"(\b(arm_id|therapist_id|therapy_session|session_id|acknowledgement)\b)"));
    QStringList offenders;
    QStringList stale;
    int touching = 0;
    for (const QString& file : sources({QStringLiteral("core")})) {
        if (!file.endsWith(QStringLiteral(".cpp")))
            continue;
        const QString text = read(root + QLatin1Char('/') + file);
        if (!sensitive.match(text).hasMatch())
            continue;
        ++touching;
        QString header = file;
        header.replace(QStringLiteral(".cpp"), QStringLiteral(".h"));
        const QString both = text + read(root + QLatin1Char('/') + header);
        const bool asks = both.contains(QStringLiteral("Disclosure")) ||
                          both.contains(QStringLiteral("ExportSource"));
        if (asks && exempt.count(file))
            stale << file;
        if (!asks && !exempt.count(file))
            offenders << file;
    }
    EXPECT_GT(touching, 20);
    EXPECT_TRUE(offenders.isEmpty())
        << "these files read allocation-revealing data without asking Disclosure: "
        << offenders.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(stale.isEmpty()) << "no longer needs an exemption: "
                                 << stale.join(QStringLiteral(", ")).toStdString();
    for (const auto& [file, why] : exempt)
        EXPECT_TRUE(QFile::exists(root + QLatin1Char('/') + file)) << file.toStdString() << why;
}

} // namespace
