#include "exchange/RedcapDictionary.h"

#include "exchange/CsvReader.h"
#include "instruments/BranchingLogic.h"
#include "instruments/InstrumentDefinition.h"
#include "instruments/ItemNumber.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace td {

namespace {

using Dict = RedcapDictionary;

enum Col {
    Name,
    Form,
    Section,
    Type,
    Label,
    Choices,
    Note,
    Validation,
    Min,
    Max,
    Identifier,
    Branching,
    Required,
    Alignment,
    Question,
    Matrix,
    Ranking,
    Annotation,
    ColumnCount
};

// The header names of the Data Dictionary CSV and of the API's metadata export, letters and
// digits only, lower case.
const std::map<QString, Col>& headerNames()
{
    static const std::map<QString, Col> names = {
        {QStringLiteral("variablefieldname"), Name},
        {QStringLiteral("fieldname"), Name},
        {QStringLiteral("formname"), Form},
        {QStringLiteral("sectionheader"), Section},
        {QStringLiteral("fieldtype"), Type},
        {QStringLiteral("fieldlabel"), Label},
        {QStringLiteral("choicescalculationsorsliderlabels"), Choices},
        {QStringLiteral("selectchoicesorcalculations"), Choices},
        {QStringLiteral("fieldnote"), Note},
        {QStringLiteral("textvalidationtypeorshowslidernumber"), Validation},
        {QStringLiteral("textvalidationmin"), Min},
        {QStringLiteral("textvalidationmax"), Max},
        {QStringLiteral("identifier"), Identifier},
        {QStringLiteral("branchinglogicshowfieldonlyif"), Branching},
        {QStringLiteral("branchinglogic"), Branching},
        {QStringLiteral("requiredfield"), Required},
        {QStringLiteral("customalignment"), Alignment},
        {QStringLiteral("questionnumbersurveysonly"), Question},
        {QStringLiteral("questionnumber"), Question},
        {QStringLiteral("matrixgroupname"), Matrix},
        {QStringLiteral("matrixranking"), Ranking},
        {QStringLiteral("fieldannotation"), Annotation},
    };
    return names;
}

QString normalized(const QString& header)
{
    QString out;
    for (QChar c : header.toLower())
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
    return out;
}

struct Field
{
    qint64 line = 0;
    QString v[ColumnCount];
    const QString& operator[](Col c) const { return v[c]; }
    const QString& name() const { return v[Name]; }
    bool flag(Col c) const
    {
        const QString s = v[c].trimmed().toLower();
        return s == QLatin1String("y") || s == QLatin1String("yes") || s == QLatin1String("1");
    }
};

struct Choice
{
    QString code;
    QString label;
};

// "1, Yes | 0, No": pipes between choices (line breaks when there is no pipe), a comma after
// the code. With pipes, a line break is part of a label (a stray carriage return, say).
std::vector<Choice> choices(const QString& text)
{
    std::vector<Choice> out;
    static const QRegularExpression pipe(QStringLiteral("[|]"));
    static const QRegularExpression lines(QStringLiteral("[\\r\\n]"));
    const bool piped = text.contains(QLatin1Char('|'));
    for (QString part : text.split(piped ? pipe : lines, Qt::SkipEmptyParts)) {
        part = part.simplified();
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype comma = part.indexOf(QLatin1Char(','));
        out.push_back({(comma < 0 ? part : part.left(comma)).trimmed(),
                       comma < 0 ? QString() : part.mid(comma + 1).trimmed()});
    }
    return out;
}

// A whole number within the engine's item range, from a REDCap min, max or choice code.
std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || std::floor(v) != v || v < -999 || v > 999)
        return std::nullopt;
    return static_cast<int>(v);
}

