#include "venueeditor.h"
#include "plaintextlabels.h"
#include "spacestable.h"

#include "db/backgroundreader.h"
#include "repositories/spacerepository.h"

#include "domain/venue.h"
#include "domain/venuefieldparser.h"
#include "ui_venueeditor.h"

#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QTabBar>
#include <QTableWidget>

#include <algorithm>

namespace VenueMap::Ui {

using Core::VenueField;

VenueEditor::VenueEditor(const Core::Venue &venue, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::VenueEditor)
    , m_original(venue)
    , m_spaces(new SpacesTable)
{
    m_ui->setupUi(this);
    m_ui->spacesLayout->addWidget(m_spaces, 1);
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->spacesTab), false);
    m_ui->tabs->tabBar()->hide(); // one tab until the spaces are given
    connect(m_spaces, &SpacesTable::edited, this, &VenueEditor::followSpaces);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() != m_ui->spacesTab)
            return;
        // The table wants a laptop's width; the details keep theirs until then.
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        const int width = std::min(1240, room.width() - 40);
        if (this->width() < width) {
            resize(width, std::max(height(), std::min(640, room.height() - 60)));
            // Widened, it stays on the screen: Save and Cancel were pushed past its edge.
            QRect frame = frameGeometry();
            frame.moveLeft(std::clamp(frame.left(), room.left(), room.right() - frame.width()));
            frame.moveTop(std::clamp(frame.top(), room.top(), room.bottom() - frame.height()));
            move(frame.topLeft());
        }
    });
    m_ui->capacityNote->setWordWrap(true); // the note names a room and a layout: never cut off
    showLabelsAsPlainText(this);
    setWindowTitle(venue.isNew() ? tr("New Venue") : tr("Edit %1").arg(venue.name));
    m_ui->headerLabel->setText(venue.isNew() ? tr("New venue") : venue.name);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    setFields(venue);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VenueEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->facilitiesAddButton, &QPushButton::clicked, this, &VenueEditor::askForNewTerm);
    for (VenueField f : Core::allVenueFields()) {
        QWidget *editor = editorFor(f);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            connect(line, &QLineEdit::textEdited, this, [this, f] { recheck(f); });
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            connect(text, &QPlainTextEdit::textChanged, this, [this, f] { recheck(f); });
        else if (auto *list = qobject_cast<QListWidget *>(editor))
            connect(list, &QListWidget::itemChanged, this, [this, f] { recheck(f); });
    }
    // Changing name or city after a duplicate warning asks the question again.
    for (QLineEdit *e : { m_ui->nameEdit, m_ui->cityEdit }) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_duplicatesShown = false;
            m_ui->duplicateFrame->hide();
            m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
        });
    }
}

VenueEditor::~VenueEditor()
{
    delete m_ui;
}

