#include "venuecsvexportaction.h"

#include "db/backgroundreader.h"
#include "errorpresenter.h"
#include "export/venuecsvexport.h"
#include "filesaved.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace VenueMap::Ui {

using namespace Core;

qint64 exportVenueSearchTo(QWidget *parent, const Database &db, const VenueFilter &filter,
    const QString &path, MessageBar *confirmIn)
{
    // A whole book takes seconds: the export runs on its own thread and connection while the
    // window keeps painting, with the count so far and Cancel. Nothing is written to `path`
    // unless the export completes (QSaveFile).
    std::atomic<qint64> written = 0;
    std::atomic<bool> cancelled = false;
    QProgressDialog progress(QObject::tr("Exporting venues…"), QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(QObject::tr("Export Venues"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QObject::connect(
        &progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&progress, &written] {
        progress.setLabelText(QObject::tr("Exporting venues… %L1 written").arg(written.load()));
        progress.setValue(0); // lets the dialog appear after its minimum duration
    });
    tick.start(100);
    const QString op = QObject::tr("export the venues");
    const Result<qint64> outcome = runOnOwnConnection<qint64>(
        db, QStringLiteral("export"), [&](const Database &own) -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return DbError::make(DbError::Kind::Io, op,
                    QObject::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
            auto result = VenueCsvExport::write(
                own, filter, &file, { ',', true }, [&written, &cancelled](qint64 n) {
                    written = n;
                    return !cancelled;
                });
            if (!result || cancelled)
                file.cancelWriting();
            else if (!file.commit())
                return DbError::make(DbError::Kind::Io, op,
                    QObject::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
            return result;
        });
    tick.stop();
    progress.reset();
    if (cancelled)
        return -1;
    if (!outcome) {
        ErrorPresenter::show(parent, outcome.error());
        return -1;
    }
    if (confirmIn)
        showFileSaved(confirmIn,
            *outcome == 1 ? QObject::tr("Exported 1 venue to %1.").arg(QFileInfo(path).fileName())
                          : QObject::tr("Exported %L1 venues to %2.")
                                .arg(*outcome)
                                .arg(QFileInfo(path).fileName()),
            path);
    return *outcome;
}

qint64 exportVenueSearch(
    QWidget *parent, const Database &db, const VenueFilter &filter, MessageBar *confirmIn)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export Venues"),
        QDir(dir).filePath(QStringLiteral("venues.csv")), QObject::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return -1;
    return exportVenueSearchTo(parent, db, filter, path, confirmIn);
}

} // namespace VenueMap::Ui
