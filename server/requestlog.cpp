#include "requestlog.h"

#include <QDateTime>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <optional>

namespace pakn::server {
namespace {

struct Context
{
    std::optional<std::chrono::steady_clock::time_point> start;
    QString username;
    const char *fault = nullptr;
};

thread_local Context t_context;
std::mutex g_writeMutex;

void writeLine(const QByteArray &line)
{
    const std::lock_guard<std::mutex> lock(g_writeMutex);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

QByteArray timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
}

/// Values that could contain spaces or quotes are quoted, so every line stays machine-readable.
QByteArray quoted(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n").replace('\r', "\\r");
    return '"' + out + '"';
}

} // namespace

void RequestLog::begin()
{
    t_context = Context{std::chrono::steady_clock::now(), QString(), nullptr};
}

void RequestLog::setUser(const QString &username)
{
    t_context.username = username;
}

void RequestLog::setFault(const char *fault)
{
    t_context.fault = fault;
}

void RequestLog::finish(const QByteArray &method, const QByteArray &path, const QByteArray &queryKeys,
                        int status)
{
    double ms = 0;
    if (t_context.start) {
        ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *t_context.start)
                 .count();
    }
    QByteArray line = "ts=" + timestamp() + " event=request method=" + method + " path=" + quoted(path);
    if (!queryKeys.isEmpty())
        line += " query=" + quoted(queryKeys);
    line += " status=" + QByteArray::number(status) + " ms=" + QByteArray::number(ms, 'f', 1);
    if (!t_context.username.isEmpty())
        line += " user=" + quoted(t_context.username.toUtf8());
    if (t_context.fault)
        line += " fault=" + QByteArray(t_context.fault);
    line += '\n';
    writeLine(line);
    t_context = Context{};
}

void RequestLog::event(const char *kind, const QString &message)
{
    writeLine("ts=" + timestamp() + " event=" + QByteArray(kind) + " message=" + quoted(message.toUtf8()) +
              '\n');
}

} // namespace pakn::server
