#include "declinedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using namespace Core;

DeclineDialog::DeclineDialog(const QString &venueName, const QString &clientName, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Why Did %1 Decline?").arg(venueName));
    m_explanation->setTextFormat(Qt::PlainText); // names the venue and the client
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("Choose the reason to mark %1 declined. It is shown to whoever "
                              "shortlists %1 for %2 again, and counted in Reports.")
                               .arg(venueName, clientName));
    m_reason->setObjectName(QStringLiteral("declineReason"));
    // No reason is chosen for the person: the placeholder shows until they pick one.
    m_reason->setPlaceholderText(tr("Choose a reason…"));
    for (DeclineCode c : allDeclineCodes())
        m_reason->addItem(declineCodeLabel(c), int(c));
    m_reason->setCurrentIndex(-1);
    m_note->setObjectName(QStringLiteral("declineNote"));
    m_note->setPlaceholderText(tr("Optional: what the venue said"));
    m_note->setMaxLength(500);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Mark declined"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("markDeclinedButton"));
    m_ok->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DeclineDialog::follow);
    follow();
    resize(460, sizeHint().height());
}

std::optional<DeclineCode> DeclineDialog::code() const
{
    if (m_reason->currentIndex() < 0)
        return std::nullopt;
    return DeclineCode(m_reason->currentData().toInt());
}

void DeclineDialog::setCode(DeclineCode code)
{
    m_reason->setCurrentIndex(m_reason->findData(int(code)));
}

QString DeclineDialog::note() const
{
    return m_note->text().trimmed();
}

void DeclineDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

QString DeclineDialog::reasonText() const
{
    const auto c = code();
    return c ? declineReasonText(*c, note()) : QString();
}

QString DeclineDialog::explanation() const
{
    return m_explanation->text();
}

void DeclineDialog::follow()
{
    const bool chosen = code().has_value();
    m_ok->setEnabled(chosen);
    m_ok->setToolTip(chosen ? QString() : tr("Choose the reason first."));
}

} // namespace VenueMap::Ui