// REDCap's numeric text validations and their decimal places: integer 0, number_1dp ... 4dp
// (and their _comma_decimal forms) that many, number (and the older float) -1: any decimals,
// taken from the min and max (at least 2). Nothing for any other validation.
std::optional<int> numericPlaces(const QString& validation)
{
    static const QRegularExpression dp(QStringLiteral("^number_([1-4])dp(_comma_decimal)?$"));
    if (validation == QLatin1String("integer"))
        return 0;
    if (validation == QLatin1String("number") || validation == QLatin1String("float") ||
        validation == QLatin1String("number_comma_decimal"))
        return -1;
    if (const auto m = dp.match(validation); m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

// The places written after the decimal point or comma of a min or max ("0.25": 2).
int writtenPlaces(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype point = std::max(t.indexOf(QLatin1Char('.')), t.indexOf(QLatin1Char(',')));
    return point < 0 ? 0 : static_cast<int>(t.size() - point - 1);
}

// A min or max within -999..999 with at most `places` decimals (a decimal comma as in
// REDCap's comma_decimal validations).
std::optional<double> decimalNumber(const QString& text, int places)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    int units = 0;
    if (t.isEmpty() || ItemNumber::read(t, places, units) != ItemNumber::Read::Ok)
        return std::nullopt;
    const double v = ItemNumber::toDouble(units, places);
    if (v < -999 || v > 999)
        return std::nullopt;
    return v;
}

// The fields a calculation refers to: [name] or [name(code)] for a checkbox choice.
struct Reference
{
    QString field;
    QString itemId; // the item it is, for a checkbox choice field___code
};

QString checkboxItemId(const QString& field, const QString& code)
{
    return BranchingLogic::itemId(field, code);
}

std::vector<Reference> references(const QString& formula)
{
    static const QRegularExpression ref(
        QStringLiteral("\\[([A-Za-z][A-Za-z0-9_]*)(?:\\(([^()\\]]*)\\))?\\]"));
    std::vector<Reference> out;
    auto it = ref.globalMatch(formula);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString field = m.captured(1);
        out.push_back({field, m.hasCaptured(2) ? checkboxItemId(field, m.captured(2)) : field});
    }
    return out;
}

// A calculation that is a plain sum or mean of items.
struct PlainTotal
{
    QStringList items;        // empty: the calculation is not one
    bool skipsBlanks = false; // sum() and mean(); [a]+[b] is blank when one is
    bool mean = false;
};

// The items a calculation adds up when it is a plain sum ([a]+[b]+... or sum([a],[b],...))
// or mean (mean([a],[b],...)), else nothing.
PlainTotal plainSum(const QString& formula)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    static const QRegularExpression term(
        QStringLiteral("^\\[([A-Za-z][A-Za-z0-9_]*)(?:\\(([^()\\]]*)\\))?\\]$"));
    QString f = formula;
    f.remove(space);
    PlainTotal out;
    const bool call = f.endsWith(QLatin1Char(')'));
    out.mean = call && f.startsWith(QLatin1String("mean("), Qt::CaseInsensitive);
    out.skipsBlanks =
        out.mean || (call && f.startsWith(QLatin1String("sum("), Qt::CaseInsensitive));
    const qsizetype open = out.mean ? 5 : 4;
    const QStringList terms = out.skipsBlanks
                                  ? f.mid(open, f.size() - open - 1).split(QLatin1Char(','))
                                  : f.split(QLatin1Char('+'));
    for (const QString& t : terms) {
        const auto m = term.match(t);
        if (!m.hasMatch())
            return {};
        out.items << checkboxItemId(m.captured(1), m.captured(2));
    }
    return out;
}

// The codes and labels of an action tag's list: "-1, Vet ikke | 99, Ikke aktuelt" or
// "-1,99". Empty with `error` set when a code is not a whole number.
std::vector<std::pair<int, QString>> missingList(const QString& text, QString& error)
{
    std::vector<std::pair<int, QString>> out;
    // Codes alone ("-1,99") when every part between commas is a whole number; otherwise
    // "code, label" entries between pipes (one entry without a pipe).
    QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool labelled = text.contains(QLatin1Char('|'));
    for (const QString& part : parts) {
        bool whole = false;
        (void)part.trimmed().toInt(&whole);
        labelled = labelled || !whole;
    }
    if (labelled)
        parts = text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype comma = labelled ? part.indexOf(QLatin1Char(',')) : -1;
        const QString code = (comma < 0 ? part : part.left(comma)).trimmed();
        bool whole = false;
        const int value = code.toInt(&whole);
        if (!whole || value < -9999 || value > 9999) {
            error = RedcapDictionary::tr("the missing code \"%1\" is not a whole number (items "
                                         "hold whole numbers)")
                        .arg(code.left(40));
            return {};
        }
        out.emplace_back(value, comma < 0 ? QString() : part.mid(comma + 1).trimmed());
    }
    return out;
}

