#include "venuecsvexportaction.h"

#include "errorpresenter.h"
#include "export/venuecsvexport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace VenueMap::Ui {

using namespace Core;

qint64 exportVenueSearchTo(QWidget *parent, const Database &db, const VenueFilter &filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ErrorPresenter::show(parent, DbError::make(DbError::Kind::Io, QObject::tr("export the venues"),
                                                   QObject::tr("%1 cannot be written: %2.").arg(path, file.errorString())));
        return -1;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = VenueCsvExport::write(db, filter, &file, {',', true});
    QApplication::restoreOverrideCursor();
    if (!written) {
        file.cancelWriting();
        ErrorPresenter::show(parent, written.error());
        return -1;
    }
    if (!file.commit()) {
        ErrorPresenter::show(parent, DbError::make(DbError::Kind::Io, QObject::tr("export the venues"),
                                                   QObject::tr("%1 cannot be written: %2.").arg(path, file.errorString())));
        return -1;
    }
    return *written;
}

qint64 exportVenueSearch(QWidget *parent, const Database &db, const VenueFilter &filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export Venues"),
                                                      QDir(dir).filePath(QStringLiteral("venues.csv")),
                                                      QObject::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return -1;
    return exportVenueSearchTo(parent, db, filter, path);
}

} // namespace VenueMap::Ui
