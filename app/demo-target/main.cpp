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
constexpr int kMaxStallMs = 600000; ///< 10 minutes, as for --list-delay-ms
constexpr int kMaxStallAfterMs = 86400000; ///< a day, for endurance runs
constexpr int kMaxLeakKbPerRequest = 1024 * 1024; ///< 1 GiB

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
    const QCommandLineOption stallAfterOption(QStringLiteral("stall-after-ms"),
        tr("Stop answering once, this many ms after the first request, to demonstrate coordinated omission "
           "(default: never)."),
        tr("ms"));
    const QCommandLineOption stallOption(QStringLiteral("stall-ms"),
        tr("Length of the stall set by --stall-after-ms (default 1000)."), tr("ms"), QStringLiteral("1000"));
    const QCommandLineOption leakOption(QStringLiteral("leak-kb-per-request"),
        tr("Retain this many KB of memory for good with every request, a leak for endurance tests (default 0)."),
        tr("KB"), QStringLiteral("0"));
    const QCommandLineOption maxRpsOption(QStringLiteral("max-rps"),
        tr("Answer 503 beyond this many requests per second, a breaking point for stress tests (default: no "
           "limit)."),
        tr("requests"));
    parser.addOptions({ portOption, addressOption, usernameOption, passwordEnvOption, listDelayOption,
        stallAfterOption, stallOption, leakOption, maxRpsOption });
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
    if (parser.isSet(stallAfterOption)) {
        options.stallAfterMs = parser.value(stallAfterOption).toInt(&ok);
        if (!ok || options.stallAfterMs < 0 || options.stallAfterMs > kMaxStallAfterMs) {
            err << tr("error: invalid --stall-after-ms '%1': expected a number of milliseconds from 0 to %2")
                       .arg(parser.value(stallAfterOption))
                       .arg(kMaxStallAfterMs)
                << Qt::endl;
            return kExitUsage;
        }
    }
    options.stallMs = parser.value(stallOption).toInt(&ok);
    if (!ok || options.stallMs < 1 || options.stallMs > kMaxStallMs) {
        err << tr("error: invalid --stall-ms '%1': expected a number of milliseconds from 1 to %2")
                   .arg(parser.value(stallOption))
                   .arg(kMaxStallMs)
            << Qt::endl;
        return kExitUsage;
    }
    if (parser.isSet(stallOption) && !parser.isSet(stallAfterOption))
        err << tr("warning: --stall-ms has no effect without --stall-after-ms") << Qt::endl;
    const int leakKb = parser.value(leakOption).toInt(&ok);
    if (!ok || leakKb < 0 || leakKb > kMaxLeakKbPerRequest) {
        err << tr("error: invalid --leak-kb-per-request '%1': expected a number of KB from 0 to %2")
                   .arg(parser.value(leakOption))
                   .arg(kMaxLeakKbPerRequest)
            << Qt::endl;
        return kExitUsage;
    }
    options.leakBytesPerRequest = static_cast<qsizetype>(leakKb) * 1024;
    if (parser.isSet(maxRpsOption)) {
        options.maxRequestsPerSecond = parser.value(maxRpsOption).toInt(&ok);
        if (!ok || options.maxRequestsPerSecond < 1) {
            err << tr("error: invalid --max-rps '%1': expected a positive whole number of requests per second")
                       .arg(parser.value(maxRpsOption))
                << Qt::endl;
            return kExitUsage;
        }
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
    if (options.stallAfterMs >= 0) {
        //: %1 = length of the stall in ms, %2 = its delay after the first request in ms
        out << tr("Simulated stall: the whole server stops answering for %1 ms, once, %2 ms after the first request")
                   .arg(options.stallMs)
                   .arg(options.stallAfterMs)
            << Qt::endl;
    }
    if (options.leakBytesPerRequest > 0)
        out << tr("Simulated leak: every request retains %1 KB for good").arg(leakKb) << Qt::endl;
    if (options.maxRequestsPerSecond > 0) {
        out << tr("Capacity limit: requests beyond %1 per second are answered 503 (login and /metrics exempt)")
                   .arg(options.maxRequestsPerSecond)
            << Qt::endl;
    }
    out << tr("Press Ctrl-C to stop.") << Qt::endl;

    const int code = QCoreApplication::exec();
    out << tr("Stopped.") << Qt::endl;
    return code;
}
