#include "venuecsvexportaction.h"

#include "errorpresenter.h"
#include "export/venuecsvexport.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace VenueMap::Ui {

using namespace Core;

qint64 exportVenueSearchTo(QWidget *parent, const Database &db, const VenueFilter &filter, const QString &path)
{
    // A whole book takes seconds: the export runs on its own thread and connection while the
    // window keeps painting, with the count so far and Cancel. Nothing is written to `path`
    // unless the export completes (QSaveFile).
    static std::atomic<int> serial = 0;
    const QString connectionName = QStringLiteral("%1-export-%2").arg(db.connectionName()).arg(++serial);
    auto written = std::make_shared<std::atomic<qint64>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<std::optional<Result<qint64>>>();
    QThread *thread = QThread::create([db, filter, path, connectionName, written, cancelled, outcome] {
        const QString op = QObject::tr("export the venues");
        auto own = db.openAnother(connectionName);
        if (!own) {
            *outcome = Result<qint64>(own.error());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *outcome = Result<qint64>(DbError::make(DbError::Kind::Io, op, QObject::tr("%1 cannot be written: %2.").arg(path, file.errorString())));
            return;
        }
        auto result = VenueCsvExport::write(*own, filter, &file, {',', true}, [written, cancelled](qint64 n) {
            written->store(n);
            return !cancelled->load();
        });
        if (!result || cancelled->load()) {
            file.cancelWriting();
        } else if (!file.commit()) {
            result = DbError::make(DbError::Kind::Io, op, QObject::tr("%1 cannot be written: %2.").arg(path, file.errorString()));
        }
        *outcome = result;
    });
    QProgressDialog progress(QObject::tr("Exporting venues…"), QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(QObject::tr("Export Venues"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancelled] { cancelled->store(true); });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&progress, written] {
        progress.setLabelText(QObject::tr("Exporting venues… %L1 written").arg(written->load()));
        progress.setValue(0); // lets the dialog appear after its minimum duration
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    tick.start(100);
    loop.exec();
    thread->wait();
    delete thread;
    tick.stop();
    progress.reset();
    if (cancelled->load())
        return -1;
    if (!outcome->has_value() || !**outcome) {
        ErrorPresenter::show(parent, outcome->has_value() ? (*outcome)->error()
                                                          : DbError::make(DbError::Kind::Io, QObject::tr("export the venues"),
                                                                          QObject::tr("The export stopped unexpectedly.")));
        return -1;
    }
    return ***outcome;
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
