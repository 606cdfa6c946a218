// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace scalescope::ui {

class RequestProbe;
struct ProbeResult;

/// The target: base URL, timeout, TLS verification, HTTP/2 and proxy, default headers, and a "Check connection"
/// button that sends one GET to the base URL.
class TargetPage : public PlanPage {
    Q_OBJECT
public:
    explicit TargetPage(QWidget* parent = nullptr);
    ~TargetPage() override;
    Q_DISABLE_COPY_MOVE(TargetPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;

    /// The per-request timeout, also shown on the measurement page (the two stay in step).
    void setTimeoutMs(int timeoutMs);
    /// Sends GET <base URL> with the default headers; the answer is shown in the result label.
    void checkConnection();

Q_SIGNALS:
    void timeoutChanged(int timeoutMs);

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;

private:
    void addHeaderRow(const QString& name, const QString& value);
    void showProbeResult(const ProbeResult& result);

    QLineEdit* m_baseUrl;
    QSpinBox* m_timeout;
    QCheckBox* m_verifyTls;
    QCheckBox* m_http2;
    QLineEdit* m_proxy;
    QTableWidget* m_headers;
    QPushButton* m_addHeader;
    QPushButton* m_removeHeader;
    QPushButton* m_check;
    QLabel* m_checkResult;
    RequestProbe* m_probe;
};

} // namespace scalescope::ui
