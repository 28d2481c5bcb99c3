#include "venueeditor.h"
#include "plaintextlabels.h"

#include "ui_venueeditor.h"

#include <QPushButton>

#include <cmath>

namespace VenueMap::Ui {

using Core::VenueField;

VenueEditor::VenueEditor(const Core::Venue &venue, QWidget *parent)
    : QDialog(parent), m_ui(new ::Ui::VenueEditor), m_original(venue)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this);
    setWindowTitle(venue.isNew() ? tr("New venue") : tr("Edit venue"));
    m_ui->headerLabel->setText(venue.isNew() ? tr("New venue") : venue.name);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    setFields(venue);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VenueEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Changing name or city after a duplicate warning asks the question again.
    for (QLineEdit *e : {m_ui->nameEdit, m_ui->cityEdit}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_duplicatesShown = false;
            m_ui->duplicateFrame->hide();
            m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
        });
    }
}

VenueEditor::~VenueEditor() { delete m_ui; }

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
    m_ui->facilitiesEdit->setText(v.facilities.join(QStringLiteral(", ")));
    m_ui->contactNameEdit->setText(v.contactName);
    m_ui->contactEmailEdit->setText(v.contactEmail);
    m_ui->contactPhoneEdit->setText(v.contactPhone);
    m_ui->websiteEdit->setText(v.website);
    m_ui->latitudeEdit->setText(numberText(v.latitude, 6));
    m_ui->longitudeEdit->setText(numberText(v.longitude, 6));
    m_ui->notesEdit->setPlainText(v.notes);
}

QWidget *VenueEditor::editorFor(VenueField field) const
{
    switch (field) {
    case VenueField::Name: return m_ui->nameEdit;
    case VenueField::Address: return m_ui->addressEdit;
    case VenueField::City: return m_ui->cityEdit;
    case VenueField::Country: return m_ui->countryEdit;
    case VenueField::Capacity: return m_ui->capacityEdit;
    case VenueField::Facilities: return m_ui->facilitiesEdit;
    case VenueField::Rating: return m_ui->ratingEdit;
    case VenueField::ContactName: return m_ui->contactNameEdit;
    case VenueField::ContactEmail: return m_ui->contactEmailEdit;
    case VenueField::ContactPhone: return m_ui->contactPhoneEdit;
    case VenueField::Website: return m_ui->websiteEdit;
    case VenueField::Notes: return m_ui->notesEdit;
    case VenueField::Latitude: return m_ui->latitudeEdit;
    case VenueField::Longitude: return m_ui->longitudeEdit;
    }
    return nullptr;
}

QLabel *VenueEditor::messageLabel(VenueField field) const
{
    switch (field) {
    case VenueField::Name: return m_ui->nameMessage;
    case VenueField::Address: return m_ui->addressMessage;
    case VenueField::City: return m_ui->cityMessage;
    case VenueField::Country: return m_ui->countryMessage;
    case VenueField::Capacity: return m_ui->capacityMessage;
    case VenueField::Facilities: return m_ui->facilitiesMessage;
    case VenueField::Rating: return m_ui->ratingMessage;
    case VenueField::ContactName: return m_ui->contactNameMessage;
    case VenueField::ContactEmail: return m_ui->contactEmailMessage;
    case VenueField::ContactPhone: return m_ui->contactPhoneMessage;
    case VenueField::Website: return m_ui->websiteMessage;
    case VenueField::Notes: return m_ui->notesMessage;
    case VenueField::Latitude: return m_ui->latitudeMessage;
    case VenueField::Longitude: return m_ui->longitudeMessage;
    }
    return nullptr;
}

QString VenueEditor::messageFor(VenueField field) const
{
    const QLabel *l = messageLabel(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString VenueEditor::textOf(VenueField field) const
{
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
}

static std::optional<double> parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    QString t = text;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = t.toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<Core::Venue> VenueEditor::readForm()
{
    clearMessages();
    Core::Venue v = m_original;
    QList<Core::VenueFieldProblem> problems;
    v.name = textOf(VenueField::Name);
    v.address = textOf(VenueField::Address);
    v.city = textOf(VenueField::City);
    v.country = textOf(VenueField::Country);
    v.contactName = textOf(VenueField::ContactName);
    v.contactEmail = textOf(VenueField::ContactEmail);
    v.contactPhone = textOf(VenueField::ContactPhone);
    v.website = textOf(VenueField::Website);
    v.notes = m_ui->notesEdit->toPlainText().trimmed();
    v.facilities.clear();
    for (const QString &f : textOf(VenueField::Facilities).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!f.trimmed().isEmpty() && !v.facilities.contains(f.trimmed()))
            v.facilities << f.trimmed();

    const QString capacity = textOf(VenueField::Capacity);
    v.capacity.reset();
    if (!capacity.isEmpty()) {
        bool ok = false;
        const int n = QString(capacity).remove(QLatin1Char(' ')).remove(QLatin1Char(',')).toInt(&ok);
        if (ok)
            v.capacity = n;
        else
            problems.append({VenueField::Capacity, tr("Capacity is a whole number of guests, like 250.")});
    }
    bool ok = true;
    v.rating = parseNumber(textOf(VenueField::Rating), &ok);
    if (!ok)
        problems.append({VenueField::Rating, tr("Rating is a number from 0 to 5, like 4.5.")});
    v.latitude = parseNumber(textOf(VenueField::Latitude), &ok);
    if (!ok)
        problems.append({VenueField::Latitude, tr("Latitude is a number from -90 to 90.")});
    v.longitude = parseNumber(textOf(VenueField::Longitude), &ok);
    if (!ok)
        problems.append({VenueField::Longitude, tr("Longitude is a number from -180 to 180.")});
    for (const auto &p : Core::validateVenue(v))
        if (std::none_of(problems.cbegin(), problems.cend(), [&p](const auto &q) { return q.field == p.field; }))
            problems.append(p);
    if (v.rating && problems.isEmpty())
        v.rating = std::round(*v.rating * 10.0) / 10.0;

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
                          m.address.isEmpty() ? QString() : QStringLiteral(" — ") + m.address.toHtmlEscaped());
    m_ui->duplicateLabel->setTextFormat(Qt::RichText); // built from escaped values
    m_ui->duplicateLabel->setText(tr("The book already has a venue with this name in this city:<br>%1<br>"
                                     "Press Save Anyway to add another one, or Cancel to keep the book as it is.")
                                      .arg(lines.join(QStringLiteral("<br>"))));
    m_ui->duplicateFrame->show();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save Anyway"));
    m_duplicatesShown = true;
}

void VenueEditor::save()
{
    if (auto v = readForm())
        Q_EMIT saveRequested(*v);
}

} // namespace VenueMap::Ui
