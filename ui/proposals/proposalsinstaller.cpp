#include "proposalsinstaller.h"

#include "importdialog.h"
#include "importhistorydialog.h"
#include "mainwindow.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "proposalpreviewdialog.h"
#include "proposalsettingsdialog.h"
#include "readonlyedits.h"
#include "venuecsvexportaction.h"
#include "venues/venuespage.h"

#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

namespace VenueMap::Ui {

namespace {

VenuesPage *venuesPage(MainWindow &window)
{
    return qobject_cast<VenuesPage *>(window.page(MainWindow::Page::Venues));
}

ProjectWorkspace *workspace(MainWindow &window)
{
    auto *projects = qobject_cast<ProjectsPage *>(window.page(MainWindow::Page::Projects));
    return projects ? projects->workspace() : nullptr;
}

// The venue list shows what changed in the book (an import, an undo).
void refreshVenues(MainWindow &window)
{
    if (VenuesPage *page = venuesPage(window))
        page->setFilter(page->filterFromWidgets());
}

void openProposal(MainWindow &window, const QString &projectId)
{
    auto *dialog = new ProposalPreviewDialog(window.database(), projectId, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

void installProposals(MainWindow &window)
{
    auto *menu = new QMenu(QObject::tr("&Data"), &window);
    menu->setObjectName(QStringLiteral("menuData"));
    QAction *import = menu->addAction(QObject::tr("&Import Venues from CSV…"));
    QAction *history = menu->addAction(QObject::tr("Past &Imports…"));
    QAction *exportList = menu->addAction(QObject::tr("&Export Venue List to CSV…"));
    menu->addSeparator();
    QAction *proposal = menu->addAction(QObject::tr("&Proposal for the Open Project…"));
    QAction *branding = menu->addAction(QObject::tr("Proposal &Branding…"));
    import->setObjectName(QStringLiteral("actionImportVenues"));
    history->setObjectName(QStringLiteral("actionPastImports"));
    exportList->setObjectName(QStringLiteral("actionExportVenues"));
    proposal->setObjectName(QStringLiteral("actionProposal"));
    branding->setObjectName(QStringLiteral("actionProposalBranding"));

    // Exports and proposals only read; an import writes.
    ReadOnlyEdits::apply(window.database(), {import});

    MainWindow *w = &window;
    QObject::connect(import, &QAction::triggered, w, [w] {
        auto *dialog = new ImportDialog(w->database(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ImportDialog::imported, w, [w](const Core::ImportOutcome &outcome) {
            w->statusBar()->showMessage(QObject::tr("Imported %1 %2 from %3.")
                                            .arg(outcome.imported)
                                            .arg(outcome.imported == 1 ? QObject::tr("venue") : QObject::tr("venues"),
                                                 outcome.batch.fileName),
                                        8000);
            refreshVenues(*w);
        });
        dialog->open();
    });
    QObject::connect(history, &QAction::triggered, w, [w] {
        auto *dialog = new ImportHistoryDialog(w->database(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ImportHistoryDialog::batchUndone, w, [w](const QString &, int removed) {
            w->statusBar()->showMessage(QObject::tr("Removed %1 imported %2.").arg(removed).arg(removed == 1 ? QObject::tr("venue") : QObject::tr("venues")), 8000);
            refreshVenues(*w);
        });
        dialog->open();
    });
    QObject::connect(exportList, &QAction::triggered, w, [w] {
        VenuesPage *page = venuesPage(*w);
        const Core::VenueFilter filter = page ? page->filterFromWidgets() : Core::VenueFilter();
        const qint64 written = exportVenueSearch(w, w->database(), filter);
        if (written >= 0)
            w->statusBar()->showMessage(QObject::tr("Exported %1 %2.").arg(written).arg(written == 1 ? QObject::tr("venue") : QObject::tr("venues")), 8000);
    });
    QObject::connect(proposal, &QAction::triggered, w, [w] {
        ProjectWorkspace *ws = workspace(*w);
        if (!ws || ws->project().id.isEmpty()) {
            w->showPage(MainWindow::Page::Projects);
            w->statusBar()->showMessage(QObject::tr("Open a project first: its proposal is made from its shortlist."), 8000);
            return;
        }
        openProposal(*w, ws->project().id);
    });
    QObject::connect(branding, &QAction::triggered, w, [w] {
        auto *dialog = new ProposalSettingsDialog(w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QMenuBar *bar = window.menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu); // before Help

    // The workspace's own button, beside the shortlist actions.
    if (ProjectWorkspace *ws = workspace(window)) {
        auto *button = new QPushButton(QObject::tr("&Proposal…"), ws);
        button->setObjectName(QStringLiteral("proposalButton"));
        button->setToolTip(QObject::tr("Preview, save or print the proposal of the venues marked for it"));
        ws->addActionButton(button);
        QObject::connect(button, &QPushButton::clicked, w, [w, ws] {
            if (!ws->project().id.isEmpty())
                openProposal(*w, ws->project().id);
        });
    }
}

} // namespace VenueMap::Ui
