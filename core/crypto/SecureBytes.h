#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace jiahu {

/// Bytes that hold a secret (a key, a password, a recovery code).
///
/// The buffer comes from sodium_malloc(): guard pages on both sides, locked so it is never
/// swapped, wiped by sodium_free() when the object dies. Move-only so a secret has one owner.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(size_t size);
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    /// Copies `bytes` into guarded memory. The caller still owns (and should wipe) the source.
    static SecureBytes copyOf(QByteArrayView bytes);
    /// Copies `bytes` into guarded memory and wipes the source array in place.
    static SecureBytes takeFrom(QByteArray& bytes);
    /// Random bytes from the system CSPRNG.
    static SecureBytes random(size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* constChars() const { return reinterpret_cast<const char*>(m_data); }
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(constChars(), qsizetype(m_size)); }

    SecureBytes clone() const;
    /// Constant-time comparison.
    bool equals(const SecureBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    size_t m_size = 0;
};

/// Overwrites a byte array in place (for transient copies that must not outlive their use).
void wipe(QByteArray& bytes);
/// Overwrites a string's UTF-16 buffer in place.
void wipe(class QString& text);

} // namespace jiahu
