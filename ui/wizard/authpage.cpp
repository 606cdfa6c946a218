// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/authpage.h"

#include "common/jsonpointer.h"
#include "engine/requestbuilder.h"
#include "plan/templateexpander.h"
#include "wizard/bodyeditor.h"
#include "wizard/methodcombo.h"
#include "wizard/requestprobe.h"
#include "wizard/runwizard.h"
#include "wizard/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scalescope::ui {

namespace {

    bool usesPassword(AuthKind kind) { return kind == AuthKind::Basic || kind == AuthKind::Login; }

} // namespace

AuthPage::AuthPage(QWidget* parent)
    : PlanPage(parent)
    , m_kind(new QComboBox(this))
    , m_kindNote(new QLabel(this))
    , m_form(new QFormLayout)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_secretRef(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system &keychain"), this))
    , m_token(new QLineEdit(this))
    , m_loginGroup(new QGroupBox(tr("Login request"), this))
    , m_loginMethod(new QComboBox(m_loginGroup))
    , m_loginPath(new QLineEdit(m_loginGroup))
    , m_loginBody(new BodyEditor(QStringLiteral("loginBody"), m_loginGroup))
    , m_tokenPointer(new QLineEdit(m_loginGroup))
    , m_headerName(new QLineEdit(m_loginGroup))
    , m_headerTemplate(new QLineEdit(m_loginGroup))
    , m_testLogin(new QPushButton(tr("Test &login"), this))
    , m_loginResult(new QLabel(this))
    , m_probe(new RequestProbe(this))
    , m_secrets(new SecretStore(this))
{
    setObjectName(QStringLiteral("authPage"));
    setTitle(tr("Authentication"));
    setSubTitle(tr("How ScaleScope authenticates. Passwords and tokens stay in memory (or in your system "
                   "keychain): a plan file never holds them."));

    m_kind->setObjectName(QStringLiteral("authKindCombo"));
    m_kind->addItem(tr("None"), int(AuthKind::None));
    m_kind->addItem(tr("HTTP basic"), int(AuthKind::Basic));
    m_kind->addItem(tr("Bearer token"), int(AuthKind::Bearer));
    m_kind->addItem(tr("Login request (token in the answer)"), int(AuthKind::Login));
    m_kind->setToolTip(tr("None; HTTP basic (user name and password on every request); a bearer token you already "
                          "have; or a login request whose answer holds a token for every later request"));
    m_kind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_kindNote->setObjectName(QStringLiteral("authKindNote"));
    m_kindNote->setWordWrap(true);

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setToolTip(tr("The user to log in as ({username} in the login request)"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory for this session and handed to the run ({password} in the login "
                              "request); never written to the plan"));
    m_secretRef->setObjectName(QStringLiteral("secretRefEdit"));
    m_secretRef->setClearButtonEnabled(true);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setEnabled(false);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setToolTip(tr("Sent as \"Authorization: Bearer <token>\"; kept in memory only, never written to the "
                           "plan"));

    m_loginGroup->setObjectName(QStringLiteral("loginGroup"));
    m_loginMethod->setObjectName(QStringLiteral("loginMethodCombo"));
    fillMethodCombo(m_loginMethod);
    m_loginMethod->setToolTip(tr("The HTTP method of the login request (usually POST)"));
    m_loginPath->setObjectName(QStringLiteral("loginPathEdit"));
    m_loginPath->setPlaceholderText(QStringLiteral("/api/auth/login/"));
    m_loginPath->setToolTip(tr("The login request's path, relative to the base URL"));
    m_loginBody->editor()->setToolTip(tr("The login request's JSON body; {username} and {password} are replaced by "
                                         "the credentials, e.g. {\"username\": \"{username}\", \"password\": "
                                         "\"{password}\"}"));
    m_loginBody->setPlaceholderText(QStringLiteral("{\"username\": \"{username}\", \"password\": \"{password}\"}"));
    m_tokenPointer->setObjectName(QStringLiteral("tokenPointerEdit"));
    m_tokenPointer->setPlaceholderText(QStringLiteral("/token"));
    m_tokenPointer->setToolTip(tr("Where the token is in the login answer, as a JSON pointer: /token, "
                                  "/data/access_token, …"));
    m_headerName->setObjectName(QStringLiteral("headerNameEdit"));
    m_headerName->setPlaceholderText(QStringLiteral("Authorization"));
    m_headerName->setToolTip(tr("The header that carries the token on every later request"));
    m_headerTemplate->setObjectName(QStringLiteral("headerTemplateEdit"));
    m_headerTemplate->setPlaceholderText(QStringLiteral("Token {token}"));
    m_headerTemplate->setToolTip(tr("The header's value; {token} is the token found: \"Token {token}\" (Django REST "
                                    "framework) or \"Bearer {token}\" (JWT)"));

    m_testLogin->setObjectName(QStringLiteral("testLoginButton"));
    m_testLogin->setToolTip(tr("Send the login request now and show the token the answer holds (masked) or what "
                               "the server said"));
    m_loginResult->setObjectName(QStringLiteral("loginResultLabel"));
    m_loginResult->setWordWrap(true);
    levelWith(m_loginResult, m_testLogin);
    m_loginResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loginResult->setToolTip(tr("The result of the last login"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Authentication:"), m_kind);
    m_form->addRow(QString(), m_kindNote);
    m_form->addRow(tr("&Username:"), m_username);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Token:"), m_token);
    m_form->addRow(tr("From &environment:"), m_secretRef);
    m_form->addRow(QString(), m_remember);

    // Login: the request's fields on the left, its body on the right.
    auto* loginForm = new QFormLayout;
    loginForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* requestRow = new QHBoxLayout;
    requestRow->addWidget(m_loginMethod);
    requestRow->addWidget(m_loginPath, 1);
    auto* methodLabel = new QLabel(tr("&Method, path:"), m_loginGroup);
    methodLabel->setBuddy(m_loginMethod);
    loginForm->addRow(methodLabel, requestRow);
    loginForm->addRow(tr("Token p&ointer:"), m_tokenPointer);
    loginForm->addRow(tr("Heade&r:"), m_headerName);
    loginForm->addRow(tr("Header &value:"), m_headerTemplate);
    auto* bodyColumn = new QVBoxLayout;
    auto* bodyLabel = new QLabel(tr("Bo&dy (JSON):"), m_loginGroup);
    bodyLabel->setBuddy(m_loginBody->editor());
    bodyColumn->addWidget(bodyLabel);
    bodyColumn->addWidget(m_loginBody, 1);
    auto* loginLayout = new QHBoxLayout(m_loginGroup);
    loginLayout->addLayout(loginForm, 1);
    loginLayout->addLayout(bodyColumn, 1);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testLogin, 0, Qt::AlignTop);
    testRow->addWidget(m_loginResult, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_loginGroup, 1);
    layout->addLayout(testRow);
    layout->addStretch(0);
    layout->addWidget(issueLabel());

    // Tab order follows the layout: the form, the login request left to right, then Test login.
    setTabOrder(m_remember, m_loginMethod);
    setTabOrder(m_loginMethod, m_loginPath);
    setTabOrder(m_loginPath, m_tokenPointer);
    setTabOrder(m_tokenPointer, m_headerName);
    setTabOrder(m_headerName, m_headerTemplate);
    setTabOrder(m_headerTemplate, m_loginBody->editor());
    setTabOrder(m_loginBody->editor(), m_loginBody->findChild<QCheckBox*>());
    setTabOrder(m_loginBody->findChild<QCheckBox*>(), m_testLogin);

    bindIssuePath(QStringLiteral("auth"), tr("Authentication"));
    bindIssuePath(QStringLiteral("auth.username"), tr("User name"), m_username);
    bindIssuePath(QStringLiteral("auth.password"), tr("From environment"), m_secretRef);
    bindIssuePath(QStringLiteral("auth.token"), tr("From environment"), m_secretRef);
    bindIssuePath(QStringLiteral("auth.login"), tr("Login request"));
    bindIssuePath(QStringLiteral("auth.login.method"), tr("Login method"), m_loginMethod);
    bindIssuePath(QStringLiteral("auth.login.path"), tr("Login path"), m_loginPath);
    bindIssuePath(QStringLiteral("auth.login.body"), tr("Login body"), m_loginBody->editor());
    bindIssuePath(QStringLiteral("auth.login.body_text"), tr("Login body"), m_loginBody->editor());
    bindIssuePath(QStringLiteral("auth.login.token_pointer"), tr("Token pointer"), m_tokenPointer);
    bindIssuePath(QStringLiteral("auth.login.header"), tr("Header"), m_headerName);
    bindIssuePath(QStringLiteral("auth.login.header_template"), tr("Header value"), m_headerTemplate);

    const auto changed = [this] {
        forgetLoginToken();
        inputChanged();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateVisibility();
        changed();
        lookUpKeychain();
    });
    for (QLineEdit* edit : { m_username, m_password, m_secretRef, m_token, m_loginPath, m_tokenPointer, m_headerName,
             m_headerTemplate })
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_loginMethod, &QComboBox::currentIndexChanged, this, changed);
    connect(m_loginBody, &BodyEditor::changed, this, changed);
    connect(m_testLogin, &QPushButton::clicked, this, &AuthPage::startLogin);
    connect(m_probe, &RequestProbe::finished, this, &AuthPage::showLoginResult);
    connect(m_secrets, &SecretStore::availabilityChanged, this, &AuthPage::updateKeychainState);
    connect(m_secrets, &SecretStore::lookedUp, this, [this](const QString& key, const QString& secret, bool found) {
        if (!found)
            return;
        m_keysInKeychain.insert(key);
        if (key != keychainKey(currentPlan()))
            return;
        m_remember->setChecked(true);
        if (m_password->text().isEmpty())
            m_password->setText(secret);
    });

    updateVisibility();
    updateKeychainState();
}

AuthPage::~AuthPage() = default;

QStringList AuthPage::issuePrefixes() const { return { QStringLiteral("auth") }; }

QList<PlanIssue> AuthPage::inputIssues() const
{
    if (kind() == AuthKind::Login) {
        if (const QString problem = m_loginBody->issue(); !problem.isEmpty())
            return { PlanIssue { QStringLiteral("auth.login.body"), problem } };
    }
    return {};
}

AuthKind AuthPage::kind() const { return AuthKind(m_kind->currentData().toInt()); }

void AuthPage::updateVisibility()
{
    const AuthKind current = kind();
    m_form->setRowVisible(m_username, usesPassword(current));
    m_form->setRowVisible(m_password, usesPassword(current));
    m_form->setRowVisible(m_remember, usesPassword(current));
    m_form->setRowVisible(m_token, current == AuthKind::Bearer);
    m_form->setRowVisible(m_secretRef, current != AuthKind::None);
    m_loginGroup->setVisible(current == AuthKind::Login);
    m_testLogin->setVisible(current == AuthKind::Login);
    m_loginResult->setVisible(current == AuthKind::Login);
    if (current == AuthKind::Bearer) {
        m_secretRef->setPlaceholderText(tr("optional, e.g. ${API_TOKEN}"));
        m_secretRef->setToolTip(tr("Optional: the environment variable that holds the token when the plan is run "
                                   "from the command line, written as ${NAME}; the plan stores only this "
                                   "reference. A token typed above takes precedence."));
    } else {
        m_secretRef->setPlaceholderText(tr("optional, e.g. ${SCALESCOPE_PASSWORD}"));
        m_secretRef->setToolTip(tr("Optional: the environment variable that holds the password when the plan is "
                                   "run from the command line, written as ${NAME}; the plan stores only this "
                                   "reference. A password typed above takes precedence."));
    }
    switch (current) {
    case AuthKind::None:
        m_kindNote->setText(tr("Requests are sent without credentials."));
        break;
    case AuthKind::Basic:
        m_kindNote->setText(tr("Every request carries \"Authorization: Basic …\" with the user name and password."));
        break;
    case AuthKind::Bearer:
        m_kindNote->setText(tr("Every request carries \"Authorization: Bearer <token>\"."));
        break;
    case AuthKind::Login:
        m_kindNote->setText(tr("The run logs in once, then sends the token it got with every request."));
        break;
    }
}

void AuthPage::updateKeychainState()
{
    switch (m_secrets->availability()) {
    case SecretStore::Availability::Unknown:
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("Asking the system keychain… Until it answers, the password stays in memory for "
                                  "this session only."));
        break;
    case SecretStore::Availability::Available:
        m_remember->setEnabled(true);
        m_remember->setToolTip(tr("Store the password in the system keychain under \"%1\" when the run starts, and "
                                  "offer it next time. Unchecked: the password is forgotten when ScaleScope exits.")
                                   .arg(SecretStore::serviceName()));
        break;
    case SecretStore::Availability::Unavailable:
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        //: %1 = why (e.g. "the system keychain did not answer within 3 s")
        m_remember->setToolTip(tr("No system keychain answered (%1). The password stays in memory for this session "
                                  "only.")
                                   .arg(m_secrets->unavailableReason()));
        break;
    }
}

