#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace jiahu {

/// BLAKE2b-256 of `data`, keyed by a domain-separation label.
QByteArray blake2b256(QByteArrayView label, QByteArrayView data);

} // namespace jiahu
