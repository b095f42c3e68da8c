#pragma once

#include "familyfile/FilePage.h"

#include "services/UserAccount.h"

#include <QList>

namespace jiahu {

/// The pages of a family file the user's role works with, in tab order. Counselors see a
/// partial file (their school's children and follow-ups); the audit trail is for supervisors.
QList<FilePage*> makeFilePages(FileContext& context, Role role, QWidget* parent);

} // namespace jiahu
