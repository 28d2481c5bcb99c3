#include "peoplepage.h"
#include "plaintextlabels.h"
#include "ui_peoplepage.h"

#include "addpersondialog.h"
#include "auth/changepassworddialog.h"
#include "auth/session.h"
#include "db/backgroundreader.h"
#include "itemmodels/peoplemodel.h"
#include "logging.h"
#include "readonlyedits.h"
#include "repositories/userrepository.h"
#include "tableheader.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PeoplePage)
};
// What one read of the page brings back.
struct PeopleLoad
{
    QList<User> people;
    QSet<QString> managedElsewhere;
    std::optional<AccessState> access; // PostgreSQL, first read only
};

QString accessSentence()
{
    return Tr::tr("Each person signs in with their own PostgreSQL login; the database "
                  "itself refuses what their role may not do.");
}
} // namespace

PeoplePage::PeoplePage(Database db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new ::Ui::PeoplePage)
    , m_db(std::move(db))
    , m_model(new PeopleModel(this))
    , m_searchTimer(new QTimer(this))
    , m_reader(std::make_unique<BackgroundReader>(
          m_db, uniqueConnectionName(m_db, QStringLiteral("people"))))
    , m_writer(std::make_unique<BackgroundReader>(
          m_db, uniqueConnectionName(m_db, QStringLiteral("people-changes"))))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_ui->subtitleLabel->setText(tr("Everybody who signs in to this database. Event "
                                    "managers work with venues, projects and caterers; "
                                    "admins also manage people here."));
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->tableView->setColumnWidth(PeopleModel::Name, 240);
    m_ui->tableView->setColumnWidth(PeopleModel::Email, 280);
    m_ui->tableView->setColumnWidth(PeopleModel::Role, 130);
    m_ui->tableView->setColumnWidth(PeopleModel::Status, 100);
    m_ui->tableView->setColumnHidden(PeopleModel::Login, !m_db.isPostgres());
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(28);
    // The Login column exists only on PostgreSQL: each backend remembers its own columns.
    TableHeader::install(m_ui->tableView->horizontalHeader(),
        m_db.isPostgres() ? QStringLiteral("people") : QStringLiteral("people-embedded"));
    m_model->setCurrentPersonId(Session::current().id);

    if (m_db.isPostgres()) {
        m_ui->accessLabel->setText(accessSentence()); // the first read says if it is not so
    } else {
        m_ui->accessLabel->setText(
            tr("In an embedded file VenueMap itself checks roles: anyone who can copy "
               "the file can read it. Use a PostgreSQL database for a team."));
    }

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &PeoplePage::refresh);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->addButton, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_ui->roleButton, &QPushButton::clicked, this, &PeoplePage::toggleRole);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &PeoplePage::toggleActive);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &PeoplePage::resetPassword);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &PeoplePage::removePerson);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PeoplePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::updateButtons);
    refresh();
}

PeoplePage::~PeoplePage()
{
    delete m_ui;
}

QTableView *PeoplePage::table() const
{
    return m_ui->tableView;
}
QLineEdit *PeoplePage::searchEdit() const
{
    return m_ui->searchEdit;
}
QPushButton *PeoplePage::addButton() const
{
    return m_ui->addButton;
}
QPushButton *PeoplePage::roleButton() const
{
    return m_ui->roleButton;
}
QPushButton *PeoplePage::activeButton() const
{
    return m_ui->activeButton;
}
QPushButton *PeoplePage::passwordButton() const
{
    return m_ui->passwordButton;
}
QPushButton *PeoplePage::removeButton() const
{
    return m_ui->removeButton;
}
QString PeoplePage::message() const
{
    return m_ui->messageBar->isHidden() ? QString() : m_message;
}

const User *PeoplePage::selectedPerson() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->personAt(rows.first().row());
}

void PeoplePage::selectPerson(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        m_ui->tableView->clearSelection();
    else
        m_ui->tableView->selectRow(row);
}

void PeoplePage::showMessage(const QString &text, bool error)
{
    // In the page's message bar, at the top as on every page, not as plain text at the foot.
    m_messageIsError = error;
    m_message = text;
    if (text.isEmpty())
        m_ui->messageBar->hide();
    else
        m_ui->messageBar->showMessage(text,
            error                                                    ? MessageBar::Kind::Error
                : text == UserRepository::managedElsewhereSentence() ? MessageBar::Kind::Info
                                                                     : MessageBar::Kind::Success);
}

void PeoplePage::refresh()
{
    load(QString());
}

void PeoplePage::load(const QString &selectId)
{
    const User *selected = selectedPerson();
    const QString keep = !selectId.isEmpty() ? selectId : selected ? selected->id : QString();
    const QString search = m_ui->searchEdit->text();
    const bool checkAccess = m_db.isPostgres() && !m_accessChecked;
    m_loading = true;
    m_reader->read<PeopleLoad>(
        [search, checkAccess](const Database &db) -> Result<PeopleLoad> {
            UserRepository users(db);
            PeopleLoad load;
            auto people = users.fetchAll(search);
            if (!people)
                return people.error();
            load.people = *people;
            auto elsewhere = users.fetchIdsManagedElsewhere();
            load.managedElsewhere = elsewhere ? *elsewhere : QSet<QString>();
            if (checkAccess) {
                if (auto access = users.accessState())
                    load.access = *access;
            }
            return load;
        },
        [this, keep, checkAccess](const Result<PeopleLoad> &loaded) {
            m_loading = false;
            if (!loaded) {
                showMessage(loaded.error().sentence(), true);
                return;
            }
            if (checkAccess) {
                m_accessChecked = true;
                if (loaded->access && !loaded->access->ready())
                    m_ui->accessLabel->setText(loaded->access->problem());
            }
            m_managedElsewhere = loaded->managedElsewhere;
            m_model->setPeople(loaded->people);
            if (!keep.isEmpty())
                selectPerson(keep);
            updateButtons();
        });
}