static QString numberText(const std::optional<double> &v, int decimals)
{
    if (!v)
        return {};
    QString s = QString::number(*v, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

void VenueEditor::setFields(const Core::Venue &v)
{
    m_ui->nameEdit->setText(v.name);
    m_ui->addressEdit->setText(v.address);
    m_ui->cityEdit->setText(v.city);
    m_ui->countryEdit->setText(v.country);
    m_ui->capacityEdit->setText(v.capacity ? QString::number(*v.capacity) : QString());
    m_ui->ratingEdit->setText(v.rating ? QString::number(*v.rating, 'f', 1) : QString());
    QStringList labels;
    for (int i = 0; i < m_ui->facilitiesList->count(); ++i)
        labels << m_ui->facilitiesList->item(i)->data(Qt::UserRole).toString();
    m_ui->facilitiesList->clear();
    for (const QString &label : labels)
        addFacilityItem(label, v.facilities.contains(label));
    for (const QString &f : v.facilities)
        if (!labels.contains(f))
            addFacilityItem(f, true);
    m_ui->contactNameEdit->setText(v.contactName);
    m_ui->contactEmailEdit->setText(v.contactEmail);
    m_ui->contactPhoneEdit->setText(v.contactPhone);
    m_ui->websiteEdit->setText(v.website);
    m_ui->latitudeEdit->setText(numberText(v.latitude, 6));
    m_ui->longitudeEdit->setText(numberText(v.longitude, 6));
    m_ui->notesEdit->setPlainText(v.notes);
    if (m_spacesShown)
        followSpaces(); // a merged venue's capacity is still the spaces'
    m_shown = snapshot();
}

QWidget *VenueEditor::editorFor(VenueField field) const
{
    switch (field) {
    case VenueField::Name:
        return m_ui->nameEdit;
    case VenueField::Address:
        return m_ui->addressEdit;
    case VenueField::City:
        return m_ui->cityEdit;
    case VenueField::Country:
        return m_ui->countryEdit;
    case VenueField::Capacity:
        return m_ui->capacityEdit;
    case VenueField::Facilities:
        return m_ui->facilitiesList;
    case VenueField::Rating:
        return m_ui->ratingEdit;
    case VenueField::ContactName:
        return m_ui->contactNameEdit;
    case VenueField::ContactEmail:
        return m_ui->contactEmailEdit;
    case VenueField::ContactPhone:
        return m_ui->contactPhoneEdit;
    case VenueField::Website:
        return m_ui->websiteEdit;
    case VenueField::Notes:
        return m_ui->notesEdit;
    case VenueField::Latitude:
        return m_ui->latitudeEdit;
    case VenueField::Longitude:
        return m_ui->longitudeEdit;
    }
    return nullptr;
}

QLabel *VenueEditor::messageLabel(VenueField field) const
{
    switch (field) {
    case VenueField::Name:
        return m_ui->nameMessage;
    case VenueField::Address:
        return m_ui->addressMessage;
    case VenueField::City:
        return m_ui->cityMessage;
    case VenueField::Country:
        return m_ui->countryMessage;
    case VenueField::Capacity:
        return m_ui->capacityMessage;
    case VenueField::Facilities:
        return m_ui->facilitiesMessage;
    case VenueField::Rating:
        return m_ui->ratingMessage;
    case VenueField::ContactName:
        return m_ui->contactNameMessage;
    case VenueField::ContactEmail:
        return m_ui->contactEmailMessage;
    case VenueField::ContactPhone:
        return m_ui->contactPhoneMessage;
    case VenueField::Website:
        return m_ui->websiteMessage;
    case VenueField::Notes:
        return m_ui->notesMessage;
    case VenueField::Latitude:
        return m_ui->latitudeMessage;
    case VenueField::Longitude:
        return m_ui->longitudeMessage;
    }
    return nullptr;
}

QString VenueEditor::messageFor(VenueField field) const
{
    const QLabel *l = messageLabel(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void VenueEditor::addFacilityItem(const QString &label, bool checked)
{
    // Shown in the app's language; the book's label is what is ticked and saved.
    auto *item = new QListWidgetItem(Core::facilityLabel(label), m_ui->facilitiesList);
    item->setData(Qt::UserRole, label);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void VenueEditor::setFacilityChoices(const QStringList &labels)
{
    const bool unchanged = !hasChanges();
    const auto keepUnchanged = qScopeGuard([this, unchanged] {
        if (unchanged)
            m_shown = snapshot(); // offering more facilities is not an edit
    });
    const QStringList checked = checkedFacilities();
    QStringList all = labels;
    for (const QString &f : m_original.facilities)
        if (!all.contains(f))
            all << f;
    m_ui->facilitiesList->clear();
    for (const QString &label : all)
        addFacilityItem(label, checked.contains(label) || m_original.facilities.contains(label));
    // Columns as wide as the longest label, so that no label is cut.
    int widest = 0;
    for (const QString &label : all)
        widest = std::max(widest,
            m_ui->facilitiesList->fontMetrics().horizontalAdvance(Core::facilityLabel(label)));
    m_ui->facilitiesList->setGridSize(
        QSize(widest + 36, m_ui->facilitiesList->fontMetrics().height() + 6));
}

QString VenueEditor::snapshot() const
{
    QStringList parts;
    for (VenueField f : Core::allVenueFields()) {
        if (f == VenueField::Facilities) {
            QStringList ticked = checkedFacilities();
            ticked.sort(Qt::CaseInsensitive); // the offered list's order is not an edit
            parts << ticked.join(QLatin1Char('\n'));
        } else {
            parts << textOf(f);
        }
    }
    return parts.join(QChar(0x1f));
}

bool VenueEditor::hasChanges() const
{
    return snapshot() != m_shown || (m_spacesShown && m_spaces->hasChanges());
}

void VenueEditor::loadSpaces(const Core::Database &db)
{
    if (m_original.isNew()) {
        setSpaces({});
        return;
    }
    // The same connection the page re-read the venue on (DESIGN §4).
    const auto fetched = Core::runOnOwnConnection<QList<Core::VenueSpace>>(
        db, QStringLiteral("venue-edit"), [id = m_original.id](const Core::Database &own) {
            return Core::SpaceRepository(own).fetchSpaces(id);
        });
    if (!fetched) {
        setSpaces({});
        m_spacesShown = false; // nothing of them is saved
        m_spaces->setEnabled(false);
        m_ui->spacesLoadMessage->setText(
            tr("The spaces could not be read, so they cannot be edited now: %1")
                .arg(fetched.error().sentence()));
        m_ui->spacesLoadMessage->show();
        return;
    }
    setSpaces(*fetched);
}

void VenueEditor::setSpaces(const QList<Core::VenueSpace> &fetched)
{
    const bool unchanged = !hasChanges();
    m_spaces->setSpaces(fetched);
    m_spaces->setEnabled(true);
    m_ui->spacesLoadMessage->hide();
    m_spacesShown = true;
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->spacesTab), true);
    m_ui->tabs->tabBar()->show();
    followSpaces();
    if (unchanged)
        m_shown = snapshot(); // what the database holds is not an edit
}

void VenueEditor::showSpacesTab()
{
    m_ui->tabs->setCurrentWidget(m_ui->spacesTab);
}

std::optional<Core::VenueSpacesEdit> VenueEditor::spacesEdit() const
{
    if (!m_spacesShown || !m_spaces->hasChanges())
        return std::nullopt;
    return Core::VenueSpacesEdit { m_spaces->fetched(), m_spaces->spaces() };
}

QString VenueEditor::capacityNote() const
{
    return m_ui->capacityNote->isHidden() ? QString() : m_ui->capacityNote->text();
}

void VenueEditor::followSpaces()
{
    // The sentence under the form about the spaces goes once they can be saved.
    if (m_ui->formMessage->isVisible() && m_formMessageAboutSpaces
        && m_spaces->problems().isEmpty())
        m_ui->formMessage->hide();
    const QList<Core::VenueSpace> spaces = m_spaces->spaces();
    const Core::VenueSpace *largest = nullptr;
    Core::SpaceLayout layout = Core::SpaceLayout::Theatre;
    for (const Core::VenueSpace &s : spaces)
        for (auto it = s.capacities.cbegin(); it != s.capacities.cend(); ++it)
            if (!largest || it.value() > *largest->capacity(layout)) {
                largest = &s;
                layout = it.key();
            }
    QLineEdit *capacity = m_ui->capacityEdit;
    if (!largest) {
        capacity->setReadOnly(false);
        capacity->setMaximumWidth(QWIDGETSIZE_MAX);
        capacity->setPalette(QPalette());
        m_ui->capacityNote->hide();
        return;
    }
    // A number typed here would be overwritten by the rooms' largest: it is shown, not typed,
    // and looks it.
    const int value = *largest->capacity(layout);
    capacity->setText(QString::number(value));
    capacity->setReadOnly(true);
    capacity->setMaximumWidth(
        capacity->fontMetrics().horizontalAdvance(QStringLiteral("1000000")) + 24);
    QPalette shown = capacity->palette();
    shown.setColor(QPalette::Base, shown.color(QPalette::Window));
    capacity->setPalette(shown);
    m_ui->capacityNote->setText(
        tr("Set by the spaces: the largest is %1, %2 guests for %3.")
            .arg(largest->name.isEmpty() ? tr("an unnamed space") : largest->name,
                QLocale().toString(value), Core::spaceLayoutLabel(layout)));
    m_ui->capacityNote->show();
    messageLabel(VenueField::Capacity)->hide();
}

void VenueEditor::discard()
{
    if (m_question)
        m_question->close();
    QDialog::reject();
}

void VenueEditor::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    if (m_question)
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Changes?"),
        m_original.id.isEmpty()
            ? tr("This new venue has not been saved. Discard what you typed?")
            : tr("Your changes to %1 have not been saved. Discard them?").arg(m_original.name),
        QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText); // the name is the venue's, shown as it is
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        m_question = nullptr;
        if (box->clickedButton() == discard)
            QDialog::reject();
    });
    box->open();
}

