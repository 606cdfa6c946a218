// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <variant>

namespace scalescope::report {

/// The one document model every report is built as, and every output renders: HTML (toHtml(), core) and PDF
/// (writePdf(), ui/report) read the same value, so the two never disagree. Text is plain (renderers escape
/// it); charts are SVG text made by core/report's chart writers, drawn as vectors in both.

/// How a table cell, a key-value or a list item is marked (a colour in the renderers).
enum class Tone { Normal, Good, Bad, Warning, Muted };

struct Paragraph {
    QString text;
    Tone tone = Tone::Normal;
};

/// A label/value list: "Target: http://…", "Sizes: 10 50 100".
struct KeyValues {
    QList<QPair<QString, QString>> items;
};

/// A bulleted list; each item may carry a second, smaller line (a recommendation under a finding).
struct BulletList {
    struct Item {
        QString text;
        QString detail;
        Tone tone = Tone::Normal;
    };
    QList<Item> items;
};

struct Table {
    QString caption; ///< may be empty
    QStringList header;
    QList<QStringList> rows; ///< each row has header.size() cells
    QList<QList<Tone>> tones; ///< empty, or one list per row (empty list = all Normal)
    QList<int> numericColumns; ///< right-aligned columns
    [[nodiscard]] Tone toneAt(int row, int column) const
    {
        return row < tones.size() && column < tones.at(row).size() ? tones.at(row).at(column) : Tone::Normal;
    }
};

/// A chart as self-contained SVG (no external references, fonts named generically), at its natural size in
/// CSS pixels; renderers scale it to the page width keeping the aspect ratio.
struct Chart {
    QString title;
    QString svg;
    QSizeF size;
    QString caption; ///< may be empty
};

using Block = std::variant<Paragraph, KeyValues, BulletList, Table, Chart>;

struct Section {
    QString id; ///< stable anchor: "configuration", "scaling", "findings", … (HTML ids, tests)
    QString title;
    QList<Block> blocks;
    QList<Section> subsections; ///< one level deep (e.g. one per dataset size)
};

struct Document {
    QString title; ///< "Demo prompts API — scale test"
    QString subtitle; ///< "http://127.0.0.1:8000 · 2026-12-01 09:00 UTC · run 12"
    QString toolVersion; ///< "ScaleScope 0.1.0"
    QDateTime generatedAt;
    QList<Section> sections;
};

} // namespace scalescope::report
