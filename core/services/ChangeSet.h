#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

namespace jiahu {

/// One row written by a committed transaction.
struct RowChange {
    QString table; ///< "families", "follow_ups", "user_scopes", ...
    QString rowId;
    QString familyId; ///< the family the row belongs to; empty for rows of no family
    bool inserted = false;
};

/// What one committed transaction changed, published after the commit so that lists can refresh
/// just the families (and tables) concerned.
struct ChangeSet {
    QList<RowChange> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    QSet<QString> familyIds() const;
    bool touches(const QString& table) const;
};

/// Publishes the change sets of the one write path (CaseSession) to whoever listens. It may be
/// called from the writer's thread; receivers in other threads get the signal queued, on their
/// own thread, after the commit.
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject* parent = nullptr);
    void publish(const ChangeSet& changes);

Q_SIGNALS:
    void changed(const jiahu::ChangeSet& changes);
};

} // namespace jiahu

Q_DECLARE_METATYPE(jiahu::ChangeSet)
