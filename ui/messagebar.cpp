#include "messagebar.h"
#include "domain/plaintext.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace VenueMap::Ui {

using namespace std::chrono_literals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_action(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    m_label->setTextFormat(Qt::PlainText); // sentences name venues and projects
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 2, 4, 2);
    layout->setSpacing(6);
    // One line, whatever the sentence: the label never asks for more width or height than a
    // line (it elides), so a long message neither grows the bar nor widens the window.
    m_label->setWordWrap(false);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(0);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->hide();
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const int line = qMax(fontMetrics().height() + 8, m_close->sizeHint().height());
    setFixedHeight(line + 6);
    m_label->installEventFilter(this);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        if (underMouse()) // being read, or about to be clicked
            m_hideTimer->start(2s);
        else
            hide();
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

std::chrono::milliseconds MessageBar::autoHideAfter(Kind kind)
{
    switch (kind) {
    case Kind::Info:
    case Kind::Success:
        return 6s;
    case Kind::Warning:
    case Kind::Error:
        return 12s;
    }
    return 6s;
}

void MessageBar::showMessage(const QString &text, Kind kind, Lifetime lifetime)
{
    QString bg, border;
    switch (kind) {
    case Kind::Info:
        bg = QStringLiteral("#e8f0fb");
        border = QStringLiteral("#8fb0e0");
        break;
    case Kind::Success:
        bg = QStringLiteral("#e6f4ea");
        border = QStringLiteral("#8cc69b");
        break;
    case Kind::Warning:
        bg = QStringLiteral("#fff6dc");
        border = QStringLiteral("#e2c36b");
        break;
    case Kind::Error:
        bg = QStringLiteral("#fde8e6");
        border = QStringLiteral("#e29a92");
        break;
    }
    setStyleSheet(
        QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(bg, border));
    m_text = text;
    m_details.clear();
    if (QAction *offered = m_action->defaultAction()) {
        m_action->removeAction(offered);
        m_action->setDefaultAction(nullptr);
    }
    m_action->hide();
    floatOverContent(); // out of the layout before it is ever visible there
    show();
    elide();
    if (lifetime == Lifetime::Stay)
        m_hideTimer->stop();
    else
        m_hideTimer->start(autoHideAfter(kind));
}

void MessageBar::showMessage(const QString &text, Kind kind, QAction *action)
{
    showMessage(text, kind);
    if (!action)
        return;
    m_action->setDefaultAction(action);
    m_action->setVisible(true);
    m_hideTimer->start(qMax(autoHideAfter(kind), autoHideAfter(Kind::Warning)));
    elide(); // the button took some of the label's width
}

QString MessageBar::actionText() const
{
    const QAction *offered = m_action->defaultAction();
    return !isHidden() && offered ? offered->text() : QString();
}

void MessageBar::triggerAction()
{
    if (QAction *offered = m_action->defaultAction())
        offered->trigger();
}

void MessageBar::showError(const Core::DbError &error)
{
    const bool mild = error.kind == Core::DbError::Kind::Validation
        || error.kind == Core::DbError::Kind::Conflict;
    showMessage(error.sentence(), mild ? Kind::Warning : Kind::Error);
    m_details = error.details();
    elide();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text : QString();
}

bool MessageBar::isAutoHiding() const
{
    return m_hideTimer->isActive();
}

namespace {

// The layout under `layout` (itself or a nested one) that holds `widget`, and its index there.
std::pair<QLayout *, int> findInLayout(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return { nullptr, -1 };
    const int index = layout->indexOf(widget);
    if (index >= 0)
        return { layout, index };
    for (int i = 0; i < layout->count(); ++i) {
        const auto found = findInLayout(layout->itemAt(i)->layout(), widget);
        if (found.first)
            return found;
    }
    return { nullptr, -1 };
}

} // namespace

void MessageBar::floatOverContent()
{
    if (m_floating || !parentWidget())
        return;
    m_floating = true;
    auto [layout, index] = findInLayout(parentWidget()->layout(), this);
    if (layout) {
        // The first widget after the bar in its layout is the content it floats over.
        for (int i = index + 1; i < layout->count() && !m_host; ++i)
            m_host = layout->itemAt(i)->widget();
        layout->removeWidget(this);
        layout->activate();
    }
    if (!m_host)
        m_host = parentWidget();
    // A scroll area's bottom edge is its horizontal scroll bar; the bar floats above it.
    if (auto *area = qobject_cast<QAbstractScrollArea *>(m_host.data()))
        m_host = area->viewport();
    // Whatever moves or resizes the content, from it up to the page, places the bar again.
    for (QWidget *w = m_host; w; w = w == parentWidget() ? nullptr : w->parentWidget())
        w->installEventFilter(this);
}

void MessageBar::placeOverContent()
{
    if (!m_host || !parentWidget())
        return;
    const int margin = 8;
    const QPoint topLeft
        = m_host == parentWidget() ? QPoint(0, 0) : m_host->mapTo(parentWidget(), QPoint(0, 0));
    const QRect area(topLeft, m_host->size());
    const int w = qMax(0, area.width() - 2 * margin);
    setGeometry(area.left() + margin, area.bottom() + 1 - height() - margin, w, height());
    raise();
}

void MessageBar::showEvent(QShowEvent *event)
{
    floatOverContent();
    placeOverContent();
    QFrame::showEvent(event);
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_label && isVisible()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move
            || event->type() == QEvent::LayoutRequest))
        placeOverContent();
    // The label's width is known once its layout placed it; the sentence is elided to it.
    if (watched == m_label && event->type() == QEvent::Resize)
        elide();
    return QFrame::eventFilter(watched, event);
}

void MessageBar::elide()
{
    const QString shown
        = m_label->fontMetrics().elidedText(m_text, Qt::ElideRight, qMax(0, m_label->width()));
    m_label->setText(shown);
    // The whole sentence when it did not fit, and the technical details of an error.
    QStringList tip;
    if (shown != m_text)
        tip << m_text;
    if (!m_details.isEmpty())
        tip << m_details;
    m_label->setToolTip(
        tip.isEmpty() ? QString() : Core::plainTextToolTip(tip.join(QStringLiteral("\n\n"))));
}

} // namespace VenueMap::Ui