QString prettyName(const QString& form)
{
    QString s = form;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// The REDCap metadata of a field worth keeping (empty values are left out).
QJsonObject metadata(const Field& f)
{
    QJsonObject o{{QStringLiteral("field"), f.name()},
                  {QStringLiteral("type"), f[Type].trimmed().toLower()},
                  {QStringLiteral("line"), f.line}};
    auto text = [&](Col c, const char* key) {
        if (!f[c].trimmed().isEmpty())
            o.insert(QLatin1String(key), f[c].trimmed());
    };
    text(Section, "section");
    text(Note, "note");
    text(Validation, "validation");
    text(Branching, "branching");
    text(Question, "question_number");
    text(Matrix, "matrix_group");
    text(Annotation, "annotation");
    if (f.flag(Required))
        o.insert(QStringLiteral("required"), true);
    if (f.flag(Identifier))
        o.insert(QStringLiteral("identifier"), true);
    return o;
}

// At most 200 characters of a field's text on one line, for a skipped field's context.
QString brief(const QString& text)
{
    const QString line = text.simplified();
    return line.size() <= 200 ? line : line.left(199) + QChar(0x2026);
}

class Parser
{
public:
    Parser(const QString& fileName, ImportReport& report, const RedcapOptions& options)
        : m_file(fileName), m_report(report), m_options(options)
    {}

    bool readHeader(const CsvRecord& header);
    void addField(const CsvRecord& r);
    std::vector<RedcapForm> build();

private:
    // The field is left out of its form, with the reason and what the line holds.
    void refuse(const Field& f, const QString& why)
    {
        QStringList parts;
        for (Col c : {Type, Label, Choices, Validation, Min, Max})
            if (!f[c].trimmed().isEmpty())
                parts << f[c];
        RedcapDictionary::skip(m_report, m_options.strict,
                               {f.line, f.name(),
                                RedcapDictionary::tr("form %1: %2; the line holds \"%3\"")
                                    .arg(f[Form], why, brief(parts.join(QStringLiteral(", "))))});
    }
    void skipForm(qint64 line, const QString& form, const QString& why)
    {
        RedcapDictionary::skip(m_report, m_options.strict,
                               {line, QStringLiteral("Form Name"),
                                RedcapDictionary::tr("form %1 is skipped: %2").arg(form, why)});
    }
    std::optional<RedcapForm> buildForm(const QString& form, const std::vector<Field>& fields);

    QString m_file;
    ImportReport& m_report;
    const RedcapOptions& m_options;
    int m_columns[ColumnCount];
    std::vector<QString> m_formOrder;
    std::map<QString, std::vector<Field>> m_forms;
    QHash<QString, qint64> m_names; // field name -> line
    QSet<QString> m_textFields;     // text and notes fields without numeric validation
};

bool Parser::readHeader(const CsvRecord& header)
{
    std::fill(std::begin(m_columns), std::end(m_columns), -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto known = headerNames().find(normalized(header.fields[i]));
        if (known != headerNames().end() && m_columns[known->second] < 0)
            m_columns[known->second] = i;
    }
    bool ok = true;
    const std::pair<Col, const char*> required[] = {{Name, "Variable / Field Name"},
                                                    {Form, "Form Name"},
                                                    {Type, "Field Type"},
                                                    {Label, "Field Label"}};
    for (const auto& [col, name] : required)
        if (m_columns[col] < 0) {
            m_report.refuse(
                header.line, QString::fromLatin1(name),
                RedcapDictionary::tr("the column is missing: this is not a REDCap data "
                                     "dictionary (it needs the 18 columns of Project Setup > "
                                     "Data Dictionary)"));
            ok = false;
        }
    return ok;
}

void Parser::addField(const CsvRecord& r)
{
    ++m_report.records;
    Field f;
    f.line = r.line;
    for (int c = 0; c < ColumnCount; ++c)
        if (m_columns[c] >= 0)
            f.v[c] = r.fields[m_columns[c]];
    f.v[Name] = f.v[Name].trimmed();
    f.v[Form] = f.v[Form].trimmed();
    const QString type = f[Type].trimmed().toLower();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!namePattern.match(f.name()).hasMatch()) {
        refuse(f, RedcapDictionary::tr("\"%1\" is not a REDCap field name (lower-case letters, "
                                       "digits and _, starting with a letter)")
                      .arg(brief(f.name())));
        return;
    }
    if (const auto seen = m_names.constFind(f.name()); seen != m_names.constEnd()) {
        refuse(f,
               RedcapDictionary::tr("the field name is used before, on line %1").arg(seen.value()));
        return;
    }
    m_names.insert(f.name(), f.line);
    if (f[Form].isEmpty()) {
        refuse(f, RedcapDictionary::tr("the field has no form name"));
        return;
    }
    const QString validation = f[Validation].trimmed().toLower();
    if ((type == QLatin1String("text") && !numericPlaces(validation)) ||
        type == QLatin1String("notes"))
        m_textFields.insert(f.name());
    if (!m_forms.count(f[Form]))
        m_formOrder.push_back(f[Form]);
    m_forms[f[Form]].push_back(f);
}

