#pragma once

// Internal to the ODM export: the writer shared by OdmMetadata.cpp (Study, AdminData) and
// OdmClinicalData.cpp (ClinicalData).

#include "common/Result.h"
#include "exchange/ExportLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>
#include <map>
#include <vector>

namespace td {

struct LocalizedText;

class OdmWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdmExport)

public:
    OdmWriter(ExportContext& ctx, QIODevice& out);
    Result<qint64> run();

    // XML 1.0 cannot carry most control characters: they become U+FFFD.
    static QString clean(const QString& text);

private:
    // The forms the trial's assessments actually use per event, beyond the schedule.
    Status scanForms();
    Status loadUsers();
    void writeStudy();
    void writeEventDefs();
    void writeFormDefs();
    void writeItemGroupDefs();
    void writeItemDefs();
    void writeCodeLists();
    void writeAdminData();
    Result<qint64> writeClinicalData();

    void text(const QString& element, const QString& value);
    void translated(const QString& element, const QString& en, const QString& nb = {});
    void ref(const QString& element, const QString& attribute, const QString& oid, int order,
             bool mandatory);
    void itemDef(const QString& oid, const QString& name, const QString& dataType,
                 const QString& question, const QString& codeList = {});
    void codeList(const QString& oid, const QString& name, const QString& dataType,
                  const std::vector<std::pair<QString, QString>>& items);
    QString studyOid() const;
    QString userOid(const QString& username) const;

    ExportContext& m_ctx;
    QXmlStreamWriter m_xml;
    QStringList m_instruments;                      // every FormDef, catalog order
    std::map<qint64, QStringList> m_visitForms;     // time point id -> instruments
    QStringList m_sessionForms, m_unscheduledForms; // instruments used outside visits
    QHash<QString, QString> m_userOids;             // username -> UserOID
    struct User
    {
        QString username, displayName, role;
    };
    std::vector<User> m_users;
};

} // namespace td
