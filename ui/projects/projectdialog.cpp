#include "projectdialog.h"
#include "domain/plaintext.h"
#include "domain/venue.h"
#include "export/proposalpdf.h"
#include "plaintextlabels.h"

#include "itemmodels/shortlistmodel.h"
#include "repositories/projectrepository.h"
#include "ui_projectdialog.h"

#include <QCompleter>

namespace VenueMap::Ui {

using namespace Core;

ProjectDialog::ProjectDialog(ProjectRepository *repository, const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ProjectDialog)
    , m_repo(repository)
    , m_project(project)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    for (ProjectStatus s : allProjectStatuses())
        m_ui->statusCombo->addItem(projectStatusLabel(s), int(s));
    if (auto clients = m_repo->fetchClientNames()) {
        auto *completer = new QCompleter(*clients, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_ui->clientEdit->setCompleter(completer);
    }
    // The budget is in the currency the proposal shows (Data ▸ Proposal Branding…).
    const QString currency = ProposalOptions::fromSettings().currencySymbol;
    if (!currency.isEmpty())
        m_ui->budgetLabel->setText(tr("&Budget (%1)").arg(currency));
    connect(m_ui->dateCheck, &QCheckBox::toggled, m_ui->dateEdit, &QWidget::setEnabled);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(project.id.isEmpty() ? tr("New Project") : tr("Edit %1").arg(project.title()));
    load(project);
    m_ui->errorLabel->hide();
}

ProjectDialog::~ProjectDialog()
{
    delete m_ui;
}

QString ProjectDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void ProjectDialog::load(const Project &p)
{
    m_ui->clientEdit->setText(p.clientName);
    m_ui->eventEdit->setText(p.eventName);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(p.status)));
    m_ui->dateCheck->setChecked(p.eventDate.isValid());
    m_ui->dateEdit->setDate(
        p.eventDate.isValid() ? p.eventDate : QDate::currentDate().addMonths(3));
    m_ui->dateEdit->setEnabled(p.eventDate.isValid());
    m_ui->attendeesSpin->setValue(p.attendees.value_or(-1));
    m_ui->cityEdit->setText(p.city);
    m_ui->budgetEdit->setText(ShortlistModel::formatMoney(p.budgetCents));
    m_ui->facilitiesEdit->setText(facilitiesLabel(p.requiredFacilities));
    m_ui->notesEdit->setPlainText(p.notes);
}

bool ProjectDialog::read(Project &p)
{
    p.clientName = m_ui->clientEdit->text();
    p.eventName = m_ui->eventEdit->text();
    p.status = ProjectStatus(m_ui->statusCombo->currentData().toInt());
    p.eventDate = m_ui->dateCheck->isChecked() ? m_ui->dateEdit->date() : QDate();
    p.attendees = m_ui->attendeesSpin->value() < 0
        ? std::nullopt
        : std::optional<int>(m_ui->attendeesSpin->value());
    p.city = m_ui->cityEdit->text().trimmed();
    bool ok = false;
    p.budgetCents = ShortlistModel::parseMoney(m_ui->budgetEdit->text(), &ok);
    if (!ok) {
        showError(tr("The budget must be an amount of zero or more, such as 25000.00."));
        m_ui->budgetEdit->setFocus();
        return false;
    }
    QStringList needs;
    for (const QString &f :
        m_ui->facilitiesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!f.trimmed().isEmpty()) {
            // A facility shown by its label and left alone keeps the value it is stored as.
            QString need = f.trimmed().toLower();
            for (const QString &stored : m_project.requiredFacilities)
                if (facilityLabel(stored).compare(f.trimmed(), Qt::CaseInsensitive) == 0)
                    need = stored;
            needs << need;
        }
    needs.removeDuplicates();
    p.requiredFacilities = needs;
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    return true;
}

void ProjectDialog::showError(const QString &text, const QString &details)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setToolTip(Core::plainTextToolTip(details));
    m_ui->errorLabel->show();
}

void ProjectDialog::save()
{
    Project p = m_project;
    if (!read(p))
        return;
    auto result = p.id.isEmpty() ? m_repo->addProject(p) : m_repo->updateProject(p);
    if (!result) {
        const DbError &e = result.error();
        if (e.kind == DbError::Kind::Conflict) {
            // Show theirs; the person decides what to change again.
            if (auto latest = m_repo->fetchProject(p.id)) {
                m_project = *latest;
                load(m_project);
            }
            showError(
                tr("Someone else saved this project while you were editing. Their version is shown "
                   "now; make your changes again and save."),
                e.details());
            return;
        }
        showError(e.message, e.details());
        if (p.clientName.trimmed().isEmpty())
            m_ui->clientEdit->setFocus();
        else if (p.eventName.trimmed().isEmpty())
            m_ui->eventEdit->setFocus();
        return;
    }
    m_project = *result;
    Q_EMIT projectSaved(m_project);
    accept();
}

} // namespace VenueMap::Ui
