#pragma once

#include "auth/session.h"
#include "db/database.h"

#include <QMainWindow>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace VenueMap::Ui {

class CateringPage;
class PeoplePage;
class ProjectsPage;
class UndoHistory;
class VenuesPage;

// The shell (STYLE 10): navigation, one page per area, the menus (File, Edit, View, Data,
// Account, Help), status bar and banner. The pages come in through the constructor (made by
// makePages() in pages.h); the window knows no SQL.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Venues, Projects, Catering, People };
    enum class Severity { Info, Warning, Error };
    static constexpr int kPageCount = 4;

    // The window's pages; it takes ownership. Venues, Projects and Catering are required; People
    // is null for someone who may not manage people, and that page is then not offered.
    struct Pages
    {
        VenuesPage *venues = nullptr;
        ProjectsPage *projects = nullptr;
        CateringPage *catering = nullptr;
        PeoplePage *people = nullptr;
    };

    // `user` is the signed-in person: the Account menu is theirs (hidden when nobody signed in).
    MainWindow(Core::Database db, Core::CurrentUser user, Pages pages, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Core::Database &database() const { return m_db; }
    // Edit ▸ Undo/Redo: this database's changes (a new window, for another database or another
    // sign-in, starts an empty one).
    UndoHistory *undoHistory() const { return m_undo; }

    // The page shown for `which`; null for a page this window was not given (People).
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
    void setUpEditMenu();
    void setUpDataMenu();
    void setUpAccountMenu();
    void about();
    // The venue list shows what changed in the book (an import, an undo).
    void refreshVenues();

    ::Ui::MainWindow *m_ui;
    Core::Database m_db;
    Core::CurrentUser m_user;
    Pages m_pages;
    UndoHistory *m_undo;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace VenueMap::Ui
