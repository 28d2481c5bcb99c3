#pragma once

#include "db/database.h"

#include <QMainWindow>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace VenueMap::Ui {

// The shell (STYLE 10): navigation, one page per area, status bar and banner. Pages are made
// elsewhere (pages.cpp) and swapped in with setPage(); the window knows no SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Venues, Projects, Catering, People };
    enum class Severity { Info, Warning, Error };
    static constexpr int kPageCount = 4;

    explicit MainWindow(Core::Database db, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Core::Database &database() const { return m_db; }

    // Replaces a page (the window takes ownership and deletes the previous one).
    void setPage(Page which, QWidget *page);
    QWidget *page(Page which) const;
    void showPage(Page which);
    // Hides a page from the navigation and the View menu (e.g. People for non-admins).
    void setPageAvailable(Page which, bool available);
    bool isPageAvailable(Page which) const;
    Page currentPage() const;

    void setSignedInPerson(const QString &name);
    QString signedInPerson() const;
    // A strip above the page for things a person should know (read-only database, ...).
    void showBanner(const QString &text, Severity severity = Severity::Info);
    void hideBanner();
    bool isBannerVisible() const;
    QString bannerText() const;
    QString databaseLabelText() const;

    // "SQLite · ~/.local/share/VenueMap/venuemap.sqlite", "PostgreSQL · alice@db:5432/venues".
    static QString describe(const Core::DatabaseUrl &url);
    // What the title bar calls the database: the file name or the PostgreSQL database name.
    static QString shortName(const Core::DatabaseUrl &url);
    static QString pageTitle(Page which);

Q_SIGNALS:
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpNavigation();
    void setUpStatusBar();
    void about();

    ::Ui::MainWindow *m_ui;
    Core::Database m_db;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace VenueMap::Ui
