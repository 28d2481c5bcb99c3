#include "firststartdialog.h"
#include "ui_firststartdialog.h"

#include "demoworker.h"
#include "errorpresenter.h"
#include "icons.h"

#include <QLocale>
#include <QPushButton>
#include <QThread>

namespace VenueMap::Ui {

FirstStartDialog::FirstStartDialog(const Core::DatabaseUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::FirstStartDialog)
    , m_url(url)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowIcon(Icons::app());
    m_ui->iconLabel->setPixmap(Icons::app().pixmap(64, 64));
    m_ui->bodyLabel->setText(
        tr("Your venue book is empty. To look around first, VenueMap can fill it with sample data: "
           "%1 venues in European cities, %2 client projects with shortlists, caterers and a few "
           "colleagues.<br><br>The sample data lives in this file only: <i>%3</i>")
            .arg(kVenues)
            .arg(kProjects)
            .arg(url.path.toHtmlEscaped()));
    m_load = m_ui->buttonBox->addButton(tr("&Load Sample Data"), QDialogButtonBox::AcceptRole);
    m_empty = m_ui->buttonBox->addButton(tr("&Start Empty"), QDialogButtonBox::RejectRole);
    m_cancel = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancel->hide();
    m_load->setDefault(true);
    if (!DemoWorker::isAvailable()) {
        m_load->setEnabled(false);
        m_load->setToolTip(tr("This build has no sample data generator."));
    }
    // As tall as the wrapped text needs, with room for the progress bar that appears while loading.
    const int textHeight
        = layout()->hasHeightForWidth() ? layout()->heightForWidth(width()) : height();
    resize(width(), textHeight + m_ui->progressBar->sizeHint().height() + layout()->spacing());
    connect(m_load, &QPushButton::clicked, this, &FirstStartDialog::loadSampleData);
    connect(m_empty, &QPushButton::clicked, this, &FirstStartDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &FirstStartDialog::reject);
}

FirstStartDialog::~FirstStartDialog()
{
    stopThread();
    delete m_ui;
}

QString FirstStartDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void FirstStartDialog::setLoading(bool loading)
{
    m_ui->progressBar->setVisible(loading);
    m_load->setVisible(!loading);
    m_empty->setVisible(!loading);
    m_cancel->setVisible(loading);
    m_cancel->setEnabled(loading);
    if (loading)
        m_cancel->setFocus();
}

void FirstStartDialog::loadSampleData()
{
    if (m_thread)
        return;
    setLoading(true);
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Loading sample data…"));
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("demo"));
    m_worker = new DemoWorker(m_url, kVenues, kProjects);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, m_worker, &DemoWorker::run);
    connect(m_worker, &DemoWorker::progress, this, [this](qint64 done, qint64 total) {
        // Scaled so that a million rows still fit an int progress bar.
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_ui->statusLabel->setText(tr("Loading sample data… %1 of %2")
                                       .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_worker, &DemoWorker::succeeded, this, [this] {
        stopThread();
        m_loaded = true;
        m_ui->statusLabel->setText(tr("Sample data loaded."));
        accept();
    });
    connect(m_worker, &DemoWorker::failed, this, [this](const Core::DbError &error) {
        const bool cancelled = m_cancelling;
        stopThread();
        setLoading(false);
        m_cancelling = false;
        if (cancelled) { // the generator rolled everything back
            m_ui->statusLabel->setText(tr("Loading was cancelled; the venue book is still empty."));
            return;
        }
        m_ui->statusLabel->setText(error.sentence());
        Q_EMIT loadFailed(error);
        ErrorPresenter::create(this, error, ErrorPresenter::Offer::Close)->open();
    });
    m_thread->start();
}

void FirstStartDialog::reject()
{
    if (m_thread && m_worker) {
        m_ui->statusLabel->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        m_cancelling = true;
        m_worker->cancel(); // the generator stops at its next progress report and rolls back
        return;
    }
    QDialog::reject();
}

void FirstStartDialog::stopThread()
{
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    m_thread = nullptr;
    m_worker = nullptr;
}

} // namespace VenueMap::Ui
