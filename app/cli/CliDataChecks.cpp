// trialdesk-cli dde (double data entry: forms awaiting a second entry, differences,
// adjudication, agreement) and verify-source (source data verification)
// (docs/data-quality.md).

#include "CliArgs.h"
#include "CliCommands.h"
#include "assessments/AssessmentRepository.h"
#include "participants/ParticipantRepository.h"
#include "quality/DoubleEntry.h"
#include "quality/SourceVerification.h"
#include "storage/Database.h"
#include "trial/ProtocolRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {
class CliDataChecks
{
    Q_DECLARE_TR_FUNCTIONS(CliDataChecks)
};

QString ddeUsage()
{
    return CliDataChecks::tr(
        "usage (each also takes --db FILE --user NAME [--json]):\n"
        "  trialdesk-cli dde discrepancies      items on which the two entries differ\n"
        "  trialdesk-cli dde awaiting           forms keyed once that need a second entry\n"
        "  trialdesk-cli dde agreement          discrepant fields per 10,000 keyed, per\n"
        "                                       instrument and per person\n"
        "  trialdesk-cli dde resolve STUDYID --visit CODE --instrument ID --item N --value V\n"
        "      [--note TEXT]                    the adjudicated value of a differing item\n"
        "  The second entry itself: trialdesk-cli assess ... --second-entry ITEM...");
}

QString verifyUsage()
{
    return CliDataChecks::tr("usage (each also takes --db FILE --user NAME [--json]):\n"
                             "  trialdesk-cli verify-source STUDYID --visit CODE --instrument ID\n"
                             "      marks the form as verified against its source (a monitor)\n"
                             "  trialdesk-cli verify-source --summary\n"
                             "      the share of visit forms verified, per site");
}

std::optional<Args> parse(const QStringList& raw, const QString& usage, int& code)
{
    QString error;
    auto args =
        Args::parse(raw,
                    {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--visit"),
                     QStringLiteral("--instrument"), QStringLiteral("--item"),
                     QStringLiteral("--value"), QStringLiteral("--note")},
                    {QStringLiteral("--json"), QStringLiteral("--summary")}, error);
    if (!args)
        code = usageError(error, usage);
    return args;
}

// The participant and visit named by STUDYID and --visit, with --instrument required.
struct Form
{
    qint64 participantId = 0;
    QString studyId;
    qint64 timePointId = 0;
    QString visitCode;
    QString instrumentId;
};

Result<Form> formOf(Database& db, const Actor& actor, const Args& args)
{
    Form f;
    f.studyId = args.positional().value(0);
    f.instrumentId = args.value(QStringLiteral("--instrument"));
    if (f.studyId.isEmpty() || args.value(QStringLiteral("--visit")).isEmpty() ||
        f.instrumentId.isEmpty())
        return makeError(ErrorCode::Invalid, CliDataChecks::tr("Name the form: STUDYID, --visit "
                                                               "CODE and --instrument ID."));
    auto p = ParticipantRepository(db).getByStudyId(actor, f.studyId);
    TD_TRY(p);
    f.participantId = p->id;
    auto protocol = ProtocolRepository(db).load(actor);
    TD_TRY(protocol);
    auto visit = visitOf(*protocol, args.value(QStringLiteral("--visit")));
    TD_TRY(visit);
    f.timePointId = (*visit)->id;
    f.visitCode = (*visit)->code;
    return f;
}

QJsonObject toJson(const Discrepancy& d)
{
    return {{QStringLiteral("assessment_id"), d.assessmentId},
            {QStringLiteral("study_id"), d.studyId},
            {QStringLiteral("visit"), d.visitCode},
            {QStringLiteral("instrument"), d.instrumentId},
            {QStringLiteral("item"), d.item},
            {QStringLiteral("first_value"), d.firstValue},
            {QStringLiteral("second_value"), d.secondValue},
            {QStringLiteral("first_by"), d.firstBy},
            {QStringLiteral("second_by"), d.secondBy}};
}

