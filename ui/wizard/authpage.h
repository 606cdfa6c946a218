// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"
#include "wizard/planpage.h"

#include <QSet>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scalescope::ui {

class BodyEditor;
class RequestProbe;
class SecretStore;
struct ProbeResult;

/// Authentication: none, HTTP basic, a bearer token, or a login request whose answer holds a token. The password
/// and the token stay in memory (the password optionally in the system keychain); the plan gets at most a
/// ${ENV} reference. "Test login" performs the login and shows the token found, masked.
class AuthPage : public PlanPage {
    Q_OBJECT
public:
    explicit AuthPage(QWidget* parent = nullptr);
    ~AuthPage() override;
    Q_DISABLE_COPY_MOVE(AuthPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    void initializePage() override;

    [[nodiscard]] QString password() const;
    void setPassword(const QString& password);
    /// The bearer token typed (bearer), or the token the last login obtained for the current settings (login).
    [[nodiscard]] QString token() const;
    /// The headers that authenticate a request under @p plan's auth settings with the secrets known now;
    /// empty when none are (no password, not logged in yet).
    [[nodiscard]] HttpHeaders authHeaders(const Plan& plan) const;
    /// Whether a login has obtained a token that still matches @p plan's target and auth settings.
    [[nodiscard]] bool hasLoginToken(const Plan& plan) const;

    /// Performs the login of the current plan ("Test login"); emits loginFinished().
    void startLogin();
    /// Stores the password in the system keychain when "Remember" is checked (or forgets it when it was found
    /// there and is unchecked now). Called when the wizard is accepted.
    void rememberSecrets();
    [[nodiscard]] SecretStore* secretStore() const { return m_secrets; }

    /// "abcd••••••••": the first four characters of @p token, the rest masked.
    [[nodiscard]] static QString maskedToken(const QString& token);

Q_SIGNALS:
    void loginFinished(bool succeeded, const QString& message);

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;
    [[nodiscard]] QList<PlanIssue> inputIssues() const override;

private:
    [[nodiscard]] AuthKind kind() const;
    void updateVisibility();
    void updateKeychainState();
    void lookUpKeychain();
    void forgetLoginToken();
    void showLoginResult(const ProbeResult& result);
    /// The keychain entry of @p plan's user on its target: "admin@localhost:8000".
    [[nodiscard]] static QString keychainKey(const Plan& plan);
    /// The password typed, or the one its ${ENV} reference resolves to.
    [[nodiscard]] QString effectivePassword(const Plan& plan) const;

    QComboBox* m_kind;
    QLabel* m_kindNote;
    QFormLayout* m_form;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_secretRef;
    QCheckBox* m_remember;
    QLineEdit* m_token;
    QGroupBox* m_loginGroup;
    QComboBox* m_loginMethod;
    QLineEdit* m_loginPath;
    BodyEditor* m_loginBody;
    QLineEdit* m_tokenPointer;
    QLineEdit* m_headerName;
    QLineEdit* m_headerTemplate;
    QPushButton* m_testLogin;
    QLabel* m_loginResult;
    RequestProbe* m_probe;
    SecretStore* m_secrets;

    // The last login's token and the settings it was obtained with: a change of any of them invalidates it.
    QString m_loginToken;
    TargetConfig m_loginTarget;
    AuthConfig m_loginAuth;
    QString m_loginPassword;
    Plan m_pendingLogin; ///< the plan of the login in flight
    QSet<QString> m_keysInKeychain; ///< entries the keychain answered with a password
    QString m_lookedUpKey;
};

} // namespace scalescope::ui
