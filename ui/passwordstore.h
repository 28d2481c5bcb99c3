#pragma once

#include "db/databaseurl.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace VenueMap::Ui {

// Remembers database passwords in the system keychain (QtKeychain, service "VenueMap"), never in
// QSettings. Where no keychain service runs it says so once and the app asks again next time.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, NotFound, Unavailable, Failed };
    using ReadDone = std::function<void(Outcome, const QString &password)>;
    using WriteDone = std::function<void(Outcome)>;

    using QObject::QObject;

    // Asynchronous: `done` runs on the GUI thread once the keychain answered.
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &password, WriteDone done = {}) = 0;
    virtual void remove(const QString &key, WriteDone done = {}) = 0;

    // The key a URL's password is kept under: the URL without password and options.
    static QString keyFor(const Core::DatabaseUrl &url);
    static QString unavailableSentence();

    // The app's store: the system keychain, or an in-memory one when VENUEMAP_KEYCHAIN=memory
    // (tests) or =off (never remember anything).
    static PasswordStore *instance();
    static void setInstance(PasswordStore *store); // tests; does not take ownership

Q_SIGNALS:
    // Emitted once per process the first time the keychain turns out to be missing.
    void cannotRemember(const QString &sentence);

protected:
    void reportUnavailable();

private:
    bool m_reported = false;
};

// The system keychain through QtKeychain.
class KeychainPasswordStore final : public PasswordStore
{
    Q_OBJECT
public:
    using PasswordStore::PasswordStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &password, WriteDone done = {}) override;
    void remove(const QString &key, WriteDone done = {}) override;
};

// A store kept in memory for the life of the process (tests), or one that is always unavailable.
class MemoryPasswordStore final : public PasswordStore
{
    Q_OBJECT
public:
    explicit MemoryPasswordStore(bool available = true, QObject *parent = nullptr)
        : PasswordStore(parent)
        , m_available(available)
    { }
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &password, WriteDone done = {}) override;
    void remove(const QString &key, WriteDone done = {}) override;
    bool contains(const QString &key) const { return m_passwords.contains(key); }

private:
    bool m_available;
    QHash<QString, QString> m_passwords;
};

} // namespace VenueMap::Ui
