#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "auth/changepassworddialog.h"
#include "auth/myprofiledialog.h"
#include "catering/cateringpage.h"
#include "emailtemplatesdialog.h"
#include "icons.h"
#include "importexport/importdialog.h"
#include "importexport/importhistorydialog.h"
#include "importexport/venuecsvexportaction.h"
#include "itemmodels/venuelistmodel.h"
#include "messagebar.h"
#include "people/peoplepage.h"
#include "preferencesdialog.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "proposals/proposalpreviewdialog.h"
#include "proposals/proposalsettingsdialog.h"
#include "readonlyedits.h"
#include "undo/undohistory.h"
#include "venues/venuespage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

namespace VenueMap::Ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPage = QStringLiteral("mainWindow/page");

QIcon pageIcon(MainWindow::Page which)
{
    switch (which) {
    case MainWindow::Page::Venues:
        return Icons::venues();
    case MainWindow::Page::Projects:
        return Icons::projects();
    case MainWindow::Page::Catering:
        return Icons::catering();
    case MainWindow::Page::People:
        return Icons::people();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(Core::Database db, Core::CurrentUser user, Pages pages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new ::Ui::MainWindow)
    , m_db(std::move(db))
    , m_user(std::move(user))
    , m_pages(pages)
    , m_undo(new UndoHistory(m_db, this))
{
    Q_ASSERT(m_pages.venues && m_pages.projects && m_pages.catering);
    m_ui->setupUi(this);
    m_ui->bannerText->setTextFormat(Qt::PlainText); // sentences that may name the database
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    // "venuemap.sqlite — VenueMap": ending in the display name, so the window system does not
    // append it a second time.
    setWindowTitle(QStringLiteral("%1 — %2").arg(
        shortName(m_db.url()), QGuiApplication::applicationDisplayName()));

    m_ui->actionConnect->setIcon(Icons::connect());
    m_ui->actionConnect->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    m_ui->actionAbout->setIcon(Icons::app());
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_ui->bannerClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_ui->banner->setAutoFillBackground(true);
    connect(m_ui->bannerClose, &QToolButton::clicked, this, &MainWindow::hideBanner);
    m_ui->banner->hide();

    setUpNavigation();
    setUpStatusBar();
    setUpEditMenu();
    connect(m_pages.projects, &ProjectsPage::holdsExpiring, this, [this](int count, int days) {
        statusBar()->showMessage(
            tr("Holds expiring within %1 days: %2. The Projects page (Ctrl+2) lists them.")
                .arg(days)
                .arg(count),
            30000);
    });
    setUpDataMenu();
    setUpAccountMenu();
    // The Projects page's caterer combos follow the Catering page.
    connect(m_pages.catering, &CateringPage::caterersChanged, m_pages.projects,
        &ProjectsPage::reloadCaterers);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray())) {
        // 1280×800 where it fits; on a 1366×768 laptop the room its taskbar leaves.
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size.expandedTo(minimumSizeHint()));
    }
    restoreState(settings.value(kState).toByteArray());
    const auto restored
        = static_cast<Page>(std::clamp(settings.value(kPage, 0).toInt(), 0, kPageCount - 1));
    showPage(isPageAvailable(restored) ? restored : Page::Venues);

    if (m_db.isReadOnly())
        showBanner(tr("This database is read-only: you can look at everything, but "
                      "changes cannot be saved."),
            Severity::Warning);
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::setUpNavigation()
{
    QListWidget *nav = m_ui->navigation;
    nav->setFixedWidth(184);
    nav->setSpacing(2);
    nav->setFocusPolicy(Qt::StrongFocus);
    // A sidebar in the window colour, with roomy rows, like a platform settings app.
    nav->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); padding: 8px 6px; outline: 0; }"
                       "QListWidget::item { padding: 7px 8px; border-radius: 5px; }"
                       "QListWidget::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < kPageCount; ++i) {
        const auto which = static_cast<Page>(i);
        auto *item = new QListWidgetItem(pageIcon(which), pageTitle(which), nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(pageTitle(which)).arg(i + 1));
        QWidget *page = this->page(which);
        m_ui->pages->addWidget(
            page ? page : new QWidget); // an empty stand-in for a page not offered

        auto *action = new QAction(pageIcon(which), pageTitle(which), group);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, which] {
            showPage(which);
            // Ctrl+2 is the way back to the project list from a project or the reports.
            if (which == Page::Projects)
                m_pages.projects->showList();
        });
        m_ui->menuView->addAction(action);
        m_pageActions << action;
    }
    connect(nav, &QListWidget::currentRowChanged, this, [this, group](int row) {
        if (row < 0)
            return;
        m_ui->pages->setCurrentIndex(row);
        group->actions().at(row)->setChecked(true);
    });
    if (!m_pages.people)
        setPageAvailable(Page::People, false);
}

