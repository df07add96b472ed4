#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace td {

class Database;

// A form the protocol expects that has not been received.
struct MissingForm
{
    qint64 participantId = 0;
    QString studyId;
    qint64 siteId = 0;
    qint64 timePointId = 0;
    QString visitCode;
    QString instrumentId;
    QDate opens;
    QDate closes;
    bool overdue = false; // the visit's window has closed
    // Keyed once; the protocol asks for double entry, not yet complete (DoubleEntries).
    bool awaitingDoubleEntry = false;
};

// One site's forms: expected so far, received, and still missing (within the window, or
// overdue).
struct SiteForms
{
    qint64 siteId = 0;
    QString siteCode;
    int expected = 0;
    int received = 0;
    int due = 0;
    int overdue = 0;
    int unconfirmed = 0; // of due and overdue: keyed once, double entry not complete
};

struct MissingFormsReport
{
    std::vector<SiteForms> sites;   // every site the reader reaches, by code
    std::vector<MissingForm> forms; // overdue first, then by the window's close, study id
};

// Missing forms (docs/data-quality.md): per visit whose window has opened, the forms the
// protocol expects against those received (ExpectedForms), counted per site, and the list of
// those still missing. A visit missed with a reason closes its forms.
class MissingForms
{
    Q_DECLARE_TR_FUNCTIONS(MissingForms)

public:
    explicit MissingForms(Database& db) : m_db(db) {}
    Result<MissingFormsReport> report(const Actor& actor, const QDate& today);

private:
    Database& m_db;
};

} // namespace td
