#include "projectdialog.h"
#include "dateedit.h"
#include "dialogwork.h"
#include "domain/currency.h"
#include "domain/language.h"
#include "domain/plaintext.h"
#include "domain/venuespace.h"
#include "export/proposalpdf.h"
#include "plaintextlabels.h"
#include "spinboxtyping.h"

#include "db/backgroundreader.h"
#include "itemmodels/shortlistmodel.h"
#include "repositories/facilitytermrepository.h"
#include "repositories/projectrepository.h"
#include "ui_projectdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace VenueMap::Ui {

using namespace Core;

// What the dialog offers: the clients to complete and the facility vocabulary to tick from.
struct ProjectDialog::Choices
{
    QStringList clientNames;
    FacilityVocabulary vocabulary;
};

ProjectDialog::ProjectDialog(ProjectRepository *repository, const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ProjectDialog)
    , m_repo(repository)
    , m_project(project)
    , m_reader(std::make_unique<BackgroundReader>(m_repo->database(),
          uniqueConnectionName(m_repo->database(), QStringLiteral("project-dialog"))))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    for (ProjectStatus s : allProjectStatuses())
        m_ui->statusCombo->addItem(projectStatusLabel(s), int(s));
    m_ui->layoutCombo->addItem(tr("any layout"));
    m_ui->breakoutLayoutCombo->addItem(tr("any layout"));
    for (SpaceLayout layout : allSpaceLayouts()) {
        m_ui->layoutCombo->addItem(spaceLayoutLabel(layout), spaceLayoutKey(layout));
        m_ui->breakoutLayoutCombo->addItem(spaceLayoutLabel(layout), spaceLayoutKey(layout));
    }
    // The breakouts' size and layout mean something only once there are breakouts.
    const auto breakoutsAsked = [this] {
        const bool any = m_ui->breakoutRoomsSpin->value() > 0;
        m_ui->breakoutOfLabel->setEnabled(any);
        m_ui->breakoutCapacitySpin->setEnabled(any);
        m_ui->breakoutLayoutCombo->setEnabled(any);
    };
    connect(m_ui->breakoutRoomsSpin, &QSpinBox::valueChanged, this, breakoutsAsked);
    for (QSpinBox *spin : { m_ui->attendeesSpin, m_ui->breakoutRoomsSpin })
        typeOverSpecialText(spin);
    loadChoices();
    // The budget is in the project's currency; the common codes are offered, any ISO 4217 code
    // can be typed.
    for (const QString &code : commonCurrencyCodes())
        m_ui->currencyCombo->addItem(code);
    m_ui->currencyCombo->lineEdit()->setMaxLength(3);
    m_ui->currencyCombo->setMinimumContentsLength(4);
    for (const DocumentLanguage &language : documentLanguages())
        m_ui->languageCombo->addItem(language.name, language.code);
    connect(m_ui->dateCheck, &QCheckBox::toggled, m_ui->dateEdit, &QWidget::setEnabled);
    connect(m_ui->dateEdit, &DateEdit::textRefused, this, [this](const QString &typed) {
        showError(tr("“%1” is not a date, so the event date is still %2. Type the day, month and "
                     "year, e.g. 12 Feb 2027 or 12.02.2027.")
                      .arg(typed, displayDate(m_ui->dateEdit->date())),
            {});
        m_ui->dateEdit->setFocus();
        m_ui->dateEdit->selectAll();
    });
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