QStringList VenueEditor::checkedFacilities() const
{
    QStringList out;
    for (int i = 0; i < m_ui->facilitiesList->count(); ++i)
        if (m_ui->facilitiesList->item(i)->checkState() == Qt::Checked)
            out << m_ui->facilitiesList->item(i)->data(Qt::UserRole).toString();
    return out;
}

void VenueEditor::setTermAdder(TermAdder adder)
{
    m_termAdder = std::move(adder);
    m_ui->facilitiesAddButton->setVisible(bool(m_termAdder));
    m_ui->facilitiesHint->setVisible(!m_termAdder);
}

void VenueEditor::askForNewTerm()
{
    if (!m_termAdder)
        return;
    const QString typed = QInputDialog::getText(
        this, tr("New Facility"), tr("Name of the facility, as it should appear everywhere:"));
    if (!typed.trimmed().isEmpty())
        addTerm(typed);
}

bool VenueEditor::addTerm(const QString &typed)
{
    if (!m_termAdder)
        return false;
    QString error;
    const std::optional<QString> label = m_termAdder(typed, &error);
    if (!label) {
        showFieldMessage(VenueField::Facilities, error);
        return false;
    }
    messageLabel(VenueField::Facilities)->hide();
    for (int i = 0; i < m_ui->facilitiesList->count(); ++i)
        if (m_ui->facilitiesList->item(i)->text() == *label) {
            m_ui->facilitiesList->item(i)->setCheckState(Qt::Checked);
            return true;
        }
    addFacilityItem(*label, true);
    return true;
}

