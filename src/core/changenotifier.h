// Tells a client that another client (another PC, another program) changed
// the database, so lists can refresh live. PostgreSQL: LISTEN/NOTIFY — every
// write transaction of Database ends with NOTIFY vinhdanh_changed, delivered at
// COMMIT. SQLite: PRAGMA data_version is polled (it changes when another
// connection commits). Own changes are not reported. Needs an event loop in
// the thread that owns the Database.
#pragma once

#include <QObject>
#include <QTimer>

namespace vd {

class Database;

class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    // `pollIntervalMs`: how often SQLite is asked (unused on PostgreSQL).
    explicit ChangeNotifier(Database &db, int pollIntervalMs = 2000, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // The PostgreSQL channel name.
    static QString channel();
    // False if the driver could not LISTEN (the GUI may offer a manual refresh).
    bool isLive() const { return m_live; }

signals:
    // Another client committed a change; several are folded into one signal.
    void changed();

private:
    void onNotification(const QString &name);
    void poll();

    Database &m_db;
    QTimer m_poll;
    QTimer m_fold;
    qint64 m_dataVersion = -1;
    bool m_live = false;
};

} // namespace vd
