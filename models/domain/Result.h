#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace crosswalk {

/// The outcome of an operation that can fail with a message a user can read.
class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_message = std::move(message);
        s.m_ok = false;
        return s;
    }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& message() const { return m_message; }

private:
    bool m_ok = true;
    QString m_message;
};

/// A value or the message that says why there is none.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_status(std::move(failure)) {}
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const QString& message() const { return m_status.message(); }
    Status status() const { return m_status; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace crosswalk