void PeoplePage::updateButtons()
{
    const User *person = selectedPerson();
    const bool self = person && person->id == Session::current().id;
    const bool elsewhere = person && m_managedElsewhere.contains(person->id);
    m_ui->roleButton->setEnabled(person && !elsewhere);
    m_ui->activeButton->setEnabled(person && !self && !elsewhere);
    m_ui->passwordButton->setEnabled(person && !self && !elsewhere);
    m_ui->removeButton->setEnabled(person && !self && !elsewhere);
    m_ui->roleButton->setText(
        person && person->role == UserRole::Admin ? tr("Make Event Manager") : tr("Make Admin"));
    m_ui->activeButton->setText(person && !person->isActive ? tr("&Enable") : tr("&Disable"));
    const QString tip = elsewhere ? UserRepository::managedElsewhereSentence()
        : self ? tr("Another admin does this for you; your own password is under Account.")
               : QString();
    for (QPushButton *b : { m_ui->activeButton, m_ui->passwordButton, m_ui->removeButton })
        b->setToolTip(tip);
    m_ui->roleButton->setToolTip(elsewhere ? tip : QString());
    // The sentence stands on the page while such a person is selected.
    if (elsewhere && !m_messageIsError)
        showMessage(UserRepository::managedElsewhereSentence(), false);
    else if (!elsewhere && message() == UserRepository::managedElsewhereSentence())
        showMessage(QString(), false);
    ReadOnlyEdits::apply(m_db,
        { m_ui->addButton, m_ui->roleButton, m_ui->activeButton, m_ui->passwordButton,
            m_ui->removeButton });
}

void PeoplePage::afterChange(const Status &status, const QString &id, const QString &success)
{
    if (!status) {
        showMessage(status.error().sentence(), true);
        qCInfo(lcPeoplePage) << status.error().details();
    } else {
        showMessage(success, false);
        Q_EMIT peopleChanged();
    }
    load(id);
}

void PeoplePage::change(std::function<Status(const Database &)> change, const QString &id,
    const QString &success, std::function<void()> then)
{
    if (m_changing)
        return; // one change at a time: the buttons act again when the answer is in
    m_changing = true;
    m_writer->read<bool>(
        [change = std::move(change)](const Database &db) -> Result<bool> {
            if (auto s = change(db); !s)
                return s.error();
            return true;
        },
        [this, id, success, then = std::move(then)](const Result<bool> &done) {
            m_changing = false;
            afterChange(done ? Status() : Status(done.error()), id, success);
            if (done && then)
                then();
        });
}

AddPersonDialog *PeoplePage::addPerson()
{
    auto *dialog = new AddPersonDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User added = dialog->added();
        m_ui->searchEdit->clear();
        afterChange({}, added.id,
            (added.role == UserRole::Admin ? tr("%1 was added as admin.")
                                           : tr("%1 was added as event manager."))
                .arg(added.name));
    });
    dialog->open();
    return dialog;
}

void PeoplePage::toggleRole()
{
    const User *person = selectedPerson();
    if (!person)
        return;
    const User p = *person;
    const UserRole role = p.role == UserRole::Admin ? UserRole::EventManager : UserRole::Admin;
    change([id = p.id, role](const Database &db) { return UserRepository(db).setRole(id, role); },
        p.id,
        (role == UserRole::Admin ? tr("%1 is now an admin.") : tr("%1 is now an event manager."))
            .arg(p.name),
        [id = p.id, role] {
            if (id == Session::current().id && Session::current().role != role) {
                CurrentUser me = Session::current();
                me.role = role;
                Session::setCurrent(me);
            }
        });
}

void PeoplePage::toggleActive()
{
    const User *person = selectedPerson();
    if (!person)
        return;
    const User p = *person;
    change([id = p.id, active = !p.isActive](
               const Database &db) { return UserRepository(db).setActive(id, active); },
        p.id,
        p.isActive ? tr("%1 is disabled and cannot sign in.").arg(p.name)
                   : tr("%1 can sign in again.").arg(p.name));
}

ChangePasswordDialog *PeoplePage::resetPassword()
{
    const User *person = selectedPerson();
    if (!person)
        return nullptr;
    const User p = *person;
    auto *dialog
        = new ChangePasswordDialog(m_db, p, ChangePasswordDialog::Mode::ResetForSomeone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::passwordChanged, this,
        [this, p] { showMessage(tr("%1 has a new password.").arg(p.name), false); });
    dialog->open();
    return dialog;
}

QMessageBox *PeoplePage::removePerson()
{
    const User *person = selectedPerson();
    if (!person)
        return nullptr;
    const User p = *person;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Person"),
        tr("Remove %1 (%2)? They can no longer sign in, and this cannot be undone. "
           "People with activity in the log can only be disabled.")
            .arg(p.name, p.email),
        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // names what a person typed
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, p, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        change([id = p.id](const Database &db) { return UserRepository(db).removePerson(id); },
            QString(), tr("%1 was removed.").arg(p.name));
    });
    box->open();
    return box;
}

} // namespace VenueMap::Ui
