#pragma once

#include <QObject>
#include <QTranslator>
#include <memory>
#include <vector>

namespace td {

// Owns the application's translators and switches Norwegian Bokmål / English while running:
// the program's own strings, and Qt's (the file dialogs, standard buttons, message boxes and
// the print preview). Qt's catalogue for the language comes from Qt's translations folder
// (QLibraryInfo::TranslationsPath) when it has one; Qt ships none for Bokmål, so the program
// carries its own Bokmål for the Qt strings it shows (translations/qtbase_nb.ts), installed
// after Qt's so that it wins.
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
    void installQtTranslations(const QString& code);

    std::unique_ptr<QTranslator> m_translator;
    std::vector<std::unique_ptr<QTranslator>> m_qtTranslators;
    QString m_language;
};

} // namespace td
