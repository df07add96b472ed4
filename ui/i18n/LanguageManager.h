#pragma once

#include <QObject>
#include <QTranslator>
#include <memory>

namespace td {

// Owns the application's translator and switches Norwegian Bokmål / English while running.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    // "nb" or "en"; false (and no change) if the translation could not be loaded.
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }
    // The saved choice, or the system's language when it is Norwegian, else English.
    static QString savedLanguage();
    // Each language in its own name, for the picker.
    static QString nativeName(const QString& code);
    static QStringList languages() { return {QStringLiteral("nb"), QStringLiteral("en")}; }

signals:
    void languageChanged(const QString& code);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace td