void AuthPage::initializePage() { lookUpKeychain(); }

void AuthPage::lookUpKeychain()
{
    if (!usesPassword(kind()) || m_secrets->availability() == SecretStore::Availability::Unavailable
        || m_secrets->pendingCount() > 0)
        return;
    const Plan plan = currentPlan();
    if (plan.auth.username.isEmpty())
        return;
    const QString key = keychainKey(plan);
    if (key == m_lookedUpKey && m_secrets->availability() != SecretStore::Availability::Unknown)
        return;
    m_lookedUpKey = key;
    m_secrets->lookUp(key);
}

QString AuthPage::keychainKey(const Plan& plan)
{
    const QUrl& url = plan.target.baseUrl;
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1@%2:%3").arg(plan.auth.username, url.host()).arg(port);
}

void AuthPage::loadPlan(const Plan& plan)
{
    const AuthConfig& auth = plan.auth;
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(auth.kind))));
    }
    m_username->setText(auth.username);
    m_secretRef->setText(auth.kind == AuthKind::Bearer ? auth.tokenRef : auth.passwordRef);
    // A plan without a login still offers a sensible one when the user switches to it.
    const LoginFlow login = auth.kind == AuthKind::Login || !auth.login.request.path.isEmpty()
        ? auth.login
        : defaultWizardPlan().auth.login;
    selectMethod(m_loginMethod, login.request.method);
    m_loginPath->setText(login.request.path);
    m_loginBody->setRequest(login.request);
    m_tokenPointer->setText(login.tokenPointer);
    m_headerName->setText(login.headerName);
    m_headerTemplate->setText(login.headerTemplate);
    m_loginResult->clear();
    updateVisibility();
    forgetLoginToken();
    inputChanged();
}

