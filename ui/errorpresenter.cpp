#include "errorpresenter.h"

#include "logging.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QStyle>

namespace VenueMap::Ui {

namespace {
const char *const kChoiceProperty = "venuemapChoice";

void addChoice(QMessageBox *box, const QString &text, QMessageBox::ButtonRole role,
    ErrorPresenter::Choice choice)
{
    QAbstractButton *button = box->addButton(text, role);
    button->setProperty(kChoiceProperty, static_cast<int>(choice));
}
} // namespace

QMessageBox *ErrorPresenter::create(
    QWidget *parent, const Core::DbError &error, Offer offer, const QString &title)
{
    qCWarning(lcErrors).noquote()
        << error.sentence() << "|"
        << QString(error.details()).replace(QLatin1Char('\n'), QLatin1String(" | "));
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    // The style's own warning icon at the box's size (QMessageBox's lookup finds none without an
    // icon theme).
    const int iconSize = box->style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, box);
    box->setIconPixmap(box->style()
                           ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, box)
                           .pixmap(iconSize, iconSize));
    box->setWindowTitle(title.isEmpty() ? tr("VenueMap") : title);
    box->setText(error.sentence());
    box->setTextFormat(Qt::PlainText);
    const QString details = error.details();
    if (!details.isEmpty())
        box->setDetailedText(details); // adds the "Show Details..." button
    switch (offer) {
    case Offer::Close:
        addChoice(box, tr("Close"), QMessageBox::AcceptRole, Choice::Close);
        break;
    case Offer::ConnectOrQuit:
        addChoice(box, tr("Choose Another Connection…"), QMessageBox::AcceptRole,
            Choice::ChooseConnection);
        addChoice(box, tr("Quit"), QMessageBox::RejectRole, Choice::Quit);
        break;
    case Offer::ConnectOrKeep:
        addChoice(box, tr("Choose Another Connection…"), QMessageBox::AcceptRole,
            Choice::ChooseConnection);
        addChoice(box, tr("Keep Current Connection"), QMessageBox::RejectRole, Choice::KeepCurrent);
        break;
    }
    const auto buttons = box->buttons();
    for (QAbstractButton *b : buttons) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            box->setDefaultButton(qobject_cast<QPushButton *>(b));
        if (box->buttonRole(b) == QMessageBox::RejectRole)
            box->setEscapeButton(b);
    }
    return box;
}

ErrorPresenter::Choice ErrorPresenter::choiceOf(const QMessageBox *box)
{
    const QAbstractButton *clicked = box->clickedButton();
    if (!clicked) { // closed with Escape or the window's close button
        const QAbstractButton *escape = box->escapeButton();
        return escape ? static_cast<Choice>(escape->property(kChoiceProperty).toInt())
                      : Choice::Close;
    }
    const QVariant v = clicked->property(kChoiceProperty);
    return v.isValid() ? static_cast<Choice>(v.toInt()) : Choice::Close;
}

void ErrorPresenter::show(QWidget *parent, const Core::DbError &error, const QString &title)
{
    QMessageBox *box = create(parent, error, Offer::Close, title);
    box->exec();
}

} // namespace VenueMap::Ui