std::optional<RedcapForm> Parser::buildForm(const QString& form, const std::vector<Field>& fields)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!idPattern.match(form).hasMatch()) {
        skipForm(fields.front().line, brief(form),
                 RedcapDictionary::tr("its name cannot be an instrument id (1-32 lower-case "
                                      "letters, digits or _, starting with a letter); rename the "
                                      "form"));
        return std::nullopt;
    }
    QJsonArray items;
    QSet<QString> itemFields; // the fields that became items (a checkbox: several)
    QHash<QString, std::pair<double, double>> ranges; // item id -> min, max
    QStringList itemIds;
    QJsonArray calculations;
    QJsonArray others;
    std::vector<const Field*> calcFields;
    QHash<QString, const Field*> itemField; // item id -> the field it came from
    QStringList gapNotes;                   // "liv_3 (1, 3)": coded answers with gaps
    using Coded = std::vector<std::pair<int, QString>>;

    // The missing codes that apply to a field (--missing, its @MISSING tag; none with
    // @NOMISSING), or nothing when its @MISSING tag cannot be read (the field is skipped).
    auto fieldMissing = [&](const Field& f) -> std::optional<Coded> {
        static const QRegularExpression tag(
            QStringLiteral("@MISSING\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s@]+))"));
        Coded out;
        if (!f[Annotation].contains(QLatin1String("@NOMISSING")))
            for (int code : m_options.missingCodes)
                out.emplace_back(code, QString());
        if (const auto m = tag.match(f[Annotation]); m.hasMatch()) {
            QString error;
            const QString list = m.captured(1) + m.captured(2) + m.captured(3);
            const Coded own = missingList(list, error);
            if (!error.isEmpty()) {
                refuse(f, RedcapDictionary::tr("its @MISSING action tag: %1").arg(error));
                return std::nullopt;
            }
            for (const auto& c : own) {
                const auto known = std::find_if(out.begin(), out.end(),
                                                [&](const auto& o) { return o.first == c.first; });
                if (known == out.end())
                    out.push_back(c);
                else if (known->second.isEmpty())
                    known->second = c.second;
            }
        }
        return out;
    };

    auto addItem = [&](const Field& f, const QString& id, const QString& label, double min,
                       double max, const Coded& coded, const Coded& missing, int places = 0) {
        if (ranges.contains(id)) {
            refuse(f, RedcapDictionary::tr("the item %1 appears twice in the form").arg(id));
            return;
        }
        QJsonObject item{{QStringLiteral("id"), id},
                         {QStringLiteral("label"), label},
                         {QStringLiteral("min"), min},
                         {QStringLiteral("max"), max}};
        if (places > 0)
            item.insert(QStringLiteral("decimals"), places);
        QJsonArray missingCodes;
        Coded choiceList = coded;
        for (const auto& [code, text] : missing) {
            if ((code >= min && code <= max) || missingCodes.contains(code))
                continue; // a value of this item, not a missing code
            missingCodes.append(code);
            const int value = code; // clang captures no structured binding in a lambda
            const bool listed = std::any_of(coded.begin(), coded.end(),
                                            [value](const auto& c) { return c.first == value; });
            if (!coded.empty() && !listed && !text.isEmpty())
                choiceList.emplace_back(code, text);
        }
        if (!missingCodes.isEmpty())
            item.insert(QStringLiteral("missing_codes"), missingCodes);
        if (!choiceList.empty()) {
            QJsonArray list;
            for (const auto& [code, text] : choiceList)
                list.append(
                    QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("label"), text}});
            item.insert(QStringLiteral("choices"), list);
        }
        item.insert(QStringLiteral("redcap"), metadata(f));
        items.append(item);
        itemFields.insert(f.name());
        itemField.insert(id, &f);
        ranges.insert(id, {min, max});
        itemIds << id;
    };
    // min and max of a numeric text field or a slider, both whole numbers.
    auto range = [&](const Field& f, const QString& what) -> std::optional<std::pair<int, int>> {
        // REDCap's slider runs from 0 to 100 unless the dictionary says otherwise.
        const bool slider = f[Type].trimmed().toLower() == QLatin1String("slider");
        const auto min = slider && f[Min].trimmed().isEmpty() ? 0 : wholeNumber(f[Min]);
        const auto max = slider && f[Max].trimmed().isEmpty() ? 100 : wholeNumber(f[Max]);
        if (!min || !max || *min > *max) {
            refuse(f, RedcapDictionary::tr(
                          "%1 needs a Text Validation Min and Max that are whole numbers "
                          "from -999 to 999 (min <= max) to become an item; found \"%2\" "
                          "and \"%3\"")
                          .arg(what, brief(f[Min]), brief(f[Max])));
            return std::nullopt;
        }
        return std::pair<int, int>(*min, *max);
    };
    // min and max of a text field with number validation, and the item's decimal places:
    // number_2dp's 2; number's the most written in min and max, at least 2 (REDCap's number
    // takes any decimals; an answer with more is refused when data are imported).
    struct DecimalRange
    {
        double min = 0;
        double max = 0;
        int places = 0;
    };
    auto decimalRange = [&](const Field& f, const QString& validation,
                            int declared) -> std::optional<DecimalRange> {
        const int places =
            declared >= 0 ? declared
                          : std::min(ItemNumber::maxDecimals,
                                     std::max({2, writtenPlaces(f[Min]), writtenPlaces(f[Max])}));
        const auto min = decimalNumber(f[Min], places);
        const auto max = decimalNumber(f[Max], places);
        if (!min || !max || *min > *max) {
            refuse(f, RedcapDictionary::tr("a text field with %1 validation needs a Text "
                                           "Validation Min and Max from -999 to 999 (min <= "
                                           "max) with at most %n decimal place(s) to become an "
                                           "item; found \"%2\" and \"%3\"",
                                           nullptr, places)
                          .arg(validation, brief(f[Min]), brief(f[Max])));
            return std::nullopt;
        }
        return DecimalRange{*min, *max, places};
    };

    for (const Field& f : fields) {
        const QString type = f[Type].trimmed().toLower();
        const QString label = f[Label].trimmed();
        const QString validation = f[Validation].trimmed().toLower();
        const bool isItemType =
            type == QLatin1String("radio") || type == QLatin1String("dropdown") ||
            type == QLatin1String("yesno") || type == QLatin1String("truefalse") ||
            type == QLatin1String("slider") ||
            (type == QLatin1String("text") && numericPlaces(validation));
        Coded missing;
        if (isItemType) {
            const auto m = fieldMissing(f);
            if (!m)
                continue;
            missing = *m;
        }
        auto isMissing = [&](int code) {
            return std::any_of(missing.begin(), missing.end(),
                               [&](const auto& c) { return c.first == code; });
        };
        if (type == QLatin1String("radio") || type == QLatin1String("dropdown")) {
            const auto list = choices(f[Choices]);
            std::vector<std::pair<int, QString>> coded;
            bool ok = !list.empty();
            for (const Choice& c : list) {
                bool whole = false;
                const int code = c.code.toInt(&whole);
                if (!whole || code < -999 || code > 999) {
                    ok = false;
                    break;
                }
                coded.emplace_back(code, c.label);
            }
            if (!ok) {
                refuse(f, RedcapDictionary::tr(
                              "the choices of a %1 field need whole-number codes (\"0, "
                              "Never | 1, Sometimes\")")
                              .arg(type));
                continue;
            }
            std::vector<int> codes;
            for (const auto& c : coded)
                codes.push_back(c.first);
            std::sort(codes.begin(), codes.end());
            QStringList shown;
            for (int c : codes)
                shown << QString::number(c);
            if (std::adjacent_find(codes.begin(), codes.end()) != codes.end()) {
                refuse(f, RedcapDictionary::tr("a choice code is repeated; found %1")
                              .arg(shown.join(QStringLiteral(", "))));
                continue;
            }
            std::vector<int> values; // the codes that are answers, not missing codes
            std::copy_if(codes.begin(), codes.end(), std::back_inserter(values),
                         [&](int c) { return !isMissing(c); });
            if (values.empty()) {
                refuse(f, RedcapDictionary::tr("every choice code is a missing code; found %1")
                              .arg(shown.join(QStringLiteral(", "))));
                continue;
            }
            if (values.back() - values.front() + 1 != static_cast<int>(values.size())) {
                QStringList answers;
                for (int c : values)
                    answers << QString::number(c);
                gapNotes << QStringLiteral("%1 (%2)").arg(f.name(),
                                                          answers.join(QStringLiteral(", ")));
            }
            addItem(f, f.name(), label, values.front(), values.back(), coded, missing);
        } else if (type == QLatin1String("yesno")) {
            addItem(f, f.name(), label, 0, 1,
                    {{1, RedcapDictionary::tr("Yes")}, {0, RedcapDictionary::tr("No")}}, missing);
        } else if (type == QLatin1String("truefalse")) {
            addItem(f, f.name(), label, 0, 1,
                    {{1, RedcapDictionary::tr("True")}, {0, RedcapDictionary::tr("False")}},
                    missing);
        } else if (type == QLatin1String("checkbox")) {
            const auto list = choices(f[Choices]);
            if (list.empty()) {
                refuse(f, RedcapDictionary::tr("the checkbox field has no choices"));
                continue;
            }
            for (const Choice& c : list)
                addItem(
                    f, checkboxItemId(f.name(), c.code),
                    label.isEmpty() ? c.label : label + QStringLiteral(": ") + c.label, 0, 1,
                    {{0, RedcapDictionary::tr("Unchecked")}, {1, RedcapDictionary::tr("Checked")}},
                    {});
        } else if (type == QLatin1String("text") && numericPlaces(validation) == 0) {
            if (const auto r = range(
                    f, RedcapDictionary::tr("a text field with %1 validation").arg(validation)))
                addItem(f, f.name(), label, r->first, r->second, {}, missing);
        } else if (type == QLatin1String("text") && numericPlaces(validation)) {
            if (const auto r = decimalRange(f, validation, *numericPlaces(validation)))
                addItem(f, f.name(), label, r->min, r->max, {}, missing, r->places);
        } else if (type == QLatin1String("slider")) {
            if (const auto r = range(f, RedcapDictionary::tr("a slider")))
                addItem(f, f.name(), label, r->first, r->second, {}, missing);
        } else if (type == QLatin1String("calc")) {
            QJsonObject calc = metadata(f);
            calc.insert(QStringLiteral("label"), label);
            calc.insert(QStringLiteral("formula"), f[Choices].trimmed());
            calculations.append(calc);
            calcFields.push_back(&f);
        } else if (type == QLatin1String("text") || type == QLatin1String("notes") ||
                   type == QLatin1String("descriptive")) {
            QJsonObject other = metadata(f);
            other.insert(QStringLiteral("label"), label);
            others.append(other);
        } else if (type == QLatin1String("file") || type == QLatin1String("sql")) {
            refuse(f, type == QLatin1String("sql")
                          ? RedcapDictionary::tr("a dynamic SQL field cannot be part of an "
                                                 "instrument")
                      : validation == QLatin1String("signature")
                          ? RedcapDictionary::tr("a signature field cannot be part of an "
                                                 "instrument")
                          : RedcapDictionary::tr("a file upload field cannot be part of an "
                                                 "instrument"));
        } else {
            refuse(f, RedcapDictionary::tr(
                          "the field type \"%1\" is not one TrialDesk can represent "
                          "(radio, dropdown, yesno, truefalse, checkbox, text, notes, "
                          "slider, calc, descriptive)")
                          .arg(brief(f[Type])));
        }
    }

    // Calculations: a free-text field cannot be scored; the first plain sum is the total.
    QStringList totalItems;
    QString totalField;
    PlainTotal totalKind;
    for (const Field* f : calcFields) {
        bool scoresText = false;
        for (const Reference& r : references((*f)[Choices]))
            if (m_textFields.contains(r.field)) {
                refuse(*f, RedcapDictionary::tr(
                               "the calculation scores %1, a text field without integer or "
                               "number validation and a min and max: it is kept as metadata, "
                               "not as the total")
                               .arg(r.field));
                scoresText = true;
            }
        if (scoresText || !totalItems.isEmpty())
            continue;
        const PlainTotal plain = plainSum((*f)[Choices]);
        const QStringList& summed = plain.items;
        const bool allItems = !summed.isEmpty() &&
                              std::all_of(summed.begin(), summed.end(),
                                          [&](const QString& id) { return ranges.contains(id); }) &&
                              QSet<QString>(summed.begin(), summed.end()).size() == summed.size();
        if (allItems) {
            totalItems = summed;
            totalField = f->name();
            totalKind = plain;
        }
    }

    if (items.isEmpty()) {
        skipForm(fields.front().line, form,
                 RedcapDictionary::tr("it has no field that can be an item (radio, dropdown, "
                                      "yesno, truefalse, checkbox, slider or text with integer "
                                      "or number validation and a range)"));
        return std::nullopt;
    }
    if (items.size() > 200) {
        skipForm(fields.front().line, form,
                 RedcapDictionary::tr("it has %1 items; an instrument has at most 200")
                     .arg(items.size()));
        return std::nullopt;
    }

    // Direction: asked for the form, else a field's @DIRECTION action tag.
    std::optional<bool> better;
    QString why;
    if (const auto asked = m_options.higherIsBetter.constFind(form);
        asked != m_options.higherIsBetter.constEnd()) {
        better = *asked;
        why = RedcapDictionary::tr("as asked");
    } else {
        static const QRegularExpression tag(
            QStringLiteral("@DIRECTION\\s*=\\s*['\"]?HIGHER_IS_(BETTER|WORSE)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Field& f : fields)
            if (const auto m = tag.match(f[Annotation]); m.hasMatch()) {
                better = m.captured(1).compare(u"BETTER", Qt::CaseInsensitive) == 0;
                why = RedcapDictionary::tr("from the @DIRECTION action tag on line %1").arg(f.line);
                break;
            }
    }

    QJsonObject total{{QStringLiteral("method"), QStringLiteral("none")}};
    if (!totalItems.isEmpty()) {
        double min = 0;
        double max = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            const QString id = item.value(QStringLiteral("id")).toString();
            if (totalItems.contains(id)) {
                min += ranges[id].first;
                max += ranges[id].second;
            } else {
                item.insert(QStringLiteral("scored"), false);
                items[i] = item;
            }
        }
        const double n = totalKind.mean ? static_cast<double>(totalItems.size()) : 1.0;
        total =
            QJsonObject{{QStringLiteral("method"),
                         totalKind.mean ? QStringLiteral("mean") : QStringLiteral("sum")},
                        {QStringLiteral("missing"),
                         totalKind.skipsBlanks ? QStringLiteral("skip") : QStringLiteral("none")},
                        {QStringLiteral("min"), min / n},
                        {QStringLiteral("max"), max / n}};
    }

    // Branching logic and required flags: enforced on items where they can be evaluated.
    auto isItem = [&](const QString& id) { return ranges.contains(id); };
    int shownIf = 0;
    int requiredItems = 0;
    QStringList notEnforced;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items[i].toObject();
        const Field* f = itemField.value(item.value(QStringLiteral("id")).toString());
        if (!f)
            continue;
        const QString logic = (*f)[Branching].trimmed();
        if (!logic.isEmpty()) {
            if (Status ok = BranchingLogic::check(logic, isItem); ok.ok()) {
                item.insert(QStringLiteral("show_if"), logic);
                ++shownIf;
            } else {
                const QString note =
                    RedcapDictionary::tr("%1 (line %2): branching logic not enforced, %3")
                        .arg(f->name())
                        .arg(f->line)
                        .arg(ok.message());
                if (!notEnforced.contains(note))
                    notEnforced << note;
            }
        }
        if (f->flag(Required)) {
            item.insert(QStringLiteral("required"), true);
            ++requiredItems;
        }
        items[i] = item;
    }
    for (const Field& f : fields) {
        if (itemFields.contains(f.name()))
            continue;
        if (!f[Branching].trimmed().isEmpty())
            notEnforced << RedcapDictionary::tr("%1 (line %2): branching logic not enforced, the "
                                                "field is not an item")
                               .arg(f.name())
                               .arg(f.line);
        if (f.flag(Required))
            notEnforced << RedcapDictionary::tr("%1 (line %2): required flag not enforced, the "
                                                "field is not an item")
                               .arg(f.name())
                               .arg(f.line);
    }
    QJsonObject source{{QStringLiteral("file"), m_file},
                       {QStringLiteral("form"), form},
                       {QStringLiteral("calculations"), calculations},
                       {QStringLiteral("fields"), others}};
    if (!totalField.isEmpty())
        source.insert(QStringLiteral("total_field"), totalField);
    const QJsonObject definition{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), form},
        {QStringLiteral("short_name"), form},
        {QStringLiteral("name"), prettyName(form)},
        {QStringLiteral("rater"), QStringLiteral("self_report")},
        {QStringLiteral("direction"), better && *better ? QStringLiteral("higher_is_better")
                                                        : QStringLiteral("higher_is_worse")},
        {QStringLiteral("items"), items},
        {QStringLiteral("total"), total},
        {QStringLiteral("redcap"), source},
    };
    RedcapForm out;
    out.id = form;
    out.line = fields.front().line;
    out.items = static_cast<int>(items.size());
    out.fields = static_cast<int>(itemFields.size() + calculations.size() + others.size());
    QString direction =
        RedcapDictionary::tr("direction assumed: higher is worse (no --direction for the form, "
                             "no @DIRECTION action tag)");
    if (better)
        direction = *better ? RedcapDictionary::tr("direction: higher is better (%1)").arg(why)
                            : RedcapDictionary::tr("direction: higher is worse (%1)").arg(why);
    QString totalText = RedcapDictionary::tr("no total");
    if (!totalItems.isEmpty())
        totalText =
            totalKind.mean
                ? RedcapDictionary::tr("total: the mean of the answered of %1 items (field %2)")
                      .arg(totalItems.size())
                      .arg(totalField)
            : totalKind.skipsBlanks
                ? RedcapDictionary::tr("total: the sum of the answered of %1 items, blanks "
                                       "skipped as REDCap's sum() does (field %2)")
                      .arg(totalItems.size())
                      .arg(totalField)
                : RedcapDictionary::tr("total: the sum of %1 items (field %2)")
                      .arg(totalItems.size())
                      .arg(totalField);
    out.summary =
        RedcapDictionary::tr("%1: %2 items, %3; kept as metadata only: %4 other fields (text, "
                             "notes, descriptive) and %5 calculations; enforced in entry: "
                             "branching logic on %6 items, required flags on %7 items; %8.")
            .arg(form)
            .arg(items.size())
            .arg(totalText)
            .arg(others.size())
            .arg(calculations.size())
            .arg(shownIf)
            .arg(requiredItems)
            .arg(direction);
    if (!gapNotes.isEmpty())
        out.summary += QLatin1Char(' ') +
                       RedcapDictionary::tr("Coded answers with gaps (only these codes are "
                                            "answers; declare missing codes with --missing or "
                                            "@MISSING): %1.")
                           .arg(gapNotes.join(QStringLiteral("; ")));
    if (!notEnforced.isEmpty())
        out.summary +=
            QLatin1Char(' ') +
            RedcapDictionary::tr("Not enforced: %1.").arg(notEnforced.join(QStringLiteral("; ")));
    out.json = QJsonDocument(definition).toJson(QJsonDocument::Indented);
    // What the scoring engine will read back; a refusal here is a bug in the mapping above.
    if (auto check = InstrumentDefinition::fromJson(out.json); !check.ok()) {
        m_report.refuse(out.line, QStringLiteral("Form Name"), check.message());
        return std::nullopt;
    }
    return out;
}

