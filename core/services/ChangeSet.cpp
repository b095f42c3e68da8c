#include "ChangeSet.h"

namespace jiahu {

QSet<QString> ChangeSet::familyIds() const
{
    QSet<QString> out;
    for (const RowChange& r : rows)
        if (!r.familyId.isEmpty())
            out.insert(r.familyId);
    return out;
}

bool ChangeSet::touches(const QString& table) const
{
    for (const RowChange& r : rows)
        if (r.table == table)
            return true;
    return false;
}

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<jiahu::ChangeSet>();
}

void ChangeNotifier::publish(const ChangeSet& changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace jiahu
