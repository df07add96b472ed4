#pragma once

#include "protocol/ProtocolEditor.h"

class QLabel;

namespace td {

// The trial's sites: code (the prefix of study ids) and name in both languages.
class SitesEditor : public ProtocolEditor
{
    Q_OBJECT

public:
    enum Column { Code, NameEn, NameNb };

    explicit SitesEditor(ProtocolDraft& draft, QWidget* parent = nullptr);
    QString title() const override;
    QString subTitle() const override;
    EditTable* table() const { return m_table; }

protected:
    bool belongs(const QString& path) const override;
    void load() override;
    void mark(const ProtocolProblems& problems) override;
    void retranslateUi() override;

private:
    void store(int row, int column);

    QLabel* m_intro;
    EditTable* m_table;
};

} // namespace td