void AuthPage::applyTo(Plan& plan) const
{
    AuthConfig& auth = plan.auth;
    auth.kind = kind();
    const QString reference = m_secretRef->text().trimmed();
    switch (auth.kind) {
    case AuthKind::None:
        auth.passwordRef.clear();
        auth.tokenRef.clear();
        break;
    case AuthKind::Basic:
    case AuthKind::Login:
        auth.passwordRef = reference;
        auth.tokenRef.clear();
        break;
    case AuthKind::Bearer:
        auth.tokenRef = reference;
        auth.passwordRef.clear();
        break;
    }
    if (usesPassword(auth.kind))
        auth.username = m_username->text().trimmed();
    // The login settings are written only for a login: other plans keep theirs (usually the defaults) as loaded.
    if (auth.kind == AuthKind::Login) {
        LoginFlow& login = auth.login;
        login.request.method = m_loginMethod->currentText();
        login.request.path = m_loginPath->text().trimmed();
        m_loginBody->applyTo(login.request);
        login.tokenPointer = m_tokenPointer->text().trimmed();
        login.headerName = m_headerName->text().trimmed();
        login.headerTemplate = m_headerTemplate->text();
    }
}

QString AuthPage::password() const { return usesPassword(kind()) ? m_password->text() : QString(); }

