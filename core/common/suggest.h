// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace scalescope {

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
[[nodiscard]] int editDistance(const QString& a, const QString& b, Qt::CaseSensitivity cs = Qt::CaseSensitive);

struct ClosestMatch {
    QString candidate; ///< empty when there are no candidates
    int distance = 0;
};

/// The candidate with the smallest edit distance to @p word (the first one on ties), for "did you
/// mean …?" suggestions; callers decide how close is close enough.
[[nodiscard]] ClosestMatch closestMatch(const QString& word, const QStringList& candidates,
                                        Qt::CaseSensitivity cs = Qt::CaseSensitive);

} // namespace scalescope
