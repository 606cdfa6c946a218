// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace scalescope::ui {

/// Edits the body of a request template: a JSON value (the usual case) or, with "Raw text", a text template.
/// Empty text means no body. Child object names are <objectName>Edit and <objectName>RawCheck.
class BodyEditor : public QWidget {
    Q_OBJECT
public:
    explicit BodyEditor(const QString& objectName, QWidget* parent = nullptr);
    ~BodyEditor() override;
    Q_DISABLE_COPY_MOVE(BodyEditor)

    void setRequest(const RequestTemplate& request);
    /// Writes the body into @p request; text that is not JSON writes no body (issue() tells why).
    void applyTo(RequestTemplate& request) const;
    /// Why the text cannot be sent ("not valid JSON: …"); empty when it can.
    [[nodiscard]] QString issue() const;

    [[nodiscard]] QString text() const;
    void setText(const QString& text);
    [[nodiscard]] bool isRaw() const;
    void setRaw(bool raw);
    void setPlaceholderText(const QString& text);
    [[nodiscard]] QPlainTextEdit* editor() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    QPlainTextEdit* m_edit;
    QCheckBox* m_raw;
};

} // namespace scalescope::ui