void AuthPage::setPassword(const QString& password) { m_password->setText(password); }

QString AuthPage::token() const
{
    switch (kind()) {
    case AuthKind::Bearer:
        return m_token->text();
    case AuthKind::Login:
        return hasLoginToken(currentPlan()) ? m_loginToken : QString();
    default:
        return {};
    }
}

QString AuthPage::effectivePassword(const Plan& plan) const
{
    if (!m_password->text().isEmpty())
        return m_password->text();
    if (isSecretReference(plan.auth.passwordRef))
        return resolveSecretReference(plan.auth.passwordRef).value_or(QString());
    return {};
}

bool AuthPage::hasLoginToken(const Plan& plan) const
{
    return !m_loginToken.isEmpty() && plan.auth.kind == AuthKind::Login && m_loginTarget == plan.target
        && m_loginAuth == plan.auth && m_loginPassword == effectivePassword(plan);
}

HttpHeaders AuthPage::authHeaders(const Plan& plan) const
{
    switch (plan.auth.kind) {
    case AuthKind::None:
        return {};
    case AuthKind::Basic: {
        const QString secret = effectivePassword(plan);
        if (secret.isEmpty())
            return {};
        return { HttpHeader { QByteArrayLiteral("Authorization"),
            "Basic " + (plan.auth.username + QLatin1Char(':') + secret).toUtf8().toBase64() } };
    }
    case AuthKind::Bearer: {
        QString secret = m_token->text();
        if (secret.isEmpty() && isSecretReference(plan.auth.tokenRef))
            secret = resolveSecretReference(plan.auth.tokenRef).value_or(QString());
        if (secret.isEmpty())
            return {};
        return { HttpHeader { QByteArrayLiteral("Authorization"), "Bearer " + secret.toUtf8() } };
    }
    case AuthKind::Login: {
        if (!hasLoginToken(plan))
            return {};
        TemplateContext context;
        context.token = m_loginToken;
        TemplateExpander expander;
        return { HttpHeader { plan.auth.login.headerName.toLatin1(),
            expander.expand(plan.auth.login.headerTemplate, context).toUtf8() } };
    }
    }
    return {};
}