QString VenueEditor::textOf(VenueField field) const
{
    // Facilities as the field parser reads them: separated by ';' (a label may hold a comma).
    if (field == VenueField::Facilities)
        return checkedFacilities().join(QStringLiteral("; "));
    if (field == VenueField::Notes)
        return m_ui->notesEdit->toPlainText();
    return static_cast<QLineEdit *>(editorFor(field))->text().trimmed();
}

void VenueEditor::clearMessages()
{
    for (VenueField f : Core::allVenueFields())
        messageLabel(f)->hide();
    m_ui->formMessage->hide();
}

void VenueEditor::showFieldMessage(VenueField field, const QString &message)
{
    QLabel *l = messageLabel(field);
    l->setText(message);
    l->show();
}

void VenueEditor::showFormMessage(const QString &message)
{
    m_ui->formMessage->setText(message);
    m_ui->formMessage->show();
    m_formMessageAboutSpaces = false;
}

void VenueEditor::showColleagueChange(const QString &sentence)
{
    showFormMessage(sentence);
    auto *review = m_ui->buttonBox->findChild<QPushButton *>(QStringLiteral("reviewChangeButton"));
    if (!review) {
        review
            = m_ui->buttonBox->addButton(tr("Review Their Change…"), QDialogButtonBox::ActionRole);
        review->setObjectName(QStringLiteral("reviewChangeButton"));
        review->setToolTip(tr("Compare your version with the one your colleague saved, field by "
                              "field, and choose what to keep."));
        connect(review, &QPushButton::clicked, this, &VenueEditor::reviewChangeRequested);
    }
    review->show();
}

