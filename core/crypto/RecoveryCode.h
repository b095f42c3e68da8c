#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace jiahu {

/// The printed recovery code: 152 random bits and an 8-bit check, written as 32 Crockford
/// base-32 characters in eight groups of four ("7K3M-...."). Typing is forgiving: case, spaces,
/// dashes and the look-alikes O/0 and I/L/1 do not matter; a typo fails the check character.
namespace RecoveryCode {

/// A fresh code, formatted for display (with dashes), in guarded memory.
SecureBytes generate();
/// Validates and canonicalises a typed code (no dashes, upper case) for key derivation.
Result<SecureBytes> normalize(QByteArrayView typed);
/// Formats a canonical code as groups of four.
SecureBytes format(const SecureBytes& canonical);

} // namespace RecoveryCode

} // namespace jiahu
