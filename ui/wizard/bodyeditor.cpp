// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/bodyeditor.h"

#include "wizard/planpage.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QJsonValue>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace scalescope::ui {

BodyEditor::BodyEditor(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_raw(new QCheckBox(tr("Raw te&xt, not JSON"), this))
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Edit"));
    m_raw->setObjectName(objectName + QStringLiteral("RawCheck"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves on to the next field (keyboard navigation); JSON needs no tab characters.
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setMinimumHeight(60);
    m_raw->setToolTip(tr("Send the text as it is (a text template) instead of a JSON value; set a Content-Type "
                         "header in the plan file for it"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_raw);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &BodyEditor::changed);
    connect(m_raw, &QCheckBox::toggled, this, &BodyEditor::changed);
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::setRequest(const RequestTemplate& request)
{
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockRaw(m_raw);
    m_raw->setChecked(request.bodyText.has_value());
    m_edit->setPlainText(PlanPage::bodyText(request));
    Q_EMIT changed();
}

void BodyEditor::applyTo(RequestTemplate& request) const
{
    const QString text = m_edit->toPlainText();
    if (m_raw->isChecked()) {
        request.body = QJsonValue(QJsonValue::Undefined);
        request.bodyText = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        return;
    }
    request.bodyText.reset();
    QJsonValue body;
    QString error;
    request.body = PlanPage::parseBody(text, &body, &error) ? body : QJsonValue(QJsonValue::Undefined);
}

QString BodyEditor::issue() const
{
    if (m_raw->isChecked())
        return {};
    QJsonValue body;
    QString error;
    return PlanPage::parseBody(m_edit->toPlainText(), &body, &error) ? QString() : error;
}

QString BodyEditor::text() const { return m_edit->toPlainText(); }

void BodyEditor::setText(const QString& text) { m_edit->setPlainText(text); }

bool BodyEditor::isRaw() const { return m_raw->isChecked(); }

void BodyEditor::setRaw(bool raw) { m_raw->setChecked(raw); }

void BodyEditor::setPlaceholderText(const QString& text) { m_edit->setPlaceholderText(text); }

} // namespace scalescope::ui
