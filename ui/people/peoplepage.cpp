#include "peoplepage.h"
#include "plaintextlabels.h"
#include "ui_peoplepage.h"

#include "addpersondialog.h"
#include "auth/changepassworddialog.h"
#include "auth/session.h"
#include "itemmodels/peoplemodel.h"
#include "logging.h"
#include "readonlyedits.h"
#include "repositories/userrepository.h"
#include "tableheader.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace VenueMap::Ui {

using namespace VenueMap::Core;

PeoplePage::PeoplePage(Database db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new ::Ui::PeoplePage)
    , m_db(std::move(db))
    , m_model(new PeopleModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    m_ui->subtitleLabel->setText(QStringLiteral("Everybody who signs in to this database. Event "
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
        auto access = UserRepository(m_db).accessState();
        m_ui->accessLabel->setText(access && !access->ready()
                ? access->problem()
                : QStringLiteral(
                    "Each person signs in with their own PostgreSQL login; the database "
                    "itself refuses what their role may not do."));
    } else {
        m_ui->accessLabel->setText(
            QStringLiteral("In an embedded file VenueMap itself checks roles: anyone who can copy "
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
    const User *selected = selectedPerson();
    const QString keep = selected ? selected->id : QString();
    auto people = UserRepository(m_db).fetchAll(m_ui->searchEdit->text());
    if (!people) {
        showMessage(people.error().sentence(), true);
        return;
    }
    auto elsewhere = UserRepository(m_db).fetchIdsManagedElsewhere();
    m_managedElsewhere = elsewhere ? *elsewhere : QSet<QString>();
    m_model->setPeople(*people);
    if (!keep.isEmpty())
        selectPerson(keep);
    updateButtons();
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
    m_ui->roleButton->setText(person && person->role == UserRole::Admin
            ? QStringLiteral("Make Event Manager")
            : QStringLiteral("Make Admin"));
    m_ui->activeButton->setText(
        person && !person->isActive ? QStringLiteral("&Enable") : QStringLiteral("&Disable"));
    const QString tip = elsewhere ? UserRepository::managedElsewhereSentence()
        : self
        ? QStringLiteral("Another admin does this for you; your own password is under Account.")
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
    refresh();
    selectPerson(id);
}

AddPersonDialog *PeoplePage::addPerson()
{
    auto *dialog = new AddPersonDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const User added = dialog->added();
        m_ui->searchEdit->clear();
        afterChange({}, added.id,
            QStringLiteral("%1 was added as %2.")
                .arg(added.name, userRoleTitle(added.role).toLower()));
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
    afterChange(UserRepository(m_db).setRole(p.id, role), p.id,
        QStringLiteral("%1 is now %2.")
            .arg(p.name,
                role == UserRole::Admin ? QStringLiteral("an admin")
                                        : QStringLiteral("an event manager")));
    if (p.id == Session::current().id && selectedPerson()
        && selectedPerson()->role != Session::current().role) {
        CurrentUser me = Session::current();
        me.role = role;
        Session::setCurrent(me);
    }
}

void PeoplePage::toggleActive()
{
    const User *person = selectedPerson();
    if (!person)
        return;
    const User p = *person;
    afterChange(UserRepository(m_db).setActive(p.id, !p.isActive), p.id,
        p.isActive ? QStringLiteral("%1 is disabled and cannot sign in.").arg(p.name)
                   : QStringLiteral("%1 can sign in again.").arg(p.name));
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
        [this, p] { showMessage(QStringLiteral("%1 has a new password.").arg(p.name), false); });
    dialog->open();
    return dialog;
}

QMessageBox *PeoplePage::removePerson()
{
    const User *person = selectedPerson();
    if (!person)
        return nullptr;
    const User p = *person;
    auto *box = new QMessageBox(QMessageBox::Question, QStringLiteral("Remove Person"),
        QStringLiteral("Remove %1 (%2)? They can no longer sign in, and this cannot be undone. "
                       "People with activity in the log can only be disabled.")
            .arg(p.name, p.email),
        QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // names what a person typed
    QPushButton *remove = box->addButton(QStringLiteral("Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, p, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        afterChange(UserRepository(m_db).removePerson(p.id), QString(),
            QStringLiteral("%1 was removed.").arg(p.name));
    });
    box->open();
    return box;
}

} // namespace VenueMap::Ui
