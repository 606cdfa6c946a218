// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <list>
#include <optional>
#include <vector>

class QJsonValue;

namespace scalescope::demo {

/// What a client posts to create a prompt (already validated).
struct PromptInput {
    QString title;
    QString content;
    QStringList tags;
};

/// One stored prompt. `words` is the sorted, de-duplicated set of word ids of title + content,
/// computed once on insert so that duplicate detection only pays for the pair loop.
struct PromptRecord {
    qint64 id = 0;
    QString title;
    QString content;
    QStringList tags;
    QDateTime createdAt;
    std::vector<quint32> words;
};

struct PromptStats {
    qsizetype count = 0;
    double averageContentLength = 0.0; ///< in Unicode code points, like Python's len()
    double averageWordCount = 0.0;
    QMap<QString, qsizetype> tagCounts;
};

struct DuplicatePair {
    qint64 firstId = 0;
    qint64 secondId = 0;
    double similarity = 0.0;
};

struct DuplicateReport {
    QList<DuplicatePair> pairs; ///< at most PromptStore::kMaxReportedPairs, in scan order
    qint64 pairsFound = 0; ///< all pairs at or above the threshold, also those not listed
    qint64 compared = 0; ///< pair comparisons actually performed (counted, not computed)
};

/// Work done so far, counted where the work happens. Tests assert these instead of timings:
/// they show the complexity of each operation without depending on machine speed.
struct WorkCounters {
    quint64 recordsScanned = 0; ///< records visited by list/search/stats
    quint64 pairComparisons = 0; ///< word-set comparisons made by duplicates()
    quint64 itemsValidated = 0; ///< inputs run through validate()
};

/// The demo target's in-memory data: prompts and tokens. Pure logic, no HTTP, single-threaded
/// (the owner serialises access; DemoTarget only touches it from its own thread).
///
/// Records live in a std::list in insertion (= id) order, indexed by a hash of id → list
/// iterator: lookup, insert and delete are O(1), listing walks the list in order.
class PromptStore {
public:
    static constexpr double kDuplicateThreshold = 0.8;
    static constexpr qsizetype kMaxReportedPairs = 1000;
    static constexpr qsizetype kMaxTitleLength = 200;
    static constexpr qsizetype kMaxTagLength = 50;
    static constexpr qsizetype kMaxTags = 20;

    PromptStore() = default;
    Q_DISABLE_COPY_MOVE(PromptStore)

    /// Validates a posted prompt the way a DRF serializer does. Returns the field errors
    /// (`{"title": ["This field is required."]}`); empty means valid, and then `out` is filled.
    [[nodiscard]] QJsonObject validate(const QJsonValue& value, PromptInput* out = nullptr);

    const PromptRecord& create(PromptInput input);
    [[nodiscard]] const PromptRecord* find(qint64 id) const;
    bool remove(qint64 id);
    [[nodiscard]] qsizetype count() const { return m_index.size(); }

    /// All records in id order whose title or content contains `needle` (case-insensitive);
    /// every record when `needle` is empty. O(n) — each record is visited.
    [[nodiscard]] QList<const PromptRecord*> matching(const QString& needle);

    /// O(n · content length): one pass over all records, reading every character of their content
    /// (code points and words are counted on the spot, as a database aggregate would).
    [[nodiscard]] PromptStats stats();

    /// O(n²): Jaccard similarity of the word sets of every pair of records.
    [[nodiscard]] DuplicateReport duplicates();

    [[nodiscard]] static QJsonObject toJson(const PromptRecord& record);

    /// Returns the user's token, creating it on first use (DRF's Token.objects.get_or_create).
    QByteArray tokenFor(const QString& username);
    /// The user a token belongs to, or nothing for an unknown token.
    [[nodiscard]] std::optional<QString> userForToken(const QByteArray& token) const;

    [[nodiscard]] const WorkCounters& counters() const { return m_counters; }

    /// Lower-cased words (letters and digits) of a text; exposed for tests.
    [[nodiscard]] static QStringList words(const QString& text);

private:
    std::vector<quint32> wordIds(const QString& text);

    std::list<PromptRecord> m_records;
    QHash<qint64, std::list<PromptRecord>::iterator> m_index;
    QHash<QString, quint32> m_vocabulary;
    QHash<QByteArray, QString> m_tokenUsers;
    QHash<QString, QByteArray> m_userTokens;
    qint64 m_nextId = 1;
    WorkCounters m_counters;
};

} // namespace scalescope::demo
