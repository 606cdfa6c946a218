// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <random>

namespace scalescope {

/// Values the placeholders of one expansion can refer to.
struct TemplateContext {
    qint64 n = 0; ///< {n}: 1-based sequence number (record number when seeding, iteration when measuring)
    qint64 size = 0; ///< {size}: the current dataset size / sweep value
    qint64 index = 0; ///< {i}: 0-based index inside a $repeat array
    QString username; ///< {username}
    QString password; ///< {password} (login body only; never logged)
    QString token; ///< {token} (auth header template only)
    const QStringList* createdIds = nullptr; ///< {id}: a random one of these
    QString id; ///< when non-empty, {id} is exactly this (cleanup of a given record)
};

/// Expands the plan's placeholders:
///   {n} {size} {i} {uuid} {random_int:a:b} {word} {lorem:K} {id} {env:NAME}
///   {username} {password} {token}
/// Deterministic for a given seed and call sequence. "{{" and "}}" are literal braces.
class TemplateExpander {
public:
    enum class Context { Text, UrlPath };

    explicit TemplateExpander(quint64 seed = 1);

    /// Expands @p text. In Context::UrlPath substituted values are percent-encoded (the literal
    /// template text is kept as written). Unknown placeholders are left as they are (the plan
    /// validator rejects them beforehand).
    [[nodiscard]] QString expand(const QString& text, const TemplateContext& context, Context mode = Context::Text);

    /// Expands a JSON body template into compact JSON bytes. A string that consists of exactly one
    /// numeric placeholder ({n}, {size}, {i}, {random_int:a:b}) becomes a JSON number; the object
    /// {"$repeat": "<template>", "item": <value>} becomes an array of that many expanded items.
    [[nodiscard]] QByteArray expandJson(const QJsonValue& body, const TemplateContext& context);

    /// Checks a template's syntax and placeholder names: empty when fine, else the reason
    /// ("unknown placeholder {foo}", "unbalanced '{'", "{random_int:a:b} needs a <= b").
    [[nodiscard]] static QString check(const QString& text);
    /// check() over every string of a JSON body template, and the $repeat form.
    [[nodiscard]] static QString checkJson(const QJsonValue& body);
    /// Placeholder names used in @p text ("id", "size", "env:HOME" → "env").
    [[nodiscard]] static QStringList placeholders(const QString& text);

private:
    std::mt19937_64 m_rng;
};

/// Resolves a secret reference: "${NAME}" → the environment variable's value. Returns an empty
/// optional when the reference is malformed or the variable is unset.
[[nodiscard]] std::optional<QString> resolveSecretReference(const QString& reference);
/// True when @p text has the form "${NAME}".
[[nodiscard]] bool isSecretReference(const QString& text);

} // namespace scalescope
