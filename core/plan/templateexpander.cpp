// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/templateexpander.h"

#include "common/suggest.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {

    struct Text {
        Q_DECLARE_TR_FUNCTIONS(TemplateExpander)
    };

    /// Upper bound of a "$repeat" count and of {lorem:K}: keeps one body from exhausting memory.
    constexpr qint64 kMaxRepeat = 1000000;
    constexpr qint64 kMaxLoremWords = 10000;

    const QString kRepeatKey = QStringLiteral("$repeat");
    const QString kItemKey = QStringLiteral("item");

    // Fixed word list for {word} and {lorem:K}: lorem ipsum plus common English words. Plain lower-case
    // ASCII so that URLs stay readable and server-side searches ("?search={word}") find seeded records.
    // Changing it changes every generated dataset: append only if needed.
    constexpr std::array kWords {
        "lorem",
        "ipsum",
        "dolor",
        "sit",
        "amet",
        "consectetur",
        "adipiscing",
        "elit",
        "sed",
        "do",
        "eiusmod",
        "tempor",
        "incididunt",
        "ut",
        "labore",
        "et",
        "dolore",
        "magna",
        "aliqua",
        "enim",
        "ad",
        "minim",
        "veniam",
        "quis",
        "nostrud",
        "exercitation",
        "ullamco",
        "laboris",
        "nisi",
        "aliquip",
        "ex",
        "ea",
        "commodo",
        "consequat",
        "duis",
        "aute",
        "irure",
        "in",
        "reprehenderit",
        "voluptate",
        "velit",
        "esse",
        "cillum",
        "fugiat",
        "nulla",
        "pariatur",
        "excepteur",
        "sint",
        "occaecat",
        "cupidatat",
        "non",
        "proident",
        "sunt",
        "culpa",
        "qui",
        "officia",
        "deserunt",
        "mollit",
        "anim",
        "id",
        "est",
        "laborum",
        "integer",
        "vitae",
        "justo",
        "eget",
        "magnis",
        "natoque",
        "penatibus",
        "montes",
        "nascetur",
        "ridiculus",
        "mus",
        "mauris",
        "pharetra",
        "viverra",
        "tellus",
        "feugiat",
        "pretium",
        "nibh",
        "lacus",
        "faucibus",
        "quam",
        "aliquet",
        "nec",
        "ullamcorper",
        "vel",
        "pulvinar",
        "sapien",
        "porta",
        "apple",
        "river",
        "mountain",
        "window",
        "garden",
        "silver",
        "copper",
        "forest",
        "ocean",
        "harbor",
        "engine",
        "signal",
        "bridge",
        "candle",
        "planet",
        "rocket",
        "shadow",
        "thunder",
        "winter",
        "summer",
        "autumn",
        "spring",
        "meadow",
        "valley",
        "desert",
        "island",
        "castle",
        "village",
        "market",
        "library",
        "teacher",
        "student",
        "doctor",
        "farmer",
        "painter",
        "writer",
        "sailor",
        "pilot",
        "baker",
        "miner",
        "orange",
        "purple",
        "yellow",
        "crimson",
        "golden",
        "violet",
        "scarlet",
        "amber",
        "indigo",
        "ivory",
        "quick",
        "brown",
        "lazy",
        "bright",
        "quiet",
        "gentle",
        "brave",
        "clever",
        "humble",
        "eager",
        "prompt",
        "answer",
        "question",
        "summary",
        "story",
        "poem",
        "letter",
        "report",
        "review",
        "outline",
        "translate",
        "explain",
        "describe",
        "compare",
        "list",
        "write",
        "draft",
        "improve",
        "analyze",
        "classify",
        "data",
        "model",
        "query",
        "server",
        "client",
        "cache",
        "index",
        "table",
        "record",
        "field",
        "network",
        "latency",
        "request",
        "response",
        "token",
        "session",
        "profile",
        "account",
        "invoice",
        "order",
        "travel",
        "recipe",
        "music",
        "movie",
        "sport",
        "health",
        "finance",
        "weather",
        "science",
        "history",
    };

    enum class SegmentKind { Literal, Placeholder };

    struct Segment {
        SegmentKind kind = SegmentKind::Literal;
        QString text; ///< literal text, or the raw placeholder including its braces
        QString name; ///< placeholder name ("random_int")
        QStringList args; ///< placeholder arguments ({random_int:1:9} → "1", "9")
        QString problem; ///< why the placeholder is invalid; empty when it is fine
        qint64 first = 0; ///< parsed arguments: a of {random_int:a:b}, K of {lorem:K}
        qint64 second = 0; ///< b of {random_int:a:b}
    };

    struct Tokenized {
        QList<Segment> segments;
        QString error; ///< the first syntax problem; tokenizing goes on, treating the brace literally
    };

    void appendLiteral(QList<Segment>& segments, QChar c)
    {
        if (segments.isEmpty() || segments.constLast().kind != SegmentKind::Literal)
            segments.append(Segment {});
        segments.last().text.append(c);
    }

    Tokenized tokenize(const QString& text)
    {
        Tokenized result;
        const qsizetype length = text.size();
        qsizetype i = 0;
        while (i < length) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('{')) {
                if (i + 1 < length && text.at(i + 1) == QLatin1Char('{')) {
                    appendLiteral(result.segments, c);
                    i += 2;
                    continue;
                }
                const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
                const qsizetype nested = text.indexOf(QLatin1Char('{'), i + 1);
                if (close < 0 || (nested >= 0 && nested < close)) {
                    if (result.error.isEmpty())
                        result.error
                            = Text::tr("unbalanced '{' at character %1 (write {{ for a literal brace)").arg(i + 1);
                    appendLiteral(result.segments, c);
                    ++i;
                    continue;
                }
                Segment segment;
                segment.kind = SegmentKind::Placeholder;
                segment.text = text.mid(i, close - i + 1);
                const QStringList parts = text.mid(i + 1, close - i - 1).split(QLatin1Char(':'));
                segment.name = parts.constFirst();
                segment.args = parts.mid(1);
                result.segments.append(segment);
                i = close + 1;
                continue;
            }
            if (c == QLatin1Char('}')) {
                if (i + 1 < length && text.at(i + 1) == QLatin1Char('}')) {
                    appendLiteral(result.segments, c);
                    i += 2;
                    continue;
                }
                if (result.error.isEmpty())
                    result.error = Text::tr("unbalanced '}' at character %1 (write }} for a literal brace)").arg(i + 1);
            }
            appendLiteral(result.segments, c);
            ++i;
        }
        return result;
    }

    const QStringList& knownNames()
    {
        static const QStringList names { QStringLiteral("n"), QStringLiteral("size"), QStringLiteral("i"),
            QStringLiteral("uuid"), QStringLiteral("random_int"), QStringLiteral("word"), QStringLiteral("lorem"),
            QStringLiteral("id"), QStringLiteral("env"), QStringLiteral("username"), QStringLiteral("password"),
            QStringLiteral("token") };
        return names;
    }

    bool takesNoArguments(const QString& name)
    {
        return name != QLatin1String("random_int") && name != QLatin1String("lorem") && name != QLatin1String("env");
    }

    bool isNumericName(const QString& name)
    {
        return name == QLatin1String("n") || name == QLatin1String("size") || name == QLatin1String("i")
            || name == QLatin1String("random_int");
    }

    bool isEnvName(const QString& name)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        return pattern.match(name).hasMatch();
    }

    /// Checks one placeholder's name and arguments: empty when fine.
    QString checkPlaceholder(const Segment& segment)
    {
        const QString& name = segment.name;
        if (name.isEmpty() && segment.args.isEmpty())
            return Text::tr("empty placeholder {} (write {{}} for literal braces)");
        if (!knownNames().contains(name)) {
            const ClosestMatch best = closestMatch(name, knownNames());
            if (!best.candidate.isEmpty() && best.distance <= 2 && best.distance < name.size()
                && best.distance < best.candidate.size())
                return Text::tr("unknown placeholder %1 (did you mean {%2}?)").arg(segment.text, best.candidate);
            return Text::tr("unknown placeholder %1").arg(segment.text);
        }
        if (takesNoArguments(name)) {
            if (!segment.args.isEmpty())
                return Text::tr("{%1} takes no arguments, got %2").arg(name, segment.text);
            return {};
        }
        if (name == QLatin1String("random_int")) {
            bool okA = false;
            bool okB = false;
            const qint64 a = segment.args.value(0).toLongLong(&okA);
            const qint64 b = segment.args.value(1).toLongLong(&okB);
            if (segment.args.size() != 2 || !okA || !okB)
                return Text::tr("%1: {random_int:a:b} needs two integers a and b").arg(segment.text);
            if (a > b)
                return Text::tr("%1: {random_int:a:b} needs a <= b").arg(segment.text);
            return {};
        }
        if (name == QLatin1String("lorem")) {
            bool ok = false;
            const qint64 k = segment.args.value(0).toLongLong(&ok);
            if (segment.args.size() != 1 || !ok || k < 1 || k > kMaxLoremWords)
                return Text::tr("%1: {lorem:K} needs a word count K between 1 and %2")
                    .arg(segment.text)
                    .arg(kMaxLoremWords);
            return {};
        }
        // env
        if (segment.args.size() != 1 || !isEnvName(segment.args.constFirst()))
            return Text::tr("%1: {env:NAME} needs a variable name such as {env:HOME}").arg(segment.text);
        return {};
    }

    /// Tokenizes @p text and checks and parses every placeholder once, so that expanding the same
    /// template many times (a $repeat item) does not redo it.
    Tokenized analyse(const QString& text)
    {
        Tokenized tokens = tokenize(text);
        for (Segment& segment : tokens.segments) {
            if (segment.kind != SegmentKind::Placeholder)
                continue;
            segment.problem = checkPlaceholder(segment);
            if (!segment.problem.isEmpty())
                continue;
            if (segment.name == QLatin1String("random_int") || segment.name == QLatin1String("lorem"))
                segment.first = segment.args.value(0).toLongLong();
            if (segment.name == QLatin1String("random_int"))
                segment.second = segment.args.value(1).toLongLong();
        }
        return tokens;
    }

    QString checkSegments(const Tokenized& tokens)
    {
        if (!tokens.error.isEmpty())
            return tokens.error;
        for (const Segment& segment : tokens.segments) {
            if (segment.kind == SegmentKind::Placeholder && !segment.problem.isEmpty())
                return segment.problem;
        }
        return {};
    }

    /// A uniformly distributed integer in [0, bound) from @p rng; rejection sampling keeps it unbiased
    /// and, unlike std::uniform_int_distribution, gives the same sequence with every standard library.
    quint64 boundedRandom(std::mt19937_64& rng, quint64 bound)
    {
        if (bound == 0)
            return rng(); // the full 64-bit range
        const quint64 limit = std::numeric_limits<quint64>::max() - (std::numeric_limits<quint64>::max() % bound);
        quint64 draw = rng();
        while (draw >= limit)
            draw = rng();
        return draw % bound;
    }

    QLatin1String randomWord(std::mt19937_64& rng) { return QLatin1String(kWords[boundedRandom(rng, kWords.size())]); }

    QString randomUuid(std::mt19937_64& rng)
    {
        quint64 high = rng();
        quint64 low = rng();
        high = (high & ~quint64(0xF000)) | quint64(0x4000); // version 4
        low = (low & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // variant 10xx (RFC 4122)
        const QString hex
            = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
        return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-')
            + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
    }

    qint64 randomInt(std::mt19937_64& rng, qint64 a, qint64 b)
    {
        const quint64 span = quint64(b) - quint64(a) + 1; // 0 means the whole 64-bit range
        return qint64(quint64(a) + boundedRandom(rng, span));
    }

    /// The numeric value of a numeric placeholder (see isNumericName()).
    qint64 numericValue(const Segment& segment, const TemplateContext& context, std::mt19937_64& rng)
    {
        if (segment.name == QLatin1String("n"))
            return context.n;
        if (segment.name == QLatin1String("size"))
            return context.size;
        if (segment.name == QLatin1String("i"))
            return context.index;
        return randomInt(rng, segment.first, segment.second);
    }

    /// The value of one valid placeholder; std::nullopt for an unknown or malformed one.
    std::optional<QString> placeholderValue(
        const Segment& segment, const TemplateContext& context, std::mt19937_64& rng)
    {
        if (!segment.problem.isEmpty())
            return std::nullopt;
        const QString& name = segment.name;
        if (isNumericName(name))
            return QString::number(numericValue(segment, context, rng));
        if (name == QLatin1String("uuid"))
            return randomUuid(rng);
        if (name == QLatin1String("word"))
            return QString(randomWord(rng));
        if (name == QLatin1String("lorem")) {
            const qint64 count = segment.first;
            QString words;
            words.reserve(count * 8);
            for (qint64 k = 0; k < count; ++k) {
                if (k > 0)
                    words.append(QLatin1Char(' '));
                words.append(randomWord(rng));
            }
            return words;
        }
        if (name == QLatin1String("id")) {
            if (!context.id.isEmpty())
                return context.id;
            if (context.createdIds == nullptr || context.createdIds->isEmpty())
                return QString();
            return context.createdIds->at(qsizetype(boundedRandom(rng, quint64(context.createdIds->size()))));
        }
        if (name == QLatin1String("env"))
            return qEnvironmentVariable(segment.args.constFirst().toLocal8Bit().constData());
        if (name == QLatin1String("username"))
            return context.username;
        if (name == QLatin1String("password"))
            return context.password;
        return context.token; // "token": the only name left
    }

    /// The placeholder @p tokens consist of, when they are exactly one well-formed placeholder.
    const Segment* singlePlaceholder(const Tokenized& tokens)
    {
        if (!tokens.error.isEmpty() || tokens.segments.size() != 1)
            return nullptr;
        const Segment& segment = tokens.segments.constFirst();
        if (segment.kind != SegmentKind::Placeholder || !segment.problem.isEmpty())
            return nullptr;
        return &segment;
    }

    /// Expands analysed tokens; see TemplateExpander::expand().
    QString expandTokens(
        const Tokenized& tokens, const TemplateContext& context, TemplateExpander::Context mode, std::mt19937_64& rng)
    {
        QString out;
        for (const Segment& segment : tokens.segments) {
            if (segment.kind == SegmentKind::Literal) {
                out.append(segment.text);
                continue;
            }
            const std::optional<QString> value = placeholderValue(segment, context, rng);
            if (!value)
                out.append(segment.text); // unknown: left as written (the validator rejects it beforehand)
            else if (mode == TemplateExpander::Context::UrlPath)
                out.append(QString::fromLatin1(QUrl::toPercentEncoding(*value)));
            else
                out.append(*value);
        }
        return out;
    }

    void writeJsonString(QByteArray& out, const QString& text)
    {
        static const char hex[] = "0123456789abcdef";
        const QByteArray utf8 = text.toUtf8();
        out.append('"');
        qsizetype runStart = 0; // bytes that need no escaping are copied in runs
        for (qsizetype k = 0; k < utf8.size(); ++k) {
            const auto byte = static_cast<unsigned char>(utf8.at(k));
            if (byte >= 0x20 && byte != '"' && byte != '\\')
                continue;
            out.append(utf8.constData() + runStart, k - runStart);
            runStart = k + 1;
            switch (byte) {
            case '"':
                out.append("\\\"", 2);
                break;
            case '\\':
                out.append("\\\\", 2);
                break;
            case '\n':
                out.append("\\n", 2);
                break;
            case '\r':
                out.append("\\r", 2);
                break;
            case '\t':
                out.append("\\t", 2);
                break;
            case '\b':
                out.append("\\b", 2);
                break;
            case '\f':
                out.append("\\f", 2);
                break;
            default: {
                const char escaped[] = { '\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF] };
                out.append(escaped, sizeof escaped);
            }
            }
        }
        out.append(utf8.constData() + runStart, utf8.size() - runStart);
        out.append('"');
    }

    void writeJsonNumber(QByteArray& out, double value)
    {
        if (std::isfinite(value) && std::floor(value) == value && std::abs(value) < 9007199254740992.0)
            out.append(QByteArray::number(qint64(value)));
        else if (std::isfinite(value))
            out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
        else
            out.append("null"); // JSON has no infinity or NaN (a parsed plan cannot contain them)
    }

    /// Writes the expansion of a JSON body template directly as compact JSON: building a QJsonValue
    /// tree first costs several times more for large $repeat bodies.
    class JsonWriter {
    public:
        JsonWriter(std::mt19937_64& rng, QByteArray& out)
            : m_rng(rng)
            , m_out(out)
        {
        }

        void write(const QJsonValue& value, const TemplateContext& context)
        {
            switch (value.type()) {
            case QJsonValue::String:
                writeString(value.toString(), context);
                break;
            case QJsonValue::Array: {
                const QJsonArray array = value.toArray();
                m_out.append('[');
                for (qsizetype k = 0; k < array.size(); ++k) {
                    if (k > 0)
                        m_out.append(',');
                    write(array.at(k), context);
                }
                m_out.append(']');
                break;
            }
            case QJsonValue::Object:
                writeObject(value.toObject(), context);
                break;
            case QJsonValue::Double:
                if (value.toDouble() == double(value.toInteger()))
                    m_out.append(QByteArray::number(value.toInteger()));
                else
                    writeJsonNumber(m_out, value.toDouble());
                break;
            case QJsonValue::Bool:
                m_out.append(value.toBool() ? "true" : "false");
                break;
            case QJsonValue::Null:
            case QJsonValue::Undefined:
                m_out.append("null");
                break;
            }
        }

    private:
        const Tokenized& tokens(const QString& text)
        {
            auto it = m_cache.constFind(text);
            if (it == m_cache.constEnd())
                it = m_cache.insert(text, analyse(text));
            return *it;
        }

        void writeString(const QString& text, const TemplateContext& context)
        {
            if (!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}'))) {
                writeJsonString(m_out, text);
                return;
            }
            const Tokenized& analysed = tokens(text);
            if (const Segment* single = singlePlaceholder(analysed); single && isNumericName(single->name)) {
                m_out.append(QByteArray::number(numericValue(*single, context, m_rng)));
                return;
            }
            writeJsonString(m_out, expandTokens(analysed, context, TemplateExpander::Context::Text, m_rng));
        }

        void writeObject(const QJsonObject& object, const TemplateContext& context)
        {
            if (object.contains(kRepeatKey) && object.contains(kItemKey)) {
                const QJsonValue countValue = object.value(kRepeatKey);
                qint64 count = 0;
                if (countValue.isDouble())
                    count = qint64(countValue.toDouble());
                else
                    count = expandTokens(tokens(countValue.toString()), context, TemplateExpander::Context::Text, m_rng)
                                .trimmed()
                                .toLongLong();
                count = std::clamp<qint64>(count, 0, kMaxRepeat);
                const QJsonValue item = object.value(kItemKey);
                TemplateContext itemContext = context;
                m_out.append('[');
                for (qint64 k = 0; k < count; ++k) {
                    if (k > 0)
                        m_out.append(',');
                    itemContext.index = k;
                    write(item, itemContext);
                }
                m_out.append(']');
                return;
            }
            m_out.append('{');
            bool first = true;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!first)
                    m_out.append(',');
                first = false;
                writeJsonString(m_out, it.key());
                m_out.append(':');
                write(it.value(), context);
            }
            m_out.append('}');
        }

        std::mt19937_64& m_rng;
        QByteArray& m_out;
        QHash<QString, Tokenized> m_cache; ///< the templates of one body, analysed once per call
    };

    QString joinPath(const QString& base, const QString& key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

    QString checkRepeatCount(const QJsonValue& count)
    {
        if (count.isDouble()) {
            const double value = count.toDouble();
            if (value != double(qint64(value)) || value < 0)
                return Text::tr(
                    "\"$repeat\" must be a non-negative integer or one numeric placeholder such as \"{size}\"");
            if (value > double(kMaxRepeat))
                return Text::tr("\"$repeat\" count %1 exceeds the limit of %2").arg(qint64(value)).arg(kMaxRepeat);
            return {};
        }
        if (!count.isString())
            return Text::tr("\"$repeat\" must be a non-negative integer or one numeric placeholder such as \"{size}\"");
        const QString text = count.toString().trimmed();
        bool ok = false;
        const qint64 literal = text.toLongLong(&ok);
        if (ok) {
            if (literal < 0)
                return Text::tr(
                    "\"$repeat\" must be a non-negative integer or one numeric placeholder such as \"{size}\"");
            if (literal > kMaxRepeat)
                return Text::tr("\"$repeat\" count %1 exceeds the limit of %2").arg(literal).arg(kMaxRepeat);
            return {};
        }
        const QString problem = TemplateExpander::check(text);
        if (!problem.isEmpty())
            return QStringLiteral("\"$repeat\": ") + problem;
        const Tokenized analysed = analyse(text);
        const Segment* single = singlePlaceholder(analysed);
        if (!single || !isNumericName(single->name))
            return Text::tr("\"$repeat\" must be a non-negative integer or one numeric placeholder such as \"{size}\"");
        if (single->name == QLatin1String("random_int") && single->args.value(1).toLongLong() > kMaxRepeat)
            return Text::tr("\"$repeat\" count %1 can exceed the limit of %2").arg(text).arg(kMaxRepeat);
        return {};
    }

    /// Walks a JSON body template; returns the first problem as "relative.path: reason" ("reason" at the root).
    QString checkJsonValue(const QJsonValue& value, const QString& path, bool insideRepeat)
    {
        const auto located = [](const QString& where, const QString& problem) {
            return where.isEmpty() ? problem : where + QStringLiteral(": ") + problem;
        };
        if (value.isString()) {
            const QString text = value.toString();
            QString problem = TemplateExpander::check(text);
            if (problem.isEmpty() && !insideRepeat
                && TemplateExpander::placeholders(text).contains(QStringLiteral("i")))
                problem = Text::tr("{i} is only defined inside a \"$repeat\" item");
            return problem.isEmpty() ? QString() : located(path, problem);
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype k = 0; k < array.size(); ++k) {
                const QString problem = checkJsonValue(array.at(k), path + QStringLiteral("[%1]").arg(k), insideRepeat);
                if (!problem.isEmpty())
                    return problem;
            }
            return {};
        }
        if (!value.isObject())
            return {};
        const QJsonObject object = value.toObject();
        if (object.contains(kRepeatKey)) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != kRepeatKey && it.key() != kItemKey)
                    return located(path,
                        Text::tr("unexpected key \"%1\" next to \"$repeat\" (only \"item\" is allowed)").arg(it.key()));
            }
            if (!object.contains(kItemKey))
                return located(path, Text::tr("\"$repeat\" needs an \"item\""));
            const QString countProblem = checkRepeatCount(object.value(kRepeatKey));
            if (!countProblem.isEmpty())
                return located(path, countProblem);
            return checkJsonValue(object.value(kItemKey), joinPath(path, kItemKey), true);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString problem = checkJsonValue(it.value(), joinPath(path, it.key()), insideRepeat);
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }

} // namespace

