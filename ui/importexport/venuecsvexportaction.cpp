#include "venuecsvexportaction.h"

#include "db/backgroundreader.h"
#include "errorpresenter.h"
#include "export/venuecsvexport.h"
#include "export/venuespacecsv.h"
#include "filesaved.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace VenueMap::Ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VenueCsvExport)
};
} // namespace

using namespace Core;

qint64 exportVenueSearchTo(QWidget *parent, const Database &db, const VenueFilter &filter,
    const QString &path, MessageBar *confirmIn)
{
    // A whole book takes seconds: the export runs on its own thread and connection while the
    // window keeps painting, with the count so far and Cancel. Nothing is written to `path`
    // unless the export completes (QSaveFile).
    std::atomic<qint64> written = 0;
    std::atomic<bool> cancelled = false;
    QProgressDialog progress(Tr::tr("Exporting venues…"), Tr::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(Tr::tr("Export Venues"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QObject::connect(
        &progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&progress, &written] {
        progress.setLabelText(Tr::tr("Exporting venues… %L1 written").arg(written.load()));
        progress.setValue(0); // lets the dialog appear after its minimum duration
    });
    tick.start(100);
    const QString op = Tr::tr("export the venues");
    // The venues' rooms go beside the file (VenueSpaceCsv::fileNextTo()), when there are any or
    // when an earlier export left a rooms file there that would otherwise go stale.
    const QString spacesPath = VenueSpaceCsv::fileNextTo(path);
    const Result<VenueCsvExport::Counts> outcome = runOnOwnConnection<VenueCsvExport::Counts>(
        db, QStringLiteral("export"), [&](const Database &own) -> Result<VenueCsvExport::Counts> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return DbError::make(DbError::Kind::Io, op,
                    Tr::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
            QSaveFile spaces(spacesPath);
            if (!spaces.open(QIODevice::WriteOnly))
                return DbError::make(DbError::Kind::Io, op,
                    Tr::tr("%1 cannot be written: %2.").arg(spacesPath, spaces.errorString()));
            auto result = VenueCsvExport::writeWithSpaces(
                own, filter, &file, &spaces, { ',', true }, [&written, &cancelled](qint64 n) {
                    written = n;
                    return !cancelled;
                });
            if (!result || cancelled) {
                file.cancelWriting();
                spaces.cancelWriting();
                return result;
            }
            if (result->spaces == 0 && !QFileInfo::exists(spacesPath))
                spaces.cancelWriting();
            else if (!spaces.commit())
                return DbError::make(DbError::Kind::Io, op,
                    Tr::tr("%1 cannot be written: %2.").arg(spacesPath, spaces.errorString()));
            if (!file.commit())
                return DbError::make(DbError::Kind::Io, op,
                    Tr::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
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
    if (confirmIn) {
        const QString file = QFileInfo(path).fileName();
        const QString rooms = QFileInfo(spacesPath).fileName();
        const QString venues = Tr::tr("%Ln venue(s)", nullptr, int(outcome->venues));
        const QString text = outcome->spaces == 0
            ? Tr::tr("Exported %1 to %2.").arg(venues, file)
            : Tr::tr("Exported %1 to %2 and %3 to %4.")
                  .arg(venues, file, Tr::tr("%Ln room(s)", nullptr, int(outcome->spaces)), rooms);
        showFileSaved(confirmIn, text, path);
    }
    return outcome->venues;
}

qint64 exportVenueSearch(
    QWidget *parent, const Database &db, const VenueFilter &filter, MessageBar *confirmIn)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export Venues"),
        QDir(dir).filePath(QStringLiteral("venues.csv")), Tr::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return -1;
    return exportVenueSearchTo(parent, db, filter, path, confirmIn);
}

} // namespace VenueMap::Ui