QJsonArray toJson(const std::vector<EntryAgreement>& rows, const QString& keyName)
{
    QJsonArray out;
    for (const EntryAgreement& e : rows)
        out.append(QJsonObject{{keyName, e.key},
                               {QStringLiteral("forms"), e.forms},
                               {QStringLiteral("fields"), e.fields},
                               {QStringLiteral("discrepant"), e.discrepant},
                               {QStringLiteral("per_10000"), e.per10000()}});
    return out;
}

int resolve(const Args& args, Session& session)
{
    Database& db = *session.db;
    auto form = formOf(db, session.actor, args);
    if (!form.ok())
        return refuse(form.error());
    bool ok = false;
    const int item = args.value(QStringLiteral("--item")).toInt(&ok);
    if (!ok || item <= 0)
        return usageError(CliDataChecks::tr("--item \"%1\" is not an item number; items are "
                                            "counted from 1.")
                              .arg(args.value(QStringLiteral("--item"))),
                          ddeUsage());
    if (!args.has(QStringLiteral("--value")))
        return usageError(CliDataChecks::tr("Give the adjudicated value with --value."),
                          ddeUsage());
    auto id = AssessmentRepository(db).latestAtVisit(session.actor, form->participantId,
                                                     form->timePointId, form->instrumentId);
    if (!id.ok())
        return refuse(id.error());
    if (*id == 0)
        return refuse(makeError(ErrorCode::NotFound,
                                CliDataChecks::tr("%1 has no %2 at visit %3.")
                                    .arg(form->studyId, form->instrumentId, form->visitCode)));
    auto done =
        DoubleEntries(db).resolve(session.actor, *id, item, args.value(QStringLiteral("--value")),
                                  args.value(QStringLiteral("--note")));
    if (!done.ok())
        return refuse(done.error());
    if (args.json())
        printJson(
            QJsonObject{{QStringLiteral("assessment_id"), done->assessmentId},
                        {QStringLiteral("item"), item},
                        {QStringLiteral("status"), DoubleEntries::statusKey(done->status)},
                        {QStringLiteral("unresolved"), static_cast<int>(done->unresolved.size())}});
    else
        printOut(CliDataChecks::tr("Item %1 of %2 %3 %4 adjudicated; %n difference(s) left.",
                                   nullptr, static_cast<int>(done->unresolved.size()))
                     .arg(item)
                     .arg(form->studyId, form->visitCode, form->instrumentId));
    return 0;
}
} // namespace