void ProjectDialog::loadChoices()
{
    // Read off the GUI thread (DESIGN §4); until the vocabulary is in, the picker shows the
    // project's own needs, ticked.
    m_loadingChoices = true;
    m_reader->read<Choices>(
        [](const Database &db) -> Result<Choices> {
            Choices choices;
            auto clients = ProjectRepository(db, QString()).fetchClientNames(); // reads only
            if (!clients)
                return clients.error();
            choices.clientNames = *clients;
            auto vocabulary = FacilityTermRepository(db).load();
            if (!vocabulary)
                return vocabulary.error();
            choices.vocabulary = *vocabulary;
            return choices;
        },
        [this](const Result<Choices> &choices) {
            m_loadingChoices = false;
            if (!choices) {
                showError(tr("The list of facilities could not be read; the project's needs are "
                             "kept as they are."),
                    choices.error().details());
                return;
            }
            auto *completer = new QCompleter(choices->clientNames, this);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_ui->clientEdit->setCompleter(completer);
            m_vocabulary = choices->vocabulary;
            // A need stored in another spelling ("wifi") is ticked as its label ("Wi-Fi"); one
            // the vocabulary does not know stays ticked as it is.
            const QStringList ticked = m_vocabulary.resolve(m_ui->facilitiesPicker->checked());
            m_ui->facilitiesPicker->setChoices(m_vocabulary.labels());
            m_ui->facilitiesPicker->setChecked(ticked);
        });
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
    const auto layoutIndex = [](QComboBox *combo, std::optional<SpaceLayout> layout) {
        combo->setCurrentIndex(layout ? std::max(0, combo->findData(spaceLayoutKey(*layout))) : 0);
    };
    layoutIndex(m_ui->layoutCombo, p.mainLayout);
    m_ui->breakoutRoomsSpin->setValue(p.breakoutRooms);
    m_ui->breakoutCapacitySpin->setValue(p.breakoutCapacity);
    layoutIndex(m_ui->breakoutLayoutCombo, p.breakoutLayout);
    Q_EMIT m_ui->breakoutRoomsSpin->valueChanged(p.breakoutRooms);
    m_ui->cityEdit->setText(p.city);
    m_ui->budgetEdit->setText(ShortlistModel::formatMoney(p.budgetCents));
    m_ui->currencyCombo->setCurrentText(p.id.isEmpty() ? defaultCurrencyCode() : p.currency);
    // A new project's client documents start in the app's language (issue 15).
    const QString language = p.id.isEmpty() ? runningAppLanguage() : p.language;
    const int languageIndex = m_ui->languageCombo->findData(language);
    m_ui->languageCombo->setCurrentIndex(languageIndex >= 0
            ? languageIndex
            : std::max(0, m_ui->languageCombo->findData(p.language)));
    m_ui->facilitiesPicker->setChecked(m_vocabulary.resolve(p.requiredFacilities));
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
    p.mainLayout = spaceLayoutFromText(m_ui->layoutCombo->currentData().toString());
    p.breakoutRooms = m_ui->breakoutRoomsSpin->value();
    p.breakoutCapacity = p.breakoutRooms > 0 ? m_ui->breakoutCapacitySpin->value() : 0;
    p.breakoutLayout = p.breakoutRooms > 0
        ? spaceLayoutFromText(m_ui->breakoutLayoutCombo->currentData().toString())
        : std::nullopt;
    if (p.breakoutRooms > 0 && !p.breakoutLayout) {
        showError(tr("Say how the %n breakout room(s) are set up (Theatre, Classroom, …), or set "
                     "the breakouts to none.",
            nullptr, p.breakoutRooms));
        m_ui->breakoutLayoutCombo->setFocus();
        return false;
    }
    if (p.breakoutRooms > 0 && p.breakoutCapacity == 0) {
        showError(tr("Say how many people each breakout room seats, or set the breakouts to "
                     "none."));
        m_ui->breakoutCapacitySpin->setFocus();
        return false;
    }
    p.city = m_ui->cityEdit->text().trimmed();
    bool ok = false;
    p.budgetCents = ShortlistModel::parseMoney(m_ui->budgetEdit->text(), &ok);
    if (!ok) {
        showError(tr("The budget must be an amount of zero or more, such as 25000.00."));
        m_ui->budgetEdit->setFocus();
        return false;
    }
    if (const QString problem = currencyProblem(m_ui->currencyCombo->currentText());
        !problem.isEmpty()) {
        showError(problem);
        m_ui->currencyCombo->setFocus();
        m_ui->currencyCombo->lineEdit()->selectAll();
        return false;
    }
    p.currency = *parseCurrencyCode(m_ui->currencyCombo->currentText());
    p.language = m_ui->languageCombo->currentData().toString();
    // The vocabulary's labels as ticked (and any need it does not know, kept as it was).
    p.requiredFacilities = m_ui->facilitiesPicker->checked();
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
    // Saved, or refused together with the version someone else saved meanwhile.
    struct Outcome
    {
        Result<Project> saved;
        std::optional<Project> theirs;
    };
    const auto outcome
        = DialogWork::run<Outcome>(this, m_repo->database(), QStringLiteral("project-save"),
            [&p, user = m_repo->actingUserId()](const Database &db) -> Result<Outcome> {
                ProjectRepository repo(db, user);
                Outcome o { p.id.isEmpty() ? repo.addProject(p) : repo.updateProject(p), {} };
                if (!o.saved && o.saved.error().kind == DbError::Kind::Conflict) {
                    if (auto latest = repo.fetchProject(p.id))
                        o.theirs = *latest;
                }
                return o;
            });
    if (!outcome)
        return;
    if (!*outcome) { // no connection for the save
        showError(outcome->error().message, outcome->error().details());
        return;
    }
    const Result<Project> &result = (*outcome)->saved;
    if (!result) {
        const DbError &e = result.error();
        if (e.kind == DbError::Kind::Conflict) {
            // Show theirs; the person decides what to change again.
            if ((*outcome)->theirs) {
                m_project = *(*outcome)->theirs;
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