TemplateExpander::TemplateExpander(quint64 seed)
    : m_rng(seed)
{
}

QString TemplateExpander::expand(const QString& text, const TemplateContext& context, Context mode)
{
    if (!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')))
        return text; // the common case: no placeholders, no escapes
    return expandTokens(analyse(text), context, mode, m_rng);
}

QByteArray TemplateExpander::expandJson(const QJsonValue& body, const TemplateContext& context)
{
    if (body.isUndefined())
        return {};
    QByteArray out;
    JsonWriter(m_rng, out).write(body, context);
    return out;
}

QString TemplateExpander::check(const QString& text) { return checkSegments(analyse(text)); }

QString TemplateExpander::checkJson(const QJsonValue& body) { return checkJsonValue(body, QString(), false); }

QStringList TemplateExpander::placeholders(const QString& text)
{
    QStringList names;
    if (!text.contains(QLatin1Char('{')))
        return names;
    const Tokenized tokens = tokenize(text);
    for (const Segment& segment : tokens.segments) {
        if (segment.kind == SegmentKind::Placeholder && !names.contains(segment.name))
            names.append(segment.name);
    }
    return names;
}

bool isSecretReference(const QString& text)
{
    if (!text.startsWith(QLatin1String("${")) || !text.endsWith(QLatin1Char('}')))
        return false;
    return isEnvName(text.mid(2, text.size() - 3));
}

std::optional<QString> resolveSecretReference(const QString& reference)
{
    if (!isSecretReference(reference))
        return std::nullopt;
    const QByteArray name = reference.mid(2, reference.size() - 3).toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return std::nullopt;
    return qEnvironmentVariable(name.constData());
}

} // namespace scalescope
