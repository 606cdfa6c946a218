// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptstore.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

// The error texts below are part of the HTTP API (they mimic Django REST framework word for word,
// and clients match on them), so they are deliberately not translated.

namespace scalescope::demo {

namespace {

    QString pythonTypeName(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            return QStringLiteral("bool");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            return number == static_cast<double>(static_cast<qint64>(number)) ? QStringLiteral("int")
                                                                              : QStringLiteral("float");
        }
        case QJsonValue::String:
            return QStringLiteral("str");
        case QJsonValue::Array:
            return QStringLiteral("list");
        case QJsonValue::Object:
            return QStringLiteral("dict");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("NoneType");
    }

    QJsonArray messages(const QString& message) { return QJsonArray { message }; }

    /// Validates one string field like DRF's CharField(trim_whitespace=True). Returns the error
    /// message, or an empty string and the trimmed value in `out`.
    QString validateString(const QJsonValue& value, qsizetype maxLength, QString* out)
    {
        if (value.isUndefined())
            return QStringLiteral("This field is required.");
        if (value.isNull())
            return QStringLiteral("This field may not be null.");
        if (!value.isString())
            return QStringLiteral("Not a valid string.");
        QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QStringLiteral("This field may not be blank.");
        if (maxLength > 0 && text.size() > maxLength)
            return QStringLiteral("Ensure this field has no more than %1 characters.").arg(maxLength);
        *out = std::move(text);
        return {};
    }

    qsizetype intersectionSize(const std::vector<quint32>& a, const std::vector<quint32>& b)
    {
        qsizetype common = 0;
        auto left = a.cbegin();
        auto right = b.cbegin();
        while (left != a.cend() && right != b.cend()) {
            if (*left < *right) {
                ++left;
            } else if (*right < *left) {
                ++right;
            } else {
                ++common;
                ++left;
                ++right;
            }
        }
        return common;
    }

} // namespace

QJsonObject PromptStore::validate(const QJsonValue& value, PromptInput* out)
{
    ++m_counters.itemsValidated;
    if (!value.isObject()) {
        return QJsonObject { { QStringLiteral("non_field_errors"),
            messages(QStringLiteral("Invalid data. Expected a dictionary, but got %1.").arg(pythonTypeName(value))) } };
    }
    const QJsonObject object = value.toObject();
    QJsonObject errors;
    PromptInput input;

    const QString titleError = validateString(object.value(QLatin1String("title")), kMaxTitleLength, &input.title);
    if (!titleError.isEmpty())
        errors.insert(QLatin1String("title"), messages(titleError));
    const QString contentError = validateString(object.value(QLatin1String("content")), 0, &input.content);
    if (!contentError.isEmpty())
        errors.insert(QLatin1String("content"), messages(contentError));

    const QJsonValue tags = object.value(QLatin1String("tags"));
    if (tags.isNull()) {
        errors.insert(QLatin1String("tags"), messages(QStringLiteral("This field may not be null.")));
    } else if (!tags.isUndefined() && !tags.isArray()) {
        errors.insert(QLatin1String("tags"),
            messages(QStringLiteral("Expected a list of items but got type \"%1\".").arg(pythonTypeName(tags))));
    } else if (tags.isArray()) {
        const QJsonArray tagArray = tags.toArray();
        if (tagArray.size() > kMaxTags) {
            errors.insert(QLatin1String("tags"),
                messages(QStringLiteral("Ensure this field has no more than %1 elements.").arg(kMaxTags)));
        } else {
            QJsonObject itemErrors;
            for (qsizetype i = 0; i < tagArray.size(); ++i) {
                QString tag;
                const QString tagError = validateString(tagArray.at(i), kMaxTagLength, &tag);
                if (tagError.isEmpty())
                    input.tags.append(tag);
                else
                    itemErrors.insert(QString::number(i), messages(tagError));
            }
            if (!itemErrors.isEmpty())
                errors.insert(QLatin1String("tags"), itemErrors);
        }
    }

    if (errors.isEmpty() && out)
        *out = std::move(input);
    return errors;
}

const PromptRecord& PromptStore::create(PromptInput input)
{
    PromptRecord record;
    record.id = m_nextId++;
    record.words = wordIds(input.title + QLatin1Char(' ') + input.content);
    record.title = std::move(input.title);
    record.content = std::move(input.content);
    record.tags = std::move(input.tags);
    record.createdAt = QDateTime::currentDateTimeUtc();
    m_records.push_back(std::move(record));
    const auto it = std::prev(m_records.end());
    m_index.insert(it->id, it);
    return *it;
}

