#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace VenueMap::Ui {

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto *image = new QLabel(this);
    image->setPixmap(icon.pixmap(72, 72));
    image->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description, this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setFixedWidth(460); // a fixed width lets the wrapped text take the height it needs
    QPalette muted = text->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    text->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(image);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace VenueMap::Ui
