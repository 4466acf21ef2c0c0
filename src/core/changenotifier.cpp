#include "changenotifier.h"

#include "database.h"

#include <QSqlDriver>

namespace vd {

ChangeNotifier::ChangeNotifier(Database &db, int pollIntervalMs, QObject *parent) : QObject(parent), m_db(db)
{
    m_fold.setSingleShot(true);
    m_fold.setInterval(100);
    connect(&m_fold, &QTimer::timeout, this, &ChangeNotifier::changed);

    if (db.dialect() == Dialect::Postgres) {
        QSqlDriver *driver = db.connection().driver();
        if (driver && driver->subscribeToNotification(channel())) {
            m_live = true;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                        if (source != QSqlDriver::SelfSource)
                            onNotification(name);
                    });
        }
        return;
    }
    m_live = true;
    poll(); // the starting value
    m_poll.setInterval(qMax(10, pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, &ChangeNotifier::poll);
    m_poll.start();
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_db.dialect() == Dialect::Postgres && m_live) {
        if (QSqlDriver *driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(channel());
    }
}

QString ChangeNotifier::channel() { return QStringLiteral("vinhdanh_changed"); }

void ChangeNotifier::onNotification(const QString &name)
{
    if (name == channel() && !m_fold.isActive())
        m_fold.start();
}

void ChangeNotifier::poll()
{
    if (m_db.inTransaction())
        return;
    auto q = m_db.run(QStringLiteral("PRAGMA data_version"), {}, QString());
    if (!q || !q->next())
        return;
    const qint64 version = q->value(0).toLongLong();
    q->finish();
    if (m_dataVersion >= 0 && version != m_dataVersion && !m_fold.isActive())
        m_fold.start();
    m_dataVersion = version;
}

} // namespace vd