int runDde(const QStringList& raw)
{
    const QString action = raw.value(0);
    static const QStringList actions = {QStringLiteral("discrepancies"), QStringLiteral("awaiting"),
                                        QStringLiteral("agreement"), QStringLiteral("resolve")};
    if (!actions.contains(action))
        return usageError(CliDataChecks::tr("Name what to do: discrepancies, awaiting, "
                                            "agreement or resolve."),
                          ddeUsage());
    int code = 0;
    auto args = parse(raw.mid(1), ddeUsage(), code);
    if (!args)
        return code;
    const bool changes = action == QStringLiteral("resolve");
    auto session = openSession(*args, code, changes ? TrialUse::Change : TrialUse::Read);
    if (!session)
        return code;
    if (changes)
        return resolve(*args, *session);
    DoubleEntries doubles(*session->db);
    const Actor& actor = session->actor;
    if (action == QStringLiteral("discrepancies")) {
        auto list = doubles.discrepancies(actor);
        if (!list.ok())
            return refuse(list.error());
        if (args->json()) {
            QJsonArray out;
            for (const Discrepancy& d : *list)
                out.append(toJson(d));
            printJson(out);
        } else if (list->empty()) {
            printOut(CliDataChecks::tr("No differences wait for adjudication."));
        } else {
            for (const Discrepancy& d : *list)
                printOut(CliDataChecks::tr("%1\t%2\t%3\titem %4\tfirst \"%5\"\tsecond \"%6\"")
                             .arg(d.studyId, d.visitCode, d.instrumentId)
                             .arg(d.item)
                             .arg(d.firstValue, d.secondValue));
        }
        return 0;
    }
    if (action == QStringLiteral("awaiting")) {
        auto list = doubles.awaiting(actor);
        if (!list.ok())
            return refuse(list.error());
        if (args->json()) {
            QJsonArray out;
            for (const AwaitingSecondEntry& a : *list)
                out.append(QJsonObject{{QStringLiteral("assessment_id"), a.assessmentId},
                                       {QStringLiteral("study_id"), a.studyId},
                                       {QStringLiteral("visit"), a.visitCode},
                                       {QStringLiteral("instrument"), a.instrumentId},
                                       {QStringLiteral("first_by"), a.firstBy}});
            printJson(out);
        } else if (list->empty()) {
            printOut(CliDataChecks::tr("No form waits for a second entry."));
        } else {
            for (const AwaitingSecondEntry& a : *list)
                printOut(QStringLiteral("%1\t%2\t%3\t%4")
                             .arg(a.studyId, a.visitCode, a.instrumentId, a.firstBy));
        }
        return 0;
    }
    auto report = doubles.agreement(actor);
    if (!report.ok())
        return refuse(report.error());
    if (args->json()) {
        printJson(QJsonObject{
            {QStringLiteral("by_instrument"),
             toJson(report->byInstrument, QStringLiteral("instrument"))},
            {QStringLiteral("by_person"), toJson(report->byPerson, QStringLiteral("user"))}});
        return 0;
    }
    const QLocale locale;
    for (const auto* rows : {&report->byInstrument, &report->byPerson})
        for (const EntryAgreement& e : *rows)
            printOut(CliDataChecks::tr("%1: %2 forms, %3 fields, %4 discrepant (%5 per 10,000)")
                         .arg(e.key, locale.toString(e.forms), locale.toString(e.fields),
                              locale.toString(e.discrepant),
                              locale.toString(e.per10000(), 'f', 1)));
    return 0;
}

int runVerifySource(const QStringList& raw)
{
    int code = 0;
    auto args = parse(raw, verifyUsage(), code);
    if (!args)
        return code;
    const bool summary = args->has(QStringLiteral("--summary"));
    auto session = openSession(*args, code, summary ? TrialUse::Read : TrialUse::Change);
    if (!session)
        return code;
    Database& db = *session->db;
    SourceVerifications verifications(db);
    if (summary) {
        auto sites = verifications.bySite(session->actor);
        if (!sites.ok())
            return refuse(sites.error());
        QJsonArray out;
        const QLocale locale;
        for (const SiteVerification& s : *sites) {
            if (args->json())
                out.append(QJsonObject{{QStringLiteral("site"), s.siteCode},
                                       {QStringLiteral("forms"), s.forms},
                                       {QStringLiteral("verified"), s.verified},
                                       {QStringLiteral("share"), s.share()}});
            else
                printOut(CliDataChecks::tr("%1: %2 of %3 forms verified (%4 %)")
                             .arg(s.siteCode, locale.toString(s.verified), locale.toString(s.forms),
                                  locale.toString(100.0 * s.share(), 'f', 0)));
        }
        if (args->json())
            printJson(out);
        return 0;
    }
    auto form = formOf(db, session->actor, *args);
    if (!form.ok())
        return usageError(form.message(), verifyUsage());
    auto mark = verifications.verify(session->actor, form->participantId, form->timePointId,
                                     form->instrumentId);
    if (!mark.ok())
        return refuse(mark.error());
    if (args->json())
        printJson(
            QJsonObject{{QStringLiteral("assessment_id"), mark->assessmentId},
                        {QStringLiteral("study_id"), form->studyId},
                        {QStringLiteral("visit"), form->visitCode},
                        {QStringLiteral("instrument"), form->instrumentId},
                        {QStringLiteral("verified_at"), mark->at.toString(Qt::ISODateWithMs)}});
    else
        printOut(CliDataChecks::tr("%1 %2 %3 verified against its source.")
                     .arg(form->studyId, form->visitCode, form->instrumentId));
    return 0;
}

} // namespace td::cli
