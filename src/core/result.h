// The one error convention of VinhDanh's core: functions that can fail return
// vd::Result<T> (or vd::Status for no value). Core never shows dialogs and never
// prints; callers (CLI, GUI) turn an Error into an exit code or a message box.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace vd {

// The kind decides the CLI exit code (docs/cli.md): Validation -> 1, Usage -> 2,
// Storage -> 3. Cancelled is a user's choice, not a failure of the data.
enum class ErrorKind { Validation = 1, Usage = 2, Storage = 3, Cancelled = 4 };

struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message; // one line, translated, for the user
    QStringList details; // further lines (one per problem), translated
    // A stable name for errors a caller may answer (e.g. kApprovalBrokenCode in
    // approvalguard.h: ask for confirmation, then retry); empty for most.
    QString code;

    static Error validation(const QString &msg, const QStringList &details = {})
    {
        return { ErrorKind::Validation, msg, details, {} };
    }
    static Error usage(const QString &msg) { return { ErrorKind::Usage, msg, {}, {} }; }
    static Error storage(const QString &msg, const QStringList &details = {})
    {
        return { ErrorKind::Storage, msg, details, {} };
    }
    static Error cancelled(const QString &msg) { return { ErrorKind::Cancelled, msg, {}, {} }; }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_value(value) { }
    Result(T &&value) : m_value(std::move(value)) { }
    Result(const Error &error) : m_error(error) { }
    Result(Error &&error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_failed(true), m_error(error) { }
    Result(Error &&error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace vd
