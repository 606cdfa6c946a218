// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace scalescope::testsupport {

/// The integers first, first + 1, …, last (inclusive); empty when last < first.
inline QList<int> iota(int first, int last)
{
    QList<int> values;
    if (last < first)
        return values;
    values.reserve(qsizetype(last) - first + 1);
    for (qint64 v = first; v <= last; ++v)
        values.append(int(v));
    return values;
}

} // namespace scalescope::testsupport
