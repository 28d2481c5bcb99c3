#include "filesaved.h"

#include "messagebar.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace VenueMap::Ui {

void showFileSaved(MessageBar *bar, const QString &sentence, const QString &path)
{
    // One action per bar, pointed at the latest file.
    auto *open
        = bar->findChild<QAction *>(QStringLiteral("openFolderAction"), Qt::FindDirectChildrenOnly);
    if (!open) {
        open = new QAction(QObject::tr("Open &Folder"), bar);
        open->setObjectName(QStringLiteral("openFolderAction"));
        QObject::connect(open, &QAction::triggered, open,
            [open] { QDesktopServices::openUrl(open->data().toUrl()); });
    }
    const QUrl folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath());
    open->setData(folder);
    open->setToolTip(QObject::tr("Open %1").arg(folder.toLocalFile()));
    bar->showMessage(sentence, MessageBar::Kind::Success, open);
}

} // namespace VenueMap::Ui
