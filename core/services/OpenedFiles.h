#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace jiahu {

/// The family files a signed-in user has opened (and so audited) in this session. Reloading an
/// open file (after an edit, or when another machine's change arrives) is not a new opening and
/// is not audited again; closing the file ends the opening. Shared by the sessions of one
/// workspace (the writer and the readers), so it is thread-safe.
class OpenedFiles {
public:
    bool contains(const QString& familyId) const
    {
        QMutexLocker lock(&m_mutex);
        return m_ids.contains(familyId);
    }
    void insert(const QString& familyId)
    {
        QMutexLocker lock(&m_mutex);
        m_ids.insert(familyId);
    }
    void remove(const QString& familyId)
    {
        QMutexLocker lock(&m_mutex);
        m_ids.remove(familyId);
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_ids;
};

} // namespace jiahu