QList<Core::VenueFieldProblem> VenueEditor::problemsOf(Core::Venue &v) const
{
    QList<Core::VenueFieldProblem> problems;
    // The importer's rules and sentences (VenueFieldParser), then what the book itself refuses.
    for (VenueField f : Core::allVenueFields())
        if (auto problem = Core::VenueFieldParser::parse(f, textOf(f), v))
            problems.append({ f, *problem });
    for (const auto &p : Core::validateVenue(v))
        if (std::none_of(problems.cbegin(), problems.cend(),
                [&p](const auto &q) { return q.field == p.field; }))
            problems.append(p);
    return problems;
}

void VenueEditor::recheck(VenueField field)
{
    // Only a field that was refused is checked as it is edited: its sentence goes as soon as
    // the value is right (or changes to the new reason), instead of standing until Save.
    QLabel *l = messageLabel(field);
    if (l->isHidden())
        return;
    Core::Venue v = m_original;
    const auto problems = problemsOf(v);
    const auto own = std::find_if(
        problems.cbegin(), problems.cend(), [field](const auto &p) { return p.field == field; });
    if (own == problems.cend())
        l->hide();
    else
        l->setText(own->message);
}

std::optional<Core::Venue> VenueEditor::readForm()
{
    clearMessages();
    Core::Venue v = m_original;
    const auto problems = problemsOf(v);
    for (const auto &p : problems)
        showFieldMessage(p.field, p.message);
    if (!problems.isEmpty()) {
        editorFor(problems.first().field)->setFocus();
        return std::nullopt;
    }
    return v;
}

void VenueEditor::showDuplicates(const QList<Core::Venue> &matches)
{
    QStringList lines;
    for (const Core::Venue &m : matches.mid(0, 3))
        lines << QStringLiteral("<b>%1</b>, %2%3")
                     .arg(m.name.toHtmlEscaped(), m.city.toHtmlEscaped(),
                         m.address.isEmpty() ? QString()
                                             : QStringLiteral(" — ") + m.address.toHtmlEscaped());
    m_ui->duplicateLabel->setTextFormat(Qt::RichText); // built from escaped values
    m_ui->duplicateLabel->setText(
        tr("The book already has a venue with this name in this city:<br>%1<br>"
           "Press Save Anyway to add another one, or Cancel to keep the book as it is.")
            .arg(lines.join(QStringLiteral("<br>"))));
    m_ui->duplicateFrame->show();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save Anyway"));
    m_duplicatesShown = true;
}

void VenueEditor::setSaving(bool saving)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!saving);
}

void VenueEditor::save()
{
    auto v = readForm();
    if (!v)
        return;
    if (m_spacesShown) {
        // Nothing is saved while a space is wrong; every sentence is shown, nothing typed goes.
        const QStringList problems = m_spaces->problems();
        m_spaces->showProblems(problems);
        if (!problems.isEmpty()) {
            showFormMessage(problems.size() == 1
                    ? tr("One thing about the spaces needs fixing before saving (Spaces tab).")
                    : tr("%1 things about the spaces need fixing before saving (Spaces tab).")
                          .arg(problems.size()));
            m_formMessageAboutSpaces = true;
            showSpacesTab();
            return;
        }
    }
    Q_EMIT saveRequested(*v);
}

} // namespace VenueMap::Ui
