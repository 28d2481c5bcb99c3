#pragma once

#include <QObject>
#include <QPointer>

class QHeaderView;
class QMenu;
class QTimer;

namespace VenueMap::Ui {

// What every table header in the app does the same way: it remembers its columns' widths, order
// and which are hidden (QSettings "tables/<key>", written a moment after a change), and its
// context menu is a column chooser with a way back to the default columns.
class TableHeader : public QObject
{
    Q_OBJECT
public:
    // Installs on `header` (set up with its default columns first), restoring what was remembered
    // under `key`. The helper is a child of the header.
    static TableHeader *install(QHeaderView *header, const QString &key);
    ~TableHeader() override;

    // Whether remembered columns were applied (a page then keeps its hands off the widths).
    bool restored() const { return m_restored; }
    // The column chooser, as the header's context menu shows it (the caller owns it).
    QMenu *createMenu(QWidget *parent);
    void resetColumns();
    void setColumnShown(int logical, bool shown);
    // Writes what is pending now, not a moment later.
    void flush();
    static QString settingsKey(const QString &key);

private:
    TableHeader(QHeaderView *header, const QString &key);
    void changed();
    QString columnTitle(int logical) const;

    QPointer<QHeaderView> m_header;
    QString m_key;
    QByteArray m_defaults;
    QByteArray m_pending;
    int m_columns = 0;
    QTimer *m_timer;
    bool m_restored = false;
};

} // namespace VenueMap::Ui
