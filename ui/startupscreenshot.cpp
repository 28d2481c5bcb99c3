#include "startupscreenshot.h"

#include <QApplication>
#include <QDialog>
#include <QMainWindow>
#include <QPixmap>
#include <QProgressDialog>
#include <QWindow>

#include <cstdio>

namespace VenueMap::Ui {

StartupScreenshot::StartupScreenshot(QString path, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_timeoutMs(timeoutMs)
{
    m_clock.start();
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StartupScreenshot::poll);
    m_timer.start();
}

// The window a person would be looking at: the topmost visible dialog or main window, unless a
// progress dialog (connecting, migrating) still stands in front of it.
static QWidget *firstPage()
{
    QWidget *page = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || !w->windowHandle() || !w->windowHandle()->isExposed())
            continue;
        if (qobject_cast<QProgressDialog *>(w))
            return nullptr;
        if (qobject_cast<QDialog *>(w))
            page = w; // a dialog stands in front of the main window
        else if (qobject_cast<QMainWindow *>(w) && !page)
            page = w;
    }
    return page;
}

void StartupScreenshot::poll()
{
    if (m_clock.elapsed() > m_timeoutMs) {
        std::fprintf(
            stderr, "No window appeared within %d seconds of starting.\n", m_timeoutMs / 1000);
        QCoreApplication::exit(1);
        return;
    }
    QWidget *page = firstPage();
    // Three quiet polls in a row on the same window: its first page has been painted and the
    // reads it started on opening have had time to arrive.
    m_stablePolls = page && page == m_candidate ? m_stablePolls + 1 : 0;
    m_candidate = page;
    if (m_stablePolls < 3)
        return;
    m_timer.stop();
    const QPixmap picture = page->grab();
    if (picture.isNull() || !picture.save(m_path)) {
        std::fprintf(stderr, "Could not write the screenshot to %s.\n", qPrintable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    std::printf("screenshot: %s (%s, %dx%d)\n", qPrintable(m_path), qPrintable(page->windowTitle()),
        picture.width(), picture.height());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace VenueMap::Ui
