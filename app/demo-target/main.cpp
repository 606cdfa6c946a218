// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotarget.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitListen = 1;

int s_signalFds[2] = { -1, -1 };

void onSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

/// SIGINT/SIGTERM → QCoreApplication::quit() through a self-pipe, so the server shuts down in
/// the event loop (sockets closed, exit code 0) instead of dying inside a handler.
bool installQuitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalFds) != 0)
        return false;
    auto* notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        unsigned char byte = 0;
        if (::read(s_signalFds[1], &byte, 1) == 1)
            app.quit();
    });
    struct sigaction action { };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

QString tr(const char* text) { return QCoreApplication::translate("DemoTargetMain", text); }

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scalescope-demo-target"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALESCOPE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("ScaleScope's sample prompts API, for trying out scale tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("Port to listen on; 0 picks a free one (default 8000)."), tr("port"), QStringLiteral("8000"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
        tr("IP address to listen on (default 127.0.0.1)."), tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption usernameOption(QStringLiteral("username"), tr("User name for logging in (default admin)."),
        tr("name"), QStringLiteral("admin"));
    const QCommandLineOption passwordEnvOption(QStringLiteral("password-env"),
        tr("Environment variable holding the password (default password: admin_password)."), tr("variable"));
    const QCommandLineOption listDelayOption(QStringLiteral("list-delay-ms"),
        tr("Extra delay for GET /api/prompts/, to simulate a regression (default 0)."), tr("ms"), QStringLiteral("0"));
    parser.addOptions({ portOption, addressOption, usernameOption, passwordEnvOption, listDelayOption });
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        err << tr("error: unexpected argument '%1'").arg(parser.positionalArguments().constFirst()) << Qt::endl;
        return kExitUsage;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << tr("error: invalid --port '%1': expected a number from 0 to 65535").arg(parser.value(portOption))
            << Qt::endl;
        return kExitUsage;
    }
    const QString addressText = parser.value(addressOption);
    const QHostAddress address = addressText.compare(u"localhost", Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(addressText);
    if (address.isNull()) {
        err << tr("error: invalid --address '%1': expected an IP address such as 127.0.0.1 or ::1")
                   .arg(parser.value(addressOption))
            << Qt::endl;
        return kExitUsage;
    }
    scalescope::demo::DemoTargetOptions options;
    options.username = parser.value(usernameOption);
    if (options.username.isEmpty()) {
        err << tr("error: invalid --username: it may not be empty") << Qt::endl;
        return kExitUsage;
    }
    options.listDelayMs = parser.value(listDelayOption).toInt(&ok);
    if (!ok || options.listDelayMs < 0 || options.listDelayMs > 600000) {
        err << tr("error: invalid --list-delay-ms '%1': expected a number of milliseconds from 0 to 600000")
                   .arg(parser.value(listDelayOption))
            << Qt::endl;
        return kExitUsage;
    }
    bool passwordFromEnv = false;
    if (parser.isSet(passwordEnvOption)) {
        const QString variable = parser.value(passwordEnvOption);
        const QString password = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (password.isEmpty()) {
            err << tr("warning: --password-env: the environment variable %1 is not set or empty; "
                      "using the default password")
                       .arg(variable)
                << Qt::endl;
        } else {
            options.password = password;
            passwordFromEnv = true;
        }
    }

    if (!installQuitOnSignals(app))
        err << tr("warning: cannot install the SIGINT/SIGTERM handler; stop the server with SIGKILL") << Qt::endl;

    scalescope::demo::DemoTarget target(options);
    const quint16 boundPort = target.listen(address, static_cast<quint16>(port));
    if (boundPort == 0) {
        err << tr("error: %1").arg(target.errorString()) << Qt::endl;
        return kExitListen;
    }
    out << tr("ScaleScope demo target listening on %1").arg(target.baseUrl().toString()) << Qt::endl;
    if (passwordFromEnv)
        out << tr("User: %1 (password from $%2)").arg(options.username, parser.value(passwordEnvOption)) << Qt::endl;
    else
        out << tr("User: %1 (default password)").arg(options.username) << Qt::endl;
    if (options.listDelayMs > 0)
        out << tr("Simulated regression: GET /api/prompts/ answers %1 ms later").arg(options.listDelayMs) << Qt::endl;
    out << tr("Press Ctrl-C to stop.") << Qt::endl;

    const int code = QCoreApplication::exec();
    out << tr("Stopped.") << Qt::endl;
    return code;
}