void MainWindow::setUpStatusBar()
{
    m_personLabel = new QLabel(this);
    m_personLabel->setObjectName(QStringLiteral("personLabel"));
    m_personLabel->hide();
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_personLabel->setTextFormat(Qt::PlainText); // a person's name
    m_databaseLabel->setTextFormat(Qt::PlainText); // a file name or database name
    m_databaseLabel->setText(describe(m_db.url()));
    m_databaseLabel->setToolTip(tr("The open database. File ▸ Connect… opens another."));
    auto *dbIcon = new QLabel(this);
    dbIcon->setPixmap(Icons::database().pixmap(16, 16));
    statusBar()->addPermanentWidget(m_personLabel);
    statusBar()->addPermanentWidget(dbIcon);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

QWidget *MainWindow::page(Page which) const
{
    switch (which) {
    case Page::Venues:
        return m_pages.venues;
    case Page::Projects:
        return m_pages.projects;
    case Page::Catering:
        return m_pages.catering;
    case Page::People:
        return m_pages.people;
    }
    return nullptr;
}

void MainWindow::showPage(Page which)
{
    if (isPageAvailable(which))
        m_ui->navigation->setCurrentRow(static_cast<int>(which));
}

void MainWindow::setPageAvailable(Page which, bool available)
{
    available = available && page(which); // a page the window was not given stays hidden
    const int index = static_cast<int>(which);
    m_ui->navigation->item(index)->setHidden(!available);
    m_pageActions.at(index)->setVisible(available);
    m_pageActions.at(index)->setEnabled(available);
    if (!available && currentPage() == which) {
        for (int i = 0; i < kPageCount; ++i) {
            if (isPageAvailable(static_cast<Page>(i))) {
                showPage(static_cast<Page>(i));
                break;
            }
        }
    }
}

bool MainWindow::isPageAvailable(Page which) const
{
    return !m_ui->navigation->item(static_cast<int>(which))->isHidden();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

void MainWindow::setSignedInPerson(const QString &name)
{
    m_personLabel->setText(name.isEmpty() ? QString() : tr("Signed in as %1").arg(name));
    m_personLabel->setVisible(!name.isEmpty());
}

QString MainWindow::signedInPerson() const
{
    return m_personLabel->text();
}

void MainWindow::showBanner(const QString &text, Severity severity)
{
    QColor background, foreground;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (severity) {
    case Severity::Info:
        background = QColor(0xe7, 0xf0, 0xfb);
        foreground = QColor(0x1a, 0x3f, 0x6b);
        break;
    case Severity::Warning:
        background = QColor(0xfd, 0xf3, 0xd0);
        foreground = QColor(0x5c, 0x45, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Severity::Error:
        background = QColor(0xfb, 0xe4, 0xe4);
        foreground = QColor(0x8a, 0x1c, 0x1c);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    QPalette palette = m_ui->banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, foreground);
    m_ui->banner->setPalette(palette);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_ui->bannerText->setText(text);
    m_ui->banner->show();
}

void MainWindow::hideBanner()
{
    m_ui->banner->hide();
}

bool MainWindow::isBannerVisible() const
{
    return !m_ui->banner->isHidden();
}

QString MainWindow::bannerText() const
{
    return m_ui->bannerText->text();
}

QString MainWindow::databaseLabelText() const
{
    return m_databaseLabel->text();
}

QString MainWindow::describe(const Core::DatabaseUrl &url)
{
    if (url.isSqlite()) {
        QString path = QDir::toNativeSeparators(url.path);
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (home.size() > 1 && path.startsWith(home + QDir::separator()))
            path = QLatin1Char('~') + path.mid(home.size());
        return QStringLiteral("SQLite · %1").arg(path);
    }
    QString where = url.host.isEmpty() ? tr("local", "database server: this computer") : url.host;
    if (url.port > 0)
        where += QStringLiteral(":%1").arg(url.port);
    const QString user = url.user.isEmpty() ? QString() : url.user + QLatin1Char('@');
    return QStringLiteral("PostgreSQL · %1%2/%3").arg(user, where, url.database);
}

QString MainWindow::shortName(const Core::DatabaseUrl &url)
{
    return url.isSqlite() ? QFileInfo(url.path).fileName() : url.database;
}

QString MainWindow::pageTitle(Page which)
{
    switch (which) {
    case Page::Venues:
        return tr("Venues");
    case Page::Projects:
        return tr("Projects");
    case Page::Catering:
        return tr("Catering");
    case Page::People:
        return tr("People");
    }
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPage, static_cast<int>(currentPage()));
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpEditMenu()
{
    m_undo->bindUndoAction(m_ui->actionUndo);
    m_undo->bindRedoAction(m_ui->actionRedo);
    m_pages.venues->setUndoHistory(m_undo);
    m_pages.catering->setUndoHistory(m_undo);
    m_pages.projects->workspace()->setUndoHistory(m_undo);
    // A step that failed is said on its page; the status bar says it wherever the person is.
    connect(m_undo, &UndoHistory::stepFailed, this,
        [this](const QString &sentence) { statusBar()->showMessage(sentence, 8000); });
}

void MainWindow::setUpDataMenu()
{
    // Exports and proposals only read; an import writes.
    ReadOnlyEdits::apply(m_db, { m_ui->actionImportVenues });
    connect(m_ui->actionImportVenues, &QAction::triggered, this, [this] {
        auto *dialog = new ImportDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportDialog::imported, this, [this](const Core::ImportOutcome &outcome) {
            // Said on the Venues page, where the new rows are, as every page says what it did.
            refreshVenues();
            showPage(Page::Venues);
            // Past Imports… takes an import out again.
            m_pages.venues->messageBar()->showMessage(ImportDialog::outcomeSentence(outcome),
                MessageBar::Kind::Success, m_ui->actionPastImports);
        });
        dialog->open();
    });
    connect(m_ui->actionPastImports, &QAction::triggered, this, [this] {
        auto *dialog = new ImportHistoryDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            dialog, &ImportHistoryDialog::batchUndone, this, [this](const QString &, int removed) {
                refreshVenues();
                showPage(Page::Venues);
                m_pages.venues->messageBar()->showMessage(
                    tr("Removed %Ln imported venue(s).", nullptr, removed),
                    MessageBar::Kind::Success);
            });
        dialog->open();
    });
    connect(m_ui->actionExportVenues, &QAction::triggered, this, [this] {
        // Confirmed on the Venues page (whose list it is) with a button that opens the folder.
        const qint64 written = exportVenueSearch(
            this, m_db, m_pages.venues->filterFromWidgets(), m_pages.venues->messageBar());
        if (written >= 0)
            showPage(Page::Venues);
    });
    connect(m_ui->actionProposal, &QAction::triggered, this, [this] {
        ProjectWorkspace *workspace = m_pages.projects->workspace();
        if (workspace->project().id.isEmpty()) {
            showPage(Page::Projects);
            statusBar()->showMessage(
                tr("Open a project first: its proposal is made from its shortlist."), 8000);
            return;
        }
        workspace->openProposal();
    });
    connect(m_ui->actionProposalBranding, &QAction::triggered, this, [this] {
        auto *dialog = new ProposalSettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // The team's outreach emails: admins only (the database refuses anybody else's write).
    m_ui->actionEmailTemplates->setVisible(m_user.isAdmin());
    connect(m_ui->actionEmailTemplates, &QAction::triggered, this, [this] {
        auto *dialog = new EmailTemplatesDialog(m_db, m_user, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::refreshVenues()
{
    m_pages.venues->setFilter(m_pages.venues->filterFromWidgets());
    m_pages.venues->model()->reload(); // the same filter: read again, rows and cities came or went
}

void MainWindow::setUpAccountMenu()
{
    m_ui->menuAccount->menuAction()->setVisible(m_user.isSignedIn());
    // A person's profile and password are rows in the database too.
    ReadOnlyEdits::apply(m_db, { m_ui->actionMyProfile, m_ui->actionChangePassword });
    connect(m_ui->actionMyProfile, &QAction::triggered, this, [this] {
        auto *dialog = new MyProfileDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            dialog, &MyProfileDialog::profileSaved, this, [this](const Core::CurrentUser &person) {
                m_user = person;
                setSignedInPerson(person.name);
            });
        dialog->open();
    });
    connect(m_ui->actionChangePassword, &QAction::triggered, this, [this] {
        Core::User self;
        self.id = m_user.id;
        self.name = m_user.name;
        self.email = m_user.email;
        auto *dialog = new ChangePasswordDialog(m_db, self, ChangePasswordDialog::Mode::Own, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ChangePasswordDialog::passwordChanged, this,
            [this] { showBanner(tr("Your password was changed.")); });
        dialog->open();
    });
}

void MainWindow::about()
{
    // Window-modal without a nested event loop; it deletes itself when closed.
    auto *dialog = new AboutDialog(describe(m_db.url()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace VenueMap::Ui
