#include "venueconflictdialog.h"
#include "domain/language.h"
#include "domain/plaintext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace VenueMap::Ui {

using Core::VenueField;

VenueConflictDialog::VenueConflictDialog(
    const Core::Venue &mine, const Core::Venue &theirs, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
{
    setWindowTitle(tr("Someone Else Saved This Venue"));
    m_fields = Core::differingVenueFields(mine, theirs);

    auto *intro
        = new QLabel(tr("A colleague saved <b>%1</b> at %2 while you were editing it. "
                        "For each field that differs, choose the value to keep.")
                         .arg(theirs.name.toHtmlEscaped(), Core::displayDateTime(theirs.updatedAt)),
            this);
    intro->setTextFormat(Qt::RichText); // the name is escaped
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    auto header = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setTextFormat(Qt::PlainText);
        l->setStyleSheet(QStringLiteral("font-weight: 600;"));
        return l;
    };
    grid->addWidget(header(tr("Field")), 0, 0);
    grid->addWidget(header(tr("Their version")), 0, 1);
    grid->addWidget(header(tr("Your version")), 0, 2);
    int row = 1;
    for (VenueField f : m_fields) {
        auto *group = new QButtonGroup(this);
        auto *theirsButton = new QRadioButton(this);
        auto *mineButton = new QRadioButton(this);
        const QString theirText = Core::venueFieldText(theirs, f);
        const QString myText = Core::venueFieldText(mine, f);
        theirsButton->setText(theirText.isEmpty() ? tr("(empty)") : theirText.left(120));
        mineButton->setText(myText.isEmpty() ? tr("(empty)") : myText.left(120));
        theirsButton->setToolTip(Core::plainTextToolTip(theirText));
        mineButton->setToolTip(Core::plainTextToolTip(myText));
        group->addButton(theirsButton);
        group->addButton(mineButton);
        mineButton->setChecked(true); // what the person typed, unless they choose otherwise
        m_theirButtons.insert(int(f), theirsButton);
        m_mineButtons.insert(int(f), mineButton);
        grid->addWidget(new QLabel(Core::venueFieldLabel(f), this), row, 0);
        grid->addWidget(theirsButton, row, 1);
        grid->addWidget(mineButton, row, 2);
        ++row;
    }
    if (m_fields.isEmpty())
        grid->addWidget(
            new QLabel(tr("Their changes and yours are the same."), this), row, 0, 1, 3);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mineAll = buttons->addButton(tr("Keep All Mine"), QDialogButtonBox::ActionRole);
    QPushButton *theirsAll
        = buttons->addButton(tr("Take All Theirs"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("Save Choice"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    save->setDefault(true);
    connect(mineAll, &QPushButton::clicked, this, &VenueConflictDialog::keepMine);
    connect(theirsAll, &QPushButton::clicked, this, &VenueConflictDialog::takeTheirs);
    connect(save, &QPushButton::clicked, this, [this] {
        Q_EMIT resolved(merged());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

void VenueConflictDialog::choose(VenueField field, Side side)
{
    auto *b
        = side == Side::Mine ? m_mineButtons.value(int(field)) : m_theirButtons.value(int(field));
    if (b)
        b->setChecked(true);
}

void VenueConflictDialog::chooseAll(Side side)
{
    for (VenueField f : m_fields)
        choose(f, side);
}

Core::Venue VenueConflictDialog::merged() const
{
    Core::Venue out = m_theirs;
    for (VenueField f : m_fields)
        if (m_mineButtons.value(int(f))->isChecked())
            Core::copyVenueField(m_mine, out, f);
    return out;
}

void VenueConflictDialog::keepMine()
{
    chooseAll(Side::Mine);
    Q_EMIT resolved(merged());
    accept();
}

void VenueConflictDialog::takeTheirs()
{
    chooseAll(Side::Theirs);
    Q_EMIT resolved(merged());
    accept();
}

} // namespace VenueMap::Ui
