// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/processmonitor.h"

#include "engine/requestbuilder.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>

namespace scalescope {

namespace {

/// The translation context of this file's messages (see runcontroller.cpp).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::TargetMemoryMonitor)
};

using Clock = std::chrono::steady_clock;

constexpr double kBytesPerMb = 1024.0 * 1024.0;
constexpr int kMaxTimeoutMs = 2000;
constexpr int kMinIntervalMs = 10;
constexpr qsizetype kMaxPendingSamples = 100000;
constexpr qint64 kMaxMetricsBytes = 16 * 1024 * 1024; ///< a metrics page larger than this is not read to the end

/// Reads a small file the way /proc wants it (its files report size 0): read() until EOF.
std::optional<QByteArray> readSmallFile(const QByteArray& path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            content.append(buffer, qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        ::close(fd);
        if (n < 0)
            return std::nullopt;
        return content;
    }
}

QByteArray procPath(qint64 pid, const char* file)
{
    QByteArray path = pid == 0 ? QByteArrayLiteral("/proc/self/") : QByteArray("/proc/" + QByteArray::number(pid) + '/');
    path += file;
    return path;
}

QList<QByteArrayView> splitFields(QByteArrayView text)
{
    QList<QByteArrayView> fields;
    qsizetype at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n'))
            ++at;
        qsizetype end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n')
            ++end;
        if (end > at)
            fields.append(text.sliced(at, end - at));
        at = end;
    }
    return fields;
}

double processCpuSeconds()
{
    timespec now {};
    if (::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) != 0)
        return 0;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// The CPU quota of the cgroup this process sees as its root (a container's limit), in cores.
std::optional<double> cgroupCpuQuota()
{
    // cgroup v2: "max 100000" or "<quota> <period>"
    if (const auto v2 = readSmallFile(QByteArrayLiteral("/sys/fs/cgroup/cpu.max"))) {
        const QList<QByteArrayView> fields = splitFields(*v2);
        bool quotaOk = false, periodOk = false;
        const double quota = fields.value(0).toDouble(&quotaOk);
        const double period = fields.value(1).toDouble(&periodOk);
        if (quotaOk && periodOk && quota > 0 && period > 0)
            return quota / period;
        return std::nullopt;
    }
    // cgroup v1: quota -1 = unlimited
    const auto quotaText = readSmallFile(QByteArrayLiteral("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"));
    const auto periodText = readSmallFile(QByteArrayLiteral("/sys/fs/cgroup/cpu/cpu.cfs_period_us"));
    if (!quotaText || !periodText)
        return std::nullopt;
    bool quotaOk = false, periodOk = false;
    const double quota = quotaText->trimmed().toDouble(&quotaOk);
    const double period = periodText->trimmed().toDouble(&periodOk);
    if (quotaOk && periodOk && quota > 0 && period > 0)
        return quota / period;
    return std::nullopt;
}

/// End of a label set starting at text[0] == '{': the index of its '}', or -1. Label values are quoted and may
/// contain escaped quotes and braces.
qsizetype endOfLabels(QByteArrayView text)
{
    bool quoted = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == '}') {
            return i;
        }
    }
    return -1;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

qint64 millisecondsSince(Clock::time_point origin, Clock::time_point at)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(at - origin).count();
}

