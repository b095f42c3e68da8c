#include "SecureBytes.h"

#include "Sodium.h"

#include <QString>
#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace jiahu {

SecureBytes::SecureBytes(size_t size) : m_size(size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // out of locked memory is not recoverable
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes out(size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.m_data, bytes.data(), size_t(bytes.size()));
    return out;
}

SecureBytes SecureBytes::takeFrom(QByteArray& bytes)
{
    SecureBytes out = copyOf(bytes);
    wipe(bytes);
    return out;
}

SecureBytes SecureBytes::random(size_t size)
{
    SecureBytes out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return copyOf(view());
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void wipe(QByteArray& bytes)
{
    // Only wipe storage this array owns alone; shared storage belongs to someone else too.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace jiahu
