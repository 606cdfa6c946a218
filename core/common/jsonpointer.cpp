// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace scalescope {

namespace {
QString unescapeToken(QString token)
{
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}
} // namespace

bool isValidJsonPointer(const QString& pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(QLatin1Char('/')))
        return false;
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) == QLatin1Char('~')) {
            if (i + 1 >= pointer.size() || (pointer.at(i + 1) != QLatin1Char('0') && pointer.at(i + 1) != QLatin1Char('1')))
                return false;
        }
    }
    return true;
}

QJsonValue evaluateJsonPointer(const QJsonValue& document, const QString& pointer)
{
    if (!isValidJsonPointer(pointer))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = document;
    if (pointer.isEmpty())
        return current;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (const QString& raw : tokens) {
        const QString token = unescapeToken(raw);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size() || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QJsonValue parseJson(const QByteArray& text)
{
    // Wrapping accepts scalar documents too ("42", "\"abc\""), which QJsonDocument alone rejects.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().at(0);
}

QString jsonScalarToString(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

} // namespace scalescope