void AuthPage::forgetLoginToken()
{
    if (m_loginToken.isEmpty())
        return;
    m_loginToken.clear();
    m_loginPassword.clear();
}

QString AuthPage::maskedToken(const QString& token)
{
    constexpr qsizetype kShown = 4;
    constexpr qsizetype kMaxMask = 16; // the length of a long token tells nothing useful
    const qsizetype shown = token.size() > kShown ? kShown : 0;
    const qsizetype masked = std::min(token.size() - shown, kMaxMask);
    return token.left(shown) + QString(masked, QChar(0x2022));
}

void AuthPage::startLogin()
{
    const Plan plan = currentPlan();
    QList<PlanIssue> issues = inputIssues();
    for (const PlanIssue& issue : validatePlan(plan)) {
        if (pathHasPrefix(issue.path, QStringLiteral("auth")) || pathHasPrefix(issue.path, QStringLiteral("target")))
            issues.append(issue);
    }
    QString problem;
    if (plan.auth.kind != AuthKind::Login)
        problem = tr("Choose \"Login request\" first.");
    else if (!issues.isEmpty())
        problem = tr("Fix this first: %1").arg(describeIssue(issues.constFirst()));
    else if (effectivePassword(plan).isEmpty())
        problem = tr("Enter the password first.");
    if (!problem.isEmpty()) {
        showResult(m_loginResult, problem, Tone::Bad);
        Q_EMIT loginFinished(false, problem);
        return;
    }
    RequestBuilder builder(plan.target, 1);
    TemplateContext context;
    context.username = plan.auth.username;
    context.password = effectivePassword(plan);
    const HttpRequest request = builder.build(plan.auth.login.request, context, false);
    m_pendingLogin = plan;
    //: %1 = user name, %2 = login URL
    showResult(m_loginResult, tr("Logging in as %1 at %2…").arg(plan.auth.username, redactedUrl(request.url)),
        Tone::Neutral);
    m_probe->send(request, plan.target.timeoutMs, plan.target.verifyTls);
}

void AuthPage::showLoginResult(const ProbeResult& result)
{
    const Plan& plan = m_pendingLogin;
    QString message;
    bool succeeded = false;
    if (!result.answered) {
        message = result.error;
    } else if (result.status < 200 || result.status > 299) {
        //: %1 = "HTTP 400 Bad Request in 3 ms" and the start of the server's answer
        message = tr("Login failed: %1").arg(RequestProbe::describe(result));
    } else {
        const QString found
            = jsonScalarToString(evaluateJsonPointer(parseJson(result.body), plan.auth.login.tokenPointer));
        if (found.isEmpty()) {
            ProbeResult statusOnly = result;
            statusOnly.body.clear();
            //: %1 = JSON pointer, %2 = "HTTP 200 OK in 3 ms", %3 = the start of the answer
            message = tr("No token at %1 in the answer (%2): %3")
                          .arg(plan.auth.login.tokenPointer, RequestProbe::describe(statusOnly),
                              QString::fromUtf8(result.body.left(200)).simplified());
        } else {
            succeeded = true;
            m_loginToken = found;
            m_loginTarget = plan.target;
            m_loginAuth = plan.auth;
            m_loginPassword = effectivePassword(plan);
            //: %1 = user name, %2 = masked token, %3 = HTTP status, %4 = milliseconds
            message = tr("Logged in as %1: token %2 (HTTP %3 in %4 ms)")
                          .arg(plan.auth.username, maskedToken(found))
                          .arg(result.status)
                          .arg(result.elapsedMs);
        }
    }
    showResult(m_loginResult, message, succeeded ? Tone::Good : Tone::Bad);
    Q_EMIT loginFinished(succeeded, message);
}

void AuthPage::rememberSecrets()
{
    const Plan plan = currentPlan();
    if (!usesPassword(plan.auth.kind) || plan.auth.username.isEmpty())
        return;
    const QString key = keychainKey(plan);
    if (m_remember->isEnabled() && m_remember->isChecked() && !m_password->text().isEmpty())
        m_secrets->store(key, m_password->text());
    else if (!m_remember->isChecked() && m_keysInKeychain.contains(key))
        m_secrets->remove(key);
}

} // namespace scalescope::ui
