#include "emptystate.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace VenueMap::Ui {

EmptyState::EmptyState(QAbstractScrollArea *view)
    : QWidget(view->viewport())
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_label->setObjectName(QStringLiteral("emptyLabel"));
    m_button->setObjectName(QStringLiteral("emptyAction"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #555; font-size: 11pt;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    // In the upper middle of the list, whatever its size.
    auto *around = new QVBoxLayout(view->viewport());
    around->addStretch(1);
    around->addWidget(this);
    around->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    hide();
}

void EmptyState::showText(const QString &text, const QString &action)
{
    m_label->setText(text);
    m_button->setText(action);
    m_button->setVisible(!action.isEmpty());
    show();
}

QString EmptyState::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace VenueMap::Ui