const PromptRecord* PromptStore::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &*it.value();
}

bool PromptStore::remove(qint64 id)
{
    const auto it = m_index.find(id);
    if (it == m_index.end())
        return false;
    m_records.erase(it.value());
    m_index.erase(it);
    return true;
}

QList<const PromptRecord*> PromptStore::matching(const QString& needle)
{
    QList<const PromptRecord*> result;
    if (needle.isEmpty())
        result.reserve(m_index.size());
    for (const PromptRecord& record : m_records) {
        ++m_counters.recordsScanned;
        if (needle.isEmpty() || record.title.contains(needle, Qt::CaseInsensitive)
            || record.content.contains(needle, Qt::CaseInsensitive)) {
            result.append(&record);
        }
    }
    return result;
}

PromptStats PromptStore::stats()
{
    PromptStats stats;
    qint64 totalCodePoints = 0;
    qint64 totalWords = 0;
    for (const PromptRecord& record : m_records) {
        ++m_counters.recordsScanned;
        ++stats.count;
        bool inWord = false;
        for (const QChar ch : record.content) {
            if (!ch.isLowSurrogate()) // a surrogate pair is one code point
                ++totalCodePoints;
            const bool wordChar = ch.isLetterOrNumber(); // the same rule as words()
            if (wordChar && !inWord)
                ++totalWords;
            inWord = wordChar;
        }
        for (const QString& tag : record.tags)
            ++stats.tagCounts[tag];
    }
    if (stats.count > 0) {
        stats.averageContentLength = static_cast<double>(totalCodePoints) / static_cast<double>(stats.count);
        stats.averageWordCount = static_cast<double>(totalWords) / static_cast<double>(stats.count);
    }
    return stats;
}

DuplicateReport PromptStore::duplicates()
{
    DuplicateReport report;
    for (auto first = m_records.cbegin(); first != m_records.cend(); ++first) {
        for (auto second = std::next(first); second != m_records.cend(); ++second) {
            ++report.compared;
            const qsizetype common = intersectionSize(first->words, second->words);
            const auto unionSize = static_cast<qsizetype>(first->words.size() + second->words.size()) - common;
            if (unionSize == 0)
                continue; // two records without any word are not "similar", they are empty
            const double similarity = static_cast<double>(common) / static_cast<double>(unionSize);
            if (similarity >= kDuplicateThreshold) {
                ++report.pairsFound;
                if (report.pairs.size() < kMaxReportedPairs)
                    report.pairs.append(DuplicatePair { first->id, second->id, similarity });
            }
        }
    }
    m_counters.pairComparisons += static_cast<quint64>(report.compared);
    return report;
}

QJsonObject PromptStore::toJson(const PromptRecord& record)
{
    return QJsonObject {
        { QLatin1String("id"), record.id },
        { QLatin1String("title"), record.title },
        { QLatin1String("content"), record.content },
        { QLatin1String("tags"), QJsonArray::fromStringList(record.tags) },
        { QLatin1String("created_at"), record.createdAt.toString(Qt::ISODateWithMs) },
    };
}

QByteArray PromptStore::tokenFor(const QString& username)
{
    const auto existing = m_userTokens.constFind(username);
    if (existing != m_userTokens.cend())
        return existing.value();
    std::array<quint32, 5> random {}; // 160 bits → 40 hex digits, like DRF's tokens
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray token = QByteArray(reinterpret_cast<const char*>(random.data()), sizeof(random)).toHex();
    m_userTokens.insert(username, token);
    m_tokenUsers.insert(token, username);
    return token;
}

std::optional<QString> PromptStore::userForToken(const QByteArray& token) const
{
    const auto it = m_tokenUsers.constFind(token);
    if (it == m_tokenUsers.cend())
        return std::nullopt;
    return it.value();
}

QStringList PromptStore::words(const QString& text)
{
    QStringList result;
    QString current;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber()) {
            current.append(ch.toLower());
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

std::vector<quint32> PromptStore::wordIds(const QString& text)
{
    std::vector<quint32> ids;
    const QStringList list = words(text);
    ids.reserve(static_cast<size_t>(list.size()));
    for (const QString& word : list) {
        auto it = m_vocabulary.find(word);
        if (it == m_vocabulary.end())
            it = m_vocabulary.insert(word, static_cast<quint32>(m_vocabulary.size()));
        ids.push_back(it.value());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace scalescope::demo
