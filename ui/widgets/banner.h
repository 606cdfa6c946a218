// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace scalescope::ui {

/// A non-modal message strip at the top of a window (house style, rule 12): recoverable problems and
/// notices are shown here, never in a dialog. Information hides itself after a while; warnings and errors
/// stay until closed or replaced.
class Banner : public QWidget {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit Banner(QWidget* parent = nullptr);

    void showMessage(const QString& message, Level level = Level::Info);
    void showError(const QString& message) { showMessage(message, Level::Error); }
    void showWarning(const QString& message) { showMessage(message, Level::Warning); }
    void dismiss();

    [[nodiscard]] QString message() const;
    [[nodiscard]] Level level() const { return m_level; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_text;
    QToolButton* m_close;
    QTimer* m_hide;
    Level m_level = Level::Info;
};

} // namespace scalescope::ui
