// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace scalescope {

/// Evaluates an RFC 6901 JSON pointer ("/data/token", "/items/0/id", "" = the whole document).
/// Returns QJsonValue::Undefined when a step does not exist.
[[nodiscard]] QJsonValue evaluateJsonPointer(const QJsonValue& document, const QString& pointer);

/// Parses a JSON text of any top-level kind (object, array, scalar); Undefined when it is not JSON.
[[nodiscard]] QJsonValue parseJson(const QByteArray& text);

/// True when @p pointer is syntactically valid (empty, or starts with "/" with valid ~ escapes).
[[nodiscard]] bool isValidJsonPointer(const QString& pointer);

/// A scalar JSON value as text: strings as they are, integers without a fraction, others empty.
[[nodiscard]] QString jsonScalarToString(const QJsonValue& value);

} // namespace scalescope
