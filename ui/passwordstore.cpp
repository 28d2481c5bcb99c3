#include "passwordstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace VenueMap::Ui {

namespace {
const QString kService = QStringLiteral("VenueMap");
PasswordStore *g_override = nullptr;

PasswordStore::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return PasswordStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return PasswordStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // no D-Bus session or no secret service on it
        return PasswordStore::Outcome::Unavailable;
    default:
        return PasswordStore::Outcome::Failed;
    }
}

// Runs `done` on the next turn of the event loop so callers never see a synchronous callback.
template <typename F> void later(QObject *context, F done)
{
    QTimer::singleShot(0, context, std::move(done));
}
} // namespace

QString PasswordStore::keyFor(const Core::DatabaseUrl &url)
{
    Core::DatabaseUrl bare = url;
    bare.password.clear();
    bare.options.clear();
    if (bare.isPostgres() && bare.port == 0)
        bare.port = 5432; // the same server whether or not the URL spells out the default port
    return bare.toDisplayString();
}

QString PasswordStore::unavailableSentence()
{
    return tr("VenueMap cannot remember your password on this computer because no keychain "
              "service is running; it will ask for it again next time.");
}

PasswordStore *PasswordStore::instance()
{
    if (g_override)
        return g_override;
    static PasswordStore *store = [] {
        const QString mode = qEnvironmentVariable("VENUEMAP_KEYCHAIN");
        PasswordStore *s = nullptr;
        if (mode == QLatin1String("memory"))
            s = new MemoryPasswordStore(true, qApp);
        else if (mode == QLatin1String("off"))
            s = new MemoryPasswordStore(false, qApp);
        else
            s = new KeychainPasswordStore(qApp);
        return s;
    }();
    return store;
}

void PasswordStore::setInstance(PasswordStore *store)
{
    g_override = store;
}

void PasswordStore::reportUnavailable()
{
    if (m_reported)
        return;
    m_reported = true;
    qCInfo(lcKeychain) << "no keychain service: passwords are not remembered";
    Q_EMIT cannotRemember(unavailableSentence());
}

void KeychainPasswordStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const Outcome outcome = outcomeOf(job->error());
        if (outcome == Outcome::Unavailable)
            reportUnavailable();
        if (outcome != Outcome::Ok && outcome != Outcome::NotFound)
            qCInfo(lcKeychain) << "reading a password failed:" << job->errorString();
        if (done)
            done(outcome, outcome == Outcome::Ok ? job->textData() : QString());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString &key, const QString &password, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const Outcome outcome = outcomeOf(job->error());
        if (outcome == Outcome::Unavailable)
            reportUnavailable();
        if (outcome != Outcome::Ok)
            qCInfo(lcKeychain) << "storing a password failed:" << job->errorString();
        if (done)
            done(outcome);
    });
    job->start();
}

void KeychainPasswordStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (done)
            done(outcomeOf(job->error()));
    });
    job->start();
}

void MemoryPasswordStore::read(const QString &key, ReadDone done)
{
    later(this, [this, key, done = std::move(done)] {
        if (!m_available) {
            reportUnavailable();
            if (done)
                done(Outcome::Unavailable, {});
            return;
        }
        const auto it = m_passwords.constFind(key);
        if (done)
            done(it == m_passwords.cend() ? Outcome::NotFound : Outcome::Ok,
                it == m_passwords.cend() ? QString() : *it);
    });
}

void MemoryPasswordStore::write(const QString &key, const QString &password, WriteDone done)
{
    later(this, [this, key, password, done = std::move(done)] {
        if (!m_available) {
            reportUnavailable();
            if (done)
                done(Outcome::Unavailable);
            return;
        }
        m_passwords.insert(key, password);
        if (done)
            done(Outcome::Ok);
    });
}

void MemoryPasswordStore::remove(const QString &key, WriteDone done)
{
    later(this, [this, key, done = std::move(done)] {
        m_passwords.remove(key);
        if (done)
            done(m_available ? Outcome::Ok : Outcome::Unavailable);
    });
}

} // namespace VenueMap::Ui
