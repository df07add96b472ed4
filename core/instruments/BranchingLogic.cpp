#include "instruments/BranchingLogic.h"

#include <QRegularExpression>
#include <optional>
#include <vector>

namespace td {

namespace {

struct Token
{
    enum Kind { Reference, Text, Number, Operator, Open, Close, And, Or, End } kind = End;
    QString text; // the item id of a reference, the literal, the operator
};

// Splits the expression; an empty optional with `error` set when it holds what is not
// evaluated.
std::optional<std::vector<Token>> tokens(const QString& e, QString& error)
{
    static const QRegularExpression reference(
        QStringLiteral("\\G\\[([A-Za-z][A-Za-z0-9_]*)(?:\\(([A-Za-z0-9_-]+)\\))?\\]"));
    static const QRegularExpression number(QStringLiteral("\\G-?[0-9]+(?:\\.[0-9]+)?"));
    static const QRegularExpression word(QStringLiteral("\\G[A-Za-z_][A-Za-z0-9_]*"));
    static const QRegularExpression op(QStringLiteral("\\G(?:<>|!=|>=|<=|==|=|>|<)"));
    std::vector<Token> out;
    qsizetype i = 0;
    while (i < e.size()) {
        const QChar c = e[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const auto m = reference.match(e, i, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                error = BranchingLogic::tr("\"%1\" is not a field reference TrialDesk evaluates "
                                           "([field] or [field(code)])")
                            .arg(e.mid(i, 40));
                return std::nullopt;
            }
            const qsizetype end = m.capturedEnd();
            if (end < e.size() && e[end] == QLatin1Char('[')) {
                error = BranchingLogic::tr("%1 names another event's or form's field")
                            .arg(m.captured(0));
                return std::nullopt;
            }
            out.push_back({Token::Reference, BranchingLogic::itemId(m.captured(1), m.captured(2))});
            i = end;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = e.indexOf(c, i + 1);
            if (close < 0) {
                error = BranchingLogic::tr("a quote is not closed");
                return std::nullopt;
            }
            out.push_back({Token::Text, e.mid(i + 1, close - i - 1)});
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out.push_back({c == QLatin1Char('(') ? Token::Open : Token::Close, QString(c)});
            ++i;
            continue;
        }
        auto at = [&](const QRegularExpression& re) {
            return re.match(e, i, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
        };
        if (const auto m = at(op); m.hasMatch()) {
            QString o = m.captured(0);
            if (o == QLatin1String("=="))
                o = QStringLiteral("=");
            if (o == QLatin1String("!="))
                o = QStringLiteral("<>");
            out.push_back({Token::Operator, o});
            i = m.capturedEnd();
            continue;
        }
        if (const auto m = at(number); m.hasMatch()) {
            out.push_back({Token::Number, m.captured(0)});
            i = m.capturedEnd();
            continue;
        }
        if (const auto m = at(word); m.hasMatch()) {
            const QString w = m.captured(0).toLower();
            if (w != QLatin1String("and") && w != QLatin1String("or")) {
                error = BranchingLogic::tr("\"%1\" is a function or word TrialDesk does not "
                                           "evaluate (only and, or)")
                            .arg(m.captured(0));
                return std::nullopt;
            }
            out.push_back({w == QLatin1String("and") ? Token::And : Token::Or, w});
            i = m.capturedEnd();
            continue;
        }
        error = BranchingLogic::tr("\"%1\" is not evaluated").arg(e.mid(i, 20));
        return std::nullopt;
    }
    out.push_back({Token::End, QString()});
    return out;
}

bool compare(const QString& a, const QString& op, const QString& b)
{
    bool na = false;
    bool nb = false;
    const double x = a.trimmed().toDouble(&na);
    const double y = b.trimmed().toDouble(&nb);
    const bool numeric = na && nb;
    if (op == QLatin1String("="))
        return numeric ? x == y : a == b;
    if (op == QLatin1String("<>"))
        return numeric ? x != y : a != b;
    if (!numeric)
        return false; // a blank or a text has no order
    if (op == QLatin1String(">"))
        return x > y;
    if (op == QLatin1String("<"))
        return x < y;
    if (op == QLatin1String(">="))
        return x >= y;
    return x <= y;
}

// Recursive descent over the tokens; evaluates when `valueOf` is given, else only checks.
class Parser
{
public:
    Parser(const std::vector<Token>& t, const std::function<bool(const QString&)>* isItem,
           const std::function<QString(const QString&)>* valueOf)
        : m_t(t), m_isItem(isItem), m_valueOf(valueOf)
    {}

    std::optional<bool> run(QString& error)
    {
        const auto v = orExpr();
        if (v && m_t[m_i].kind != Token::End)
            m_error = BranchingLogic::tr("\"%1\" follows a complete condition").arg(m_t[m_i].text);
        error = m_error;
        return m_error.isEmpty() ? v : std::nullopt;
    }

private:
    std::optional<bool> orExpr()
    {
        auto v = andExpr();
        while (v && m_t[m_i].kind == Token::Or) {
            ++m_i;
            const auto r = andExpr();
            if (!r)
                return std::nullopt;
            v = *v || *r;
        }
        return v;
    }
    std::optional<bool> andExpr()
    {
        auto v = primary();
        while (v && m_t[m_i].kind == Token::And) {
            ++m_i;
            const auto r = primary();
            if (!r)
                return std::nullopt;
            v = *v && *r;
        }
        return v;
    }
    std::optional<bool> primary()
    {
        if (m_t[m_i].kind == Token::Open) {
            ++m_i;
            const auto v = orExpr();
            if (!v)
                return std::nullopt;
            if (m_t[m_i].kind != Token::Close)
                return fail(BranchingLogic::tr("a parenthesis is not closed"));
            ++m_i;
            return v;
        }
        const auto a = operand();
        if (!a)
            return std::nullopt;
        if (m_t[m_i].kind != Token::Operator)
            return fail(BranchingLogic::tr("a comparison needs =, <>, >, <, >= or <="));
        const QString op = m_t[m_i++].text;
        const auto b = operand();
        if (!b)
            return std::nullopt;
        return compare(*a, op, *b);
    }
    std::optional<QString> operand()
    {
        const Token& t = m_t[m_i];
        if (t.kind == Token::Text || t.kind == Token::Number) {
            ++m_i;
            return t.text;
        }
        if (t.kind != Token::Reference) {
            fail(t.kind == Token::End
                     ? BranchingLogic::tr("the condition ends too early")
                     : BranchingLogic::tr("\"%1\" is not a field or a value").arg(t.text));
            return std::nullopt;
        }
        ++m_i;
        if (m_isItem && !(*m_isItem)(t.text)) {
            fail(BranchingLogic::tr("[%1] is not an item of the instrument").arg(t.text));
            return std::nullopt;
        }
        return m_valueOf ? (*m_valueOf)(t.text) : QString();
    }
    std::nullopt_t fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return std::nullopt;
    }

    const std::vector<Token>& m_t;
    const std::function<bool(const QString&)>* m_isItem;
    const std::function<QString(const QString&)>* m_valueOf;
    std::size_t m_i = 0;
    QString m_error;
};

} // namespace

QString BranchingLogic::itemId(const QString& field, const QString& code)
{
    if (code.isEmpty())
        return field;
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    return field + QStringLiteral("___") + code.toLower().replace(other, QStringLiteral("_"));
}

Status BranchingLogic::check(const QString& expression,
                             const std::function<bool(const QString&)>& isItem)
{
    QString error;
    const auto t = tokens(expression, error);
    if (t) {
        Parser p(*t, &isItem, nullptr);
        (void)p.run(error);
    }
    if (error.isEmpty())
        return {};
    return makeError(ErrorCode::Invalid, error);
}

bool BranchingLogic::shows(const QString& expression,
                           const std::function<QString(const QString&)>& valueOf)
{
    if (expression.trimmed().isEmpty())
        return true;
    QString error;
    const auto t = tokens(expression, error);
    if (!t)
        return true;
    Parser p(*t, nullptr, &valueOf);
    return p.run(error).value_or(true);
}

} // namespace td
