#pragma once

#include <QCoreApplication>
#include <QString>

namespace td {

class Database;
class InstrumentCatalog;

// An alert's facts as a sentence in the chosen language, with the instrument's name and local
// numbers. The alert table stores them language-neutral ("phq9 item9 = 2",
// "gad7 5 -> 9 (RCI 3.56)", AssessmentScoring), which is what the exports carry; everything a
// person reads goes through here.
class AlertText
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    // `kind`: suicidality or deterioration. Facts it cannot read are returned as they are.
    static QString describe(const QString& kind, const QString& detail,
                            const InstrumentCatalog& catalog);
    // The same with the trial's instruments (their names; the facts as stored if they cannot
    // be read).
    static QString describe(const QString& kind, const QString& detail, Database& db);
};

} // namespace td