QString pidMissing(qint64 pid)
{
    //: %1 = process id
    return Text::tr("process %1 does not exist (any more)").arg(pid);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Free functions

std::optional<ProcessSample> sampleProcess(qint64 pid)
{
    if (pid < 0)
        return std::nullopt;
    const auto stat = readSmallFile(procPath(pid, "stat"));
    const auto statm = readSmallFile(procPath(pid, "statm"));
    if (!stat || !statm)
        return std::nullopt;

    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so fields are counted from the last ')'.
    const qsizetype close = stat->lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArrayView> fields = splitFields(QByteArrayView(*stat).sliced(close + 1));
    // fields[0] is field 3 (state), so utime (field 14) and stime (field 15) are fields[11] and fields[12].
    if (fields.size() < 13)
        return std::nullopt;
    if (fields[0] == "Z" || fields[0] == "X")
        return std::nullopt; // exited, not reaped yet
    bool utimeOk = false, stimeOk = false;
    const qulonglong utime = fields[11].toULongLong(&utimeOk);
    const qulonglong stime = fields[12].toULongLong(&stimeOk);
    const QList<QByteArrayView> memory = splitFields(*statm);
    bool residentOk = false;
    const qulonglong residentPages = memory.value(1).toULongLong(&residentOk);
    if (!utimeOk || !stimeOk || !residentOk)
        return std::nullopt;

    static const long ticksPerSecond = std::max(1L, ::sysconf(_SC_CLK_TCK));
    static const long pageSize = std::max(1L, ::sysconf(_SC_PAGESIZE));
    ProcessSample sample;
    sample.cpuSeconds = double(utime + stime) / double(ticksPerSecond);
    sample.rssMb = double(residentPages) * double(pageSize) / kBytesPerMb;
    return sample;
}

std::optional<double> parsePrometheusResidentMemory(QByteArrayView text)
{
    static constexpr QByteArrayView kName = "process_resident_memory_bytes";
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (!line.startsWith(kName))
            continue; // comments (# HELP, # TYPE, # EOF), blank lines, other metrics
        QByteArrayView rest = line.sliced(kName.size());
        if (rest.startsWith('{')) {
            const qsizetype labelsEnd = endOfLabels(rest);
            if (labelsEnd < 0)
                continue;
            rest = rest.sliced(labelsEnd + 1);
        } else if (rest.isEmpty() || !isBlank(rest.front())) {
            continue; // another metric whose name starts the same (process_resident_memory_bytes_max)
        }
        rest = rest.trimmed();
        qsizetype valueEnd = 0;
        while (valueEnd < rest.size() && !isBlank(rest[valueEnd]))
            ++valueEnd; // an optional timestamp follows
        bool ok = false;
        const double value = rest.first(valueEnd).toDouble(&ok);
        if (ok && std::isfinite(value) && value >= 0)
            return value;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// GeneratorMonitor

GeneratorMonitor::GeneratorMonitor()
    : m_lastWall(Clock::now())
    , m_lastCpuSeconds(processCpuSeconds())
{
}

GeneratorMonitor::Reading GeneratorMonitor::sample()
{
    // CLOCK_PROCESS_CPUTIME_ID (all threads, nanoseconds) rather than /proc/self/stat (clock ticks, 10 ms): a
    // one-second interval would otherwise be off by up to a few percent.
    const Clock::time_point now = Clock::now();
    const double cpu = processCpuSeconds();
    const double wall = std::chrono::duration<double>(now - m_lastWall).count();
    Reading reading;
    if (wall > 0)
        reading.cpuPercent = std::clamp(100.0 * (cpu - m_lastCpuSeconds) / wall, 0.0, 100.0 * coreCount());
    m_lastWall = now;
    m_lastCpuSeconds = cpu;
    if (const auto process = sampleProcess(0))
        reading.rssMb = process->rssMb;
    return reading;
}

int GeneratorMonitor::coreCount()
{
    static const int count = [] {
        const int cores = std::max(1, QThread::idealThreadCount()); // honours the CPU affinity mask
        if (const auto quota = cgroupCpuQuota())
            return std::clamp(int(std::ceil(*quota)), 1, cores);
        return cores;
    }();
    return count;
}

// ---------------------------------------------------------------------------------------------
// TargetMemoryMonitor

struct TargetMemoryState {
    mutable QMutex mutex;
    QList<MemorySample> samples;
    QString error;
    bool failing = false;

    void add(const MemorySample& sample)
    {
        const QMutexLocker lock(&mutex);
        if (samples.size() >= kMaxPendingSamples)
            samples.removeFirst();
        samples.append(sample);
        failing = false;
    }

    void fail(const QString& message)
    {
        const QMutexLocker lock(&mutex);
        error = message;
        failing = true;
    }

    void reset()
    {
        const QMutexLocker lock(&mutex);
        samples.clear();
        error.clear();
        failing = false;
    }
};

/// Lives in the monitor's thread from begin() to its deletion by shutdown's caller; everything it creates
/// (manager, timers, replies) is a child of it, so it all lives and dies in that thread.
class TargetMemoryPoller : public QObject {
    Q_OBJECT
public:
    TargetMemoryPoller(std::shared_ptr<TargetMemoryState> state, Clock::time_point origin, int intervalMs)
        : m_state(std::move(state))
        , m_origin(origin)
        , m_intervalMs(intervalMs)
        , m_timeoutMs(std::min(kMaxTimeoutMs, intervalMs))
    {
    }

    void setUrl(const QUrl& url, const QString& description)
    {
        m_url = url;
        m_description = description;
    }
    void setPid(qint64 pid) { m_pid = pid; }

    void begin()
    {
        if (m_url.isValid()) {
            m_manager = new QNetworkAccessManager(this);
            m_deadline = new QTimer(this);
            m_deadline->setSingleShot(true);
            connect(m_deadline, &QTimer::timeout, this, [this] { timeOut(); });
        }
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer->start();
        poll();
    }

    void shutdown()
    {
        if (m_timer)
            m_timer->stop();
        if (QNetworkReply* reply = std::exchange(m_reply, nullptr)) {
            reply->disconnect(this);
            reply->abort();
            delete reply;
        }
    }

private:
    void poll()
    {
        if (m_url.isValid())
            request();
        else
            readProcess();
    }

    void readProcess()
    {
        if (const auto process = sampleProcess(m_pid))
            m_state->add(MemorySample { millisecondsSince(m_origin, Clock::now()), process->rssMb });
        else
            m_state->fail(pidMissing(m_pid));
    }

    void request()
    {
        if (m_reply)
            timeOut(); // only when the timeout equals the interval and the tick came first
        QNetworkRequest request(m_url);
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/plain;version=0.0.4;q=1,*/*;q=0.1"));
        m_timedOut = false;
        m_tooLarge = false;
        m_sentAt = Clock::now();
        QNetworkReply* reply = m_manager->get(request);
        m_reply = reply;
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
            if (received > kMaxMetricsBytes && reply == m_reply) {
                m_tooLarge = true;
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
        m_deadline->start(m_timeoutMs);
    }

    void timeOut()
    {
        QNetworkReply* reply = m_reply;
        if (!reply)
            return;
        m_timedOut = true;
        reply->abort(); // emits finished() before it returns ...
        if (m_reply == reply)
            finished(reply); // ... but should it not, the next request must not inherit this one
    }

    void finished(QNetworkReply* reply)
    {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        m_deadline->stop();
        const Clock::time_point answeredAt = Clock::now();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_timedOut) {
            //: %1 = URL, %2 = seconds
            m_state->fail(Text::tr("Metrics URL %1 did not answer within %2 s")
                              .arg(m_description, QString::number(m_timeoutMs / 1000.0)));
        } else if (m_tooLarge) {
            //: %1 = URL, %2 = megabytes
            m_state->fail(Text::tr("Metrics URL %1 answered more than %2 MB")
                              .arg(m_description)
                              .arg(kMaxMetricsBytes / (1024 * 1024)));
        } else if (status != 0 && (status < 200 || status > 299)) {
            QString answer = QString::number(status);
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
            if (!reason.isEmpty())
                answer += u' ' + reason;
            //: %1 = URL, %2 = HTTP status code and reason, e.g. "404 Not Found"
            m_state->fail(Text::tr("Metrics URL %1 answered %2").arg(m_description, answer));
        } else if (reply->error() != QNetworkReply::NoError) {
            // Some of Qt's messages quote the URL: show it redacted there too.
            QString detail = reply->errorString();
            for (const QString& form : { m_url.toString(), m_url.toString(QUrl::FullyEncoded), m_url.toDisplayString() })
                detail.replace(form, m_description);
            //: %1 = URL, %2 = the network error
            m_state->fail(Text::tr("Metrics URL %1 cannot be read: %2").arg(m_description, detail));
        } else if (const auto bytes = parsePrometheusResidentMemory(reply->readAll())) {
            // The target measured itself somewhere between the request and its answer.
            const Clock::time_point measuredAt = m_sentAt + (answeredAt - m_sentAt) / 2;
            m_state->add(MemorySample { millisecondsSince(m_origin, measuredAt), *bytes / kBytesPerMb });
        } else {
            //: %1 = URL; process_resident_memory_bytes is the name of a Prometheus metric, not to be translated
            m_state->fail(Text::tr("Metrics URL %1 has no process_resident_memory_bytes").arg(m_description));
        }
    }

    const std::shared_ptr<TargetMemoryState> m_state;
    const Clock::time_point m_origin;
    const int m_intervalMs;
    const int m_timeoutMs;
    QUrl m_url;
    QString m_description;
    qint64 m_pid = 0;

    QTimer* m_timer = nullptr;
    QTimer* m_deadline = nullptr;
    QNetworkAccessManager* m_manager = nullptr;
    QNetworkReply* m_reply = nullptr; ///< the request in flight
    Clock::time_point m_sentAt;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

TargetMemoryMonitor::TargetMemoryMonitor(Clock::time_point origin)
    : m_origin(origin)
    , m_state(std::make_shared<TargetMemoryState>())
{
}

TargetMemoryMonitor::~TargetMemoryMonitor()
{
    stop();
}

void TargetMemoryMonitor::setIntervalMs(int ms)
{
    m_intervalMs = std::max(kMinIntervalMs, ms);
}

void TargetMemoryMonitor::start(const QUrl& url)
{
    stop();
    m_state->reset();
    m_description = redactedUrl(url);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        //: %1 = what was given as the metrics URL
        m_state->fail(Text::tr("Metrics URL %1 is not an http or https URL").arg(m_description));
        return;
    }
    auto poller = std::make_unique<TargetMemoryPoller>(m_state, m_origin, m_intervalMs);
    poller->setUrl(url, m_description);
    launch(std::move(poller));
}

void TargetMemoryMonitor::start(qint64 pid)
{
    stop();
    m_state->reset();
    if (pid == 0)
        pid = QCoreApplication::applicationPid();
    //: %1 = process id
    m_description = Text::tr("pid %1").arg(pid);
    if (pid < 0) {
        m_state->fail(pidMissing(pid));
        return;
    }
    auto poller = std::make_unique<TargetMemoryPoller>(m_state, m_origin, m_intervalMs);
    poller->setPid(pid);
    launch(std::move(poller));
}

void TargetMemoryMonitor::launch(std::unique_ptr<TargetMemoryPoller> poller)
{
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("scalescope-target-memory"));
    poller->moveToThread(thread);
    m_poller = poller.release();
    m_thread = thread;
    thread->start();
    QMetaObject::invokeMethod(m_poller, [poller = m_poller] { poller->begin(); });
}

void TargetMemoryMonitor::stop()
{
    if (!m_thread)
        return;
    // The poller dies in its own thread, and the same event quits the loop afterwards: a quit() from here could end
    // the loop before this event ran, leaking the poller (as in WorkerPool).
    QMetaObject::invokeMethod(m_poller, [poller = m_poller] {
        poller->shutdown();
        delete poller;
        QThread::currentThread()->quit();
    });
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poller = nullptr;
}

QList<MemorySample> TargetMemoryMonitor::takeSamples()
{
    const QMutexLocker lock(&m_state->mutex);
    return std::exchange(m_state->samples, {});
}

QString TargetMemoryMonitor::errorString() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->error;
}

bool TargetMemoryMonitor::isFailing() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->failing;
}

} // namespace scalescope

#include "processmonitor.moc"