std::vector<RedcapForm> Parser::build()
{
    std::vector<RedcapForm> out;
    QStringList named = m_options.forms;
    for (auto it = m_options.higherIsBetter.cbegin(); it != m_options.higherIsBetter.cend(); ++it)
        if (!named.contains(it.key()))
            named << it.key();
    for (const QString& chosen : named)
        if (!m_forms.count(chosen)) {
            QStringList known(m_formOrder.begin(), m_formOrder.end());
            m_report.refuse(0, QStringLiteral("--forms"),
                            RedcapDictionary::tr("the dictionary has no form \"%1\"; its forms "
                                                 "are %2")
                                .arg(brief(chosen), brief(known.join(QStringLiteral(", ")))));
        }
    if (!m_report.problems.empty())
        return out;
    for (const QString& form : m_formOrder)
        if (m_options.forms.isEmpty() || m_options.forms.contains(form))
            if (auto built = buildForm(form, m_forms[form]))
                out.push_back(std::move(*built));
    return out;
}

} // namespace

void RedcapDictionary::skip(ImportReport& report, bool strict, const ImportProblem& problem)
{
    if (strict)
        report.refuse(problem.line, problem.column, problem.reason);
    else
        report.skipped.push_back(problem);
}

std::vector<RedcapForm> RedcapDictionary::parse(QByteArrayView data, const QString& fileName,
                                                ImportReport& report, const RedcapOptions& options)
{
    CsvReader reader(data);
    CsvRecord record;
    Parser parser(fileName, report, options);
    std::vector<RedcapForm> forms;
    if (!reader.next(record)) {
        if (reader.problems().empty())
            report.refuse(1, QString(),
                          tr("the file is empty; it needs the header of a REDCap data "
                             "dictionary and one row per field"));
    } else if (parser.readHeader(record)) {
        while (reader.next(record))
            parser.addField(record);
        if (report.records == 0 && !reader.broken())
            report.refuse(record.line, QString(), tr("the dictionary has no fields"));
        else
            forms = parser.build();
    }
    for (const ImportProblem& p : reader.problems())
        report.problems.push_back(p);
    report.sortProblems();
    std::stable_sort(
        report.skipped.begin(), report.skipped.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (!report.ok())
        forms.clear();
    return forms;
}

} // namespace td
