// Issue 15: every page and dialog of the app opened in French and in Dutch (English as the
// control) on a 1366×768 screen, with sample data in a real database (both backends), grabbed,
// and checked for texts wider than their space: a label, button, tick box, tab, group title,
// column title, combo box, spin box, placeholder or menu bar whose text is cut, and windows
// larger than the screen. Data in table cells may be cut short (elided) and is not checked.
// VENUEMAP_SCREENSHOTS=/folder saves <lang>-<page>.png of each.
#include "auth/session.h"
#include "testdatabase.h"
#include "uitesthelpers.h"
#include "workflowbook.h"

#include "aboutdialog.h"
#include "attachmentslist.h"
#include "auth/changepassworddialog.h"
#include "auth/firstadmindialog.h"
#include "auth/myprofiledialog.h"
#include "auth/signindialog.h"
#include "catering/cateringdialog.h"
#include "catering/cateringpage.h"
#include "connectiondialog.h"
#include "demo/demogenerator.h"
#include "domain/language.h"
#include "emailtemplatesdialog.h"
#include "firststartdialog.h"
#include "importexport/importdialog.h"
#include "importexport/importhistorydialog.h"
#include "itemmodels/cateringmodel.h"
#include "itemmodels/projectlistmodel.h"
#include "itemmodels/shortlistmodel.h"
#include "itemmodels/venuelistmodel.h"
#include "mainwindow.h"
#include "migrationdialog.h"
#include "pages.h"
#include "passworddialog.h"
#include "people/addpersondialog.h"
#include "people/peoplepage.h"
#include "preferencesdialog.h"
#include "projects/activitypanel.h"
#include "projects/addvenuesdialog.h"
#include "projects/attachmentsdialog.h"
#include "projects/clientspanel.h"
#include "projects/declinedialog.h"
#include "projects/emaildraftdialog.h"
#include "projects/holdspanel.h"
#include "projects/outreachpanel.h"
#include "projects/projectdialog.h"
#include "projects/projectspage.h"
#include "projects/projectworkspace.h"
#include "projects/quotesdialog.h"
#include "projects/reportspage.h"
#include "projects/suggestionsdialog.h"
#include "projects/venuecalendardialog.h"
#include "proposals/proposalpreviewdialog.h"
#include "proposals/proposalsettingsdialog.h"
#include "repositories/attachmentrepository.h"
#include "repositories/holdrepository.h"
#include "repositories/projectrepository.h"
#include "repositories/quoterepository.h"
#include "repositories/userrepository.h"
#include "repositories/venuerepository.h"
#include "venues/capacityfilterbutton.h"
#include "venues/photogallery.h"
#include "venues/venueconflictdialog.h"
#include "venues/venueeditor.h"
#include "venues/venuespage.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <map>
#include <memory>

using namespace VenueMap;
using namespace VenueMap::Core;
using namespace VenueMap::Test;
using namespace VenueMap::Ui;

namespace {

const QSize kScreen(1366, 768);

// ---- The check: which texts of a window are wider than the space they are given ----------

// Protected style-option and size-hint functions of Qt's widgets, read from outside.
struct PushButtonAccess : QPushButton
{
    using QPushButton::initStyleOption;
};
struct CheckBoxAccess : QCheckBox
{
    using QCheckBox::initStyleOption;
};
struct RadioButtonAccess : QRadioButton
{
    using QRadioButton::initStyleOption;
};
struct ComboBoxAccess : QComboBox
{
    using QComboBox::initStyleOption;
};
struct LineEditAccess : QLineEdit
{
    using QLineEdit::initStyleOption;
};
struct TabBarAccess : QTabBar
{
    using QTabBar::tabSizeHint;
};

// What a person reads: "&Save" is "Save", "Fish && chips" is "Fish & chips".
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out += QLatin1Char('&');
            ++i;
            if (i >= text.size())
                break;
            if (text.at(i) == QLatin1Char('&'))
                continue;
        }
        out += text.at(i);
    }
    return out;
}

int textWidth(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    return widest;
}

// "venueEditor/QPushButton": the widget's own name, or its class under the nearest named one.
QString widgetName(const QWidget *w)
{
    const QString own = w->objectName();
    if (!own.isEmpty() && !own.startsWith(QLatin1String("qt_")))
        return QStringLiteral("%1 (%2)").arg(
            own, QString::fromLatin1(w->metaObject()->className()));
    QString named;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            named = p->objectName();
            break;
        }
    }
    return (named.isEmpty() ? QString() : named + QLatin1Char('/'))
        + QString::fromLatin1(w->metaObject()->className());
}

QString shortText(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text.size() > 90 ? text.left(89) + QStringLiteral("…") : text;
}

class ClippingCheck
{
public:
    // Each clipped text of `top` and its visible children: "widget: "text" (needs N px, has M
    // px)".
    static QStringList run(QWidget *top)
    {
        ClippingCheck c;
        c.window(top);
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (w->isVisible() && w->window() == top->window())
                c.widget(w);
        }
        return c.m_found;
    }

private:
    void add(const QWidget *w, const QString &text, int needs, int has, const QString &unit = {})
    {
        const QString line = QStringLiteral("%1: \"%2\" (needs %3 px%4, has %5 px)")
                                 .arg(widgetName(w), shortText(text))
                                 .arg(needs)
                                 .arg(unit)
                                 .arg(has);
        if (!m_found.contains(line))
            m_found << line;
    }

    void window(QWidget *top)
    {
        if (top->isWindow() && (top->width() > kScreen.width() || top->height() > kScreen.height()))
            m_found << QStringLiteral("%1: the window is %2×%3, larger than the %4×%5 screen")
                           .arg(widgetName(top))
                           .arg(top->width())
                           .arg(top->height())
                           .arg(kScreen.width())
                           .arg(kScreen.height());
    }

    void widget(QWidget *w)
    {
        // Qt's own parts of a widget that is checked as a whole.
        if (qobject_cast<QTabBar *>(w->parentWidget())
            || qobject_cast<QMenuBar *>(w->parentWidget()))
            return;
        if (auto *label = qobject_cast<QLabel *>(w))
            return this->label(label);
        if (auto *button = qobject_cast<QPushButton *>(w))
            return pushButton(button);
        if (auto *box = qobject_cast<QCheckBox *>(w))
            return tickBox(box);
        if (auto *radio = qobject_cast<QRadioButton *>(w))
            return radioButton(radio);
        if (auto *tool = qobject_cast<QToolButton *>(w))
            return toolButton(tool);
        if (auto *bar = qobject_cast<QTabBar *>(w))
            return tabBar(bar);
        if (auto *group = qobject_cast<QGroupBox *>(w))
            return groupBox(group);
        if (auto *header = qobject_cast<QHeaderView *>(w))
            return this->header(header);
        if (auto *table = qobject_cast<QTableView *>(w))
            return sideways(table);
        if (auto *area = qobject_cast<QScrollArea *>(w))
            return sideways(area);
        if (auto *combo = qobject_cast<QComboBox *>(w))
            return comboBox(combo);
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            return spinBox(spin);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            return placeholder(edit);
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            return menuBar(bar);
        if (auto *bar = qobject_cast<QStatusBar *>(w))
            return statusMessage(bar);
        if (auto *view = qobject_cast<QGraphicsView *>(w))
            return graphics(view);
    }

    // A label that does not wrap needs its size hint (text, margins, indent, rich text and
    // mnemonics as QLabel itself measures them); one that wraps needs its longest word across
    // and all its lines down.
    void label(QLabel *l)
    {
        if (l->text().isEmpty())
            return;
        const bool rich = l->textFormat() == Qt::RichText
            || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()));
        const QString text
            = rich ? QTextDocumentFragment::fromHtml(l->text()).toPlainText() : l->text();
        if (!l->wordWrap()) {
            if (l->sizeHint().width() > l->width())
                add(l, text, l->sizeHint().width(), l->width());
            return;
        }
        if (l->minimumSizeHint().width() > l->width())
            add(l, text, l->minimumSizeHint().width(), l->width());
        else if (l->heightForWidth(l->width()) > l->height())
            add(l, text, l->heightForWidth(l->width()), l->height(), QStringLiteral(" down"));
    }

    void pushButton(QPushButton *b)
    {
        if (b->text().isEmpty())
            return;
        QStyleOptionButton opt;
        static_cast<const PushButtonAccess *>(b)->initStyleOption(&opt);
        const QRect contents = b->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, b);
        const QString text = withoutMnemonic(b->text());
        int needs = textWidth(b->fontMetrics(), text);
        if (!b->icon().isNull())
            needs += opt.iconSize.width() + 4;
        int has = contents.width();
        if (b->menu())
            has -= b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, b);
        if (needs > has)
            add(b, text, needs, has);
    }

    void tickBox(QCheckBox *b)
    {
        if (b->text().isEmpty())
            return;
        QStyleOptionButton opt;
        static_cast<const CheckBoxAccess *>(b)->initStyleOption(&opt);
        buttonLabel(b, b->style()->subElementRect(QStyle::SE_CheckBoxContents, &opt, b), opt);
    }

    void radioButton(QRadioButton *b)
    {
        if (b->text().isEmpty())
            return;
        QStyleOptionButton opt;
        static_cast<const RadioButtonAccess *>(b)->initStyleOption(&opt);
        buttonLabel(b, b->style()->subElementRect(QStyle::SE_RadioButtonContents, &opt, b), opt);
    }

    void buttonLabel(QAbstractButton *b, const QRect &contents, const QStyleOptionButton &opt)
    {
        const QString text = withoutMnemonic(b->text());
        int needs = textWidth(b->fontMetrics(), text);
        if (!b->icon().isNull())
            needs += opt.iconSize.width() + 4;
        if (needs > contents.width())
            add(b, text, needs, contents.width());
    }

    void toolButton(QToolButton *b)
    {
        if (b->text().isEmpty()
            || (b->toolButtonStyle() == Qt::ToolButtonIconOnly && !b->icon().isNull()))
            return;
        if (b->sizeHint().width() > b->width())
            add(b, withoutMnemonic(b->text()), b->sizeHint().width(), b->width());
    }

    // Each tab as wide as its text needs; and all of them in view (no scroll arrows).
    void tabBar(QTabBar *bar)
    {
        int total = 0;
        QStringList texts;
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i) || bar->tabText(i).isEmpty())
                continue;
            const QString text = withoutMnemonic(bar->tabText(i));
            const int needs = static_cast<const TabBarAccess *>(bar)->tabSizeHint(i).width();
            total += needs;
            texts << text;
            if (needs > bar->tabRect(i).width())
                add(bar, text, needs, bar->tabRect(i).width());
        }
        for (const QToolButton *arrow : bar->findChildren<QToolButton *>()) {
            if (arrow->isVisible()) {
                add(bar, texts.join(QStringLiteral(" | ")), total, bar->width());
                break;
            }
        }
    }

    void groupBox(QGroupBox *g)
    {
        if (g->title().isEmpty())
            return;
        const QString title = withoutMnemonic(g->title());
        QStyleOptionGroupBox opt;
        opt.initFrom(g);
        opt.text = g->title();
        opt.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        int width = g->fontMetrics().horizontalAdvance(title + QLatin1Char(' '));
        if (g->isCheckable()) {
            opt.subControls |= QStyle::SC_GroupBoxCheckBox;
            width += g->style()->pixelMetric(QStyle::PM_IndicatorWidth, &opt, g)
                + g->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &opt, g);
        }
        const int needs = g->style()
                              ->sizeFromContents(QStyle::CT_GroupBox, &opt,
                                  QSize(width, g->fontMetrics().height()), g)
                              .width();
        if (needs > g->width())
            add(g, title, needs, g->width());
    }

    // Column (and row) titles as the style paints them: in the section less its margins and, on
    // the sorted column, the sort arrow.
    void header(QHeaderView *h)
    {
        QAbstractItemModel *model = h->model();
        if (!model)
            return;
        const bool across = h->orientation() == Qt::Horizontal;
        for (int logical = 0; logical < h->count(); ++logical) {
            if (h->isSectionHidden(logical) || h->sectionSize(logical) <= 0)
                continue;
            const QString text
                = model->headerData(logical, h->orientation(), Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            QFont font = h->font();
            const QVariant f = model->headerData(logical, h->orientation(), Qt::FontRole);
            if (f.canConvert<QFont>())
                font = qvariant_cast<QFont>(f).resolve(font);
            QStyleOptionHeader opt;
            opt.initFrom(h);
            opt.orientation = h->orientation();
            opt.section = logical;
            opt.text = text;
            opt.rect = across ? QRect(0, 0, h->sectionSize(logical), h->height())
                              : QRect(0, 0, h->viewport()->width(), h->sectionSize(logical));
            if (across && h->isSortIndicatorShown() && h->sortIndicatorSection() == logical)
                opt.sortIndicator = h->sortIndicatorOrder() == Qt::AscendingOrder
                    ? QStyleOptionHeader::SortDown
                    : QStyleOptionHeader::SortUp;
            int has = h->style()->subElementRect(QStyle::SE_HeaderLabel, &opt, h).width();
            const QVariant icon = model->headerData(logical, h->orientation(), Qt::DecorationRole);
            if (icon.isValid() && !icon.isNull())
                has -= h->style()->pixelMetric(QStyle::PM_SmallIconSize, &opt, h) + 2;
            const int needs = textWidth(QFontMetrics(font), text);
            if (needs > has)
                add(h, text, needs, has);
        }
    }

    // A table's columns fit across it as they are first shown (tst_mainwindow's rule at 1366
    // pixels): the last column titles are not cut by the table's edge.
    void sideways(QTableView *t)
    {
        const QHeaderView *h = t->horizontalHeader();
        if (!h->isVisible() || t->horizontalScrollBar()->maximum() <= 0)
            return;
        QStringList titles;
        for (int v = 0; v < h->count(); ++v) {
            const int logical = h->logicalIndex(v);
            if (!h->isSectionHidden(logical))
                titles << t->model()->headerData(logical, Qt::Horizontal).toString();
        }
        add(t, titles.join(QStringLiteral(" | ")), h->length(), t->viewport()->width(),
            QStringLiteral(" across"));
    }

    // A pane that scrolls (a venue's details) is as wide as its contents: they are not cut at its
    // right edge nor left to a sideways scroll bar.
    void sideways(QScrollArea *area)
    {
        QWidget *inside = area->widget();
        if (!inside || !inside->isVisible())
            return;
        const int needs = std::max(inside->width(), inside->minimumSizeHint().width());
        const int has = area->viewport()->width();
        if (needs > has)
            add(area, QStringLiteral("(its contents)"), needs, has, QStringLiteral(" across"));
    }

    // A combo box that is not typed into shows one of the app's choices: it fits its field.
    void comboBox(QComboBox *c)
    {
        if (c->isEditable() || c->currentText().isEmpty())
            return;
        QStyleOptionComboBox opt;
        static_cast<const ComboBoxAccess *>(c)->initStyleOption(&opt);
        const QRect field = c->style()->subControlRect(
            QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        int needs = textWidth(c->fontMetrics(), c->currentText()) + 2;
        if (!c->itemIcon(c->currentIndex()).isNull())
            needs += c->iconSize().width() + 4;
        if (needs > field.width())
            add(c, c->currentText(), needs, field.width());
    }

    // What a spin box or date field shows, prefix and suffix included, fits its text field.
    void spinBox(QAbstractSpinBox *s)
    {
        auto *edit = s->findChild<QLineEdit *>();
        if (!edit || s->text().isEmpty())
            return;
        const int needs = textWidth(s->fontMetrics(), s->text()) + 4;
        const int has = edit->contentsRect().width();
        if (needs > has)
            add(s, s->text(), needs, has);
    }

    // An empty field's grey hint is often its only label (a search field): Qt cuts it short
    // with "…", and a hint cut short says less, so it counts, unless the field's tooltip says
    // it whole.
    void placeholder(QLineEdit *e)
    {
        if (!e->text().isEmpty() || e->placeholderText().isEmpty()
            || e->toolTip().contains(e->placeholderText())
            || qobject_cast<QAbstractSpinBox *>(e->parentWidget())
            || qobject_cast<QComboBox *>(e->parentWidget()))
            return;
        QStyleOptionFrame opt;
        static_cast<const LineEditAccess *>(e)->initStyleOption(&opt);
        QRect r = e->style()->subElementRect(QStyle::SE_LineEditContents, &opt, e);
        r = r.marginsRemoved(e->textMargins());
        int has = r.width() - 4; // QLineEdit's own margin on each side
        for (const QWidget *side :
            e->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (side->isVisible())
                has -= side->width();
        const int needs = textWidth(e->fontMetrics(), e->placeholderText());
        if (needs > has)
            add(e, e->placeholderText(), needs, has);
    }

    void menuBar(QMenuBar *bar)
    {
        QStringList menus;
        for (const QAction *a : bar->actions())
            if (a->isVisible())
                menus << withoutMnemonic(a->text());
        const bool overflow = std::any_of(bar->actions().cbegin(), bar->actions().cend(),
            [bar](QAction *a) { return a->isVisible() && bar->actionGeometry(a).isEmpty(); });
        if (overflow || bar->sizeHint().width() > bar->width())
            add(bar, menus.join(QStringLiteral(" | ")), bar->sizeHint().width(), bar->width());
    }

    // A message in the status bar is painted left of the bar's permanent widgets and cut where
    // they start.
    void statusMessage(QStatusBar *bar)
    {
        const QString message = bar->currentMessage();
        if (message.isEmpty())
            return;
        int right = bar->width() - 12; // as QStatusBar lays its message out
        for (const QWidget *item :
            bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (item->isVisible() && item->x() > 0)
                right = std::min(right, item->x() - 1);
        const int has = right - 6;
        const int needs = bar->fontMetrics().horizontalAdvance(message);
        if (needs > has)
            add(bar, message, needs, has);
    }

    // Charts and drawings: a text item cut short with "..." (as Qt Charts does with a label
    // too long for its axis).
    void graphics(QGraphicsView *view)
    {
        if (!view->scene())
            return;
        for (const QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (const auto *t = dynamic_cast<const QGraphicsTextItem *>(item))
                text = t->toPlainText();
            else if (const auto *s = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                text = s->text();
            if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
                m_found << QStringLiteral("%1: \"%2\" is cut short")
                               .arg(widgetName(view), shortText(text));
        }
    }

    QStringList m_found;
};

// ---- The book the windows show -----------------------------------------------------------

QByteArray pdfBytes()
{
    QByteArray b("%PDF-1.7\n");
    while (b.size() < 40'000)
        b.append("0123456789abcdef\n");
    b.append("%%EOF\n");
    return b;
}

// The sample data (venues with rooms and photos, caterers, people, projects), the workflow
// tests' agency (a summit with a shortlist in every outreach state and a chase list), and on
// the summit: dates, holds in several states, quotes and a file.
struct Book
{
    std::unique_ptr<TempDatabase> temp;
    Database db;
    WorkflowBook workflow;
    CurrentUser admin;
    QString summitId;
    QString loftRowId; // Harbour Loft on the summit's shortlist: quotes, a file, a hold
    QString roomsRowId; // a sample venue with rooms on the same shortlist: a held room
    QString roomsVenueId;
    QString archivedId; // the past Winter Party, archived: read-only under its banner
    QString emptyId; // a project with nothing on its shortlist yet
    QString colleagueId; // an event manager of the sample team
    QString failure;
};

std::unique_ptr<Book> makeBook(const QString &backend)
{
    auto book = std::make_unique<Book>();
    book->temp = std::make_unique<TempDatabase>(backend);
    if (!book->temp->failReason().isEmpty() || !book->temp->skipReason().isEmpty())
        return book;
    auto fail = [&](const QString &what, const DbError &error) {
        book->failure
            = what + QStringLiteral(": ") + error.sentence() + QLatin1Char(' ') + error.details();
        return std::move(book);
    };
    auto db = book->temp->openMigrated(uniqueConnectionName(QStringLiteral("windows")));
    if (!db)
        return fail(QStringLiteral("open"), db.error());
    book->db = *db;
    DemoOptions options;
    options.venues = 150;
    options.projects = 4;
    options.photoVenues = 8;
    if (auto demo = DemoGenerator(book->db).generate(options); !demo)
        return fail(QStringLiteral("sample data"), demo.error());
    book->workflow = makeWorkflowBook(book->db);
    book->admin = book->workflow.anna;
    book->admin.role = UserRole::Admin;
    if (auto r = book->db.exec(QStringLiteral("fixture"),
            QStringLiteral("UPDATE users SET role = 'admin' WHERE id = :id"),
            { { QStringLiteral(":id"), book->admin.id } });
        !r)
        return fail(QStringLiteral("admin"), r.error());
    book->summitId = book->workflow.summit.id;
    auto team = UserRepository(book->db).fetchAll();
    if (!team)
        return fail(QStringLiteral("people"), team.error());
    for (const User &person : *team)
        if (person.role == UserRole::EventManager && person.id != book->admin.id)
            book->colleagueId = person.id;

    // A sample venue with photos and rooms: its details, its photo viewer, its calendar.
    auto rooms = book->db.scalar(QStringLiteral("fixture"),
        QStringLiteral("SELECT p.venue_id FROM photos p JOIN venue_spaces s ON s.venue_id = "
                       "p.venue_id ORDER BY p.venue_id LIMIT 1"));
    if (!rooms)
        return fail(QStringLiteral("rooms"), rooms.error());
    book->roomsVenueId = rooms->toString();
    OutreachRepository outreach(book->db, book->admin.id);
    auto added = outreach.addVenues(book->summitId, { book->roomsVenueId });
    if (!added)
        return fail(QStringLiteral("shortlist"), added.error());
    book->roomsRowId = added->added.first().id;
    auto shortlist = outreach.fetchShortlist(book->summitId);
    if (!shortlist)
        return fail(QStringLiteral("shortlist"), shortlist.error());
    for (const ShortlistEntry &e : *shortlist)
        if (e.venueName == QLatin1String("Harbour Loft"))
            book->loftRowId = e.row.id;

    const QDate today = QDate::currentDate();
    HoldRepository holds(book->db, book->admin.id);
    auto preferred = holds.addDateRange(book->summitId, today.addDays(40), today.addDays(41), true);
    auto alternate
        = holds.addDateRange(book->summitId, today.addDays(54), today.addDays(56), false);
    if (!preferred || !alternate)
        return fail(QStringLiteral("dates"), preferred ? alternate.error() : preferred.error());
    auto spaces = book->db.scalar(QStringLiteral("fixture"),
        QStringLiteral("SELECT id FROM venue_spaces WHERE venue_id = :v ORDER BY name LIMIT 1"),
        { { QStringLiteral(":v"), book->roomsVenueId } });
    HoldDraft first;
    first.projectVenueId = book->roomsRowId;
    first.dateRangeId = preferred->id;
    first.spaceId = spaces ? spaces->toString() : QString();
    first.status = HoldStatus::FirstOption;
    first.expiresOn = today.addDays(5);
    HoldDraft second = first;
    second.dateRangeId = alternate->id;
    second.status = HoldStatus::SecondOption;
    second.expiresOn = today.addDays(20);
    HoldDraft loft;
    loft.projectVenueId = book->loftRowId;
    loft.dateRangeId = preferred->id;
    loft.status = HoldStatus::Requested;
    for (const HoldDraft &draft : { first, second, loft })
        if (auto placed = holds.placeHold(draft); !placed)
            return fail(QStringLiteral("hold"), placed.error());

    ProjectRepository projects(book->db, book->admin.id);
    auto listed = projects.fetchProjects();
    if (!listed)
        return fail(QStringLiteral("projects"), listed.error());
    for (const ProjectSummary &p : *listed) {
        if (p.project.eventName == QLatin1String("Winter Party 2025")) {
            auto archived = projects.archiveProject(p.project);
            if (!archived)
                return fail(QStringLiteral("archive"), archived.error());
            book->archivedId = archived->id;
        } else if (p.project.eventName == QLatin1String("Annual Kick-off")) {
            book->emptyId = p.project.id;
        }
    }

    QuoteRepository quotes(book->db, book->admin.id);
    QuoteDraft room;
    room.projectVenueId = book->loftRowId;
    room.receivedOn = today.addDays(-9);
    room.amountCents = 1'240'000;
    room.validUntil = today.addDays(21);
    room.note = QStringLiteral("Includes the terrace for the welcome drinks");
    QuoteDraft dinner = room;
    dinner.receivedOn = today.addDays(-3);
    dinner.covers = QuoteCovers::Catering;
    dinner.amountCents = 960'000;
    dinner.perHeadCents = 8'000;
    for (const QuoteDraft &draft : { room, dinner })
        if (auto q = quotes.addQuote(draft); !q)
            return fail(QStringLiteral("quote"), q.error());
    if (auto file
        = AttachmentRepository(book->db, book->admin.id)
              .add(AttachmentOwner::shortlisted(book->loftRowId),
                  QStringLiteral("Floor plan, level 2.pdf"), pdfBytes(), AttachmentKind::FloorPlan);
        !file)
        return fail(QStringLiteral("file"), file.error());
    return book;
}

// ---- Opening windows ---------------------------------------------------------------------

bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    return QTest::qWaitFor(done, ms);
}

// Lets queued layout requests, reads and paints through: until no visible widget of `top`
// moves or changes size any more (a list filled a moment ago lays out its rows after).
void settle(QWidget *top = nullptr)
{
    QList<QRect> last;
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(30);
        if (!top)
            return;
        QList<QRect> now;
        for (const QWidget *w : top->findChildren<QWidget *>())
            if (w->isVisible())
                now << QRect(w->mapTo(top, QPoint(0, 0)), w->size());
        if (i > 0 && now == last)
            return;
        last = now;
    }
}

} // namespace

class tst_TranslatedWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void checkFindsClippedTexts();
    void checkPassesTextsThatFit();

    void pages_data() { addRows(true); }
    void pages();
    void dialogs_data() { addRows(true); }
    void dialogs();
    void workspaceDialogs_data() { addRows(true); }
    void workspaceDialogs();
    void startDialogs_data() { addRows(false); }
    void startDialogs();

private:
    static void addRows(bool withBackend);
    // The row's database (made once per backend), or null when the row is skipped or failed.
    Book *book();
    // Installs the row's language; windows made after this speak it.
    QString language();
    // Checks `top` (then each tab of its tab widgets), saves a picture of each, and notes what
    // is cut as "lang › view › widget: text (needs, has)".
    void look(QWidget *top, const QString &view, bool eachTab = true);
    void verifyNothingClipped();

    std::map<QString, std::unique_ptr<Book>> m_books;
    QString m_lang;
    QString m_backend;
    QStringList m_clipped;
    QSet<QString> m_seen;
    QStringList m_notOpened;
};

void tst_TranslatedWindows::initTestCase()
{
    setUpGuiTest();
    QVERIFY2(QGuiApplication::primaryScreen()->size() == kScreen,
        "the offscreen screen is 1366×768 (main() configures it)");
}

void tst_TranslatedWindows::init()
{
    QSettings().clear(); // remembered column widths and window sizes would hide what fits
    m_clipped.clear();
    m_seen.clear();
    m_notOpened.clear();
}

void tst_TranslatedWindows::cleanup()
{
    installAppLanguage(QStringLiteral("en"));
    Session::clear();
}

void tst_TranslatedWindows::cleanupTestCase()
{
    m_books.clear(); // drops the PostgreSQL databases while the application still exists
}

void tst_TranslatedWindows::addRows(bool withBackend)
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("lang");
    const QStringList backends = withBackend
        ? QStringList { QStringLiteral("sqlite"), QStringLiteral("postgresql") }
        : QStringList { QString() };
    for (const QString &backend : backends)
        for (const char *lang : { "en", "fr", "nl", "de" }) {
            const QString tag = backend.isEmpty()
                ? QString::fromLatin1(lang)
                : backend + QLatin1Char('-') + QLatin1String(lang);
            QTest::newRow(qPrintable(tag)) << backend << QString::fromLatin1(lang);
        }
}

Book *tst_TranslatedWindows::book()
{
    QFETCH(QString, backend);
    m_backend = backend;
    auto &slot = m_books[backend];
    if (!slot)
        slot = makeBook(backend);
    if (!slot->temp->failReason().isEmpty()) {
        QTest::qFail(qPrintable(slot->temp->failReason()), __FILE__, __LINE__);
        return nullptr;
    }
    if (!slot->temp->skipReason().isEmpty()) {
        QTest::qSkip(qPrintable(slot->temp->skipReason()), __FILE__, __LINE__);
        return nullptr;
    }
    if (!slot->failure.isEmpty()) {
        QTest::qFail(qPrintable(slot->failure), __FILE__, __LINE__);
        return nullptr;
    }
    Session::setCurrent(slot->admin);
    return slot.get();
}

QString tst_TranslatedWindows::language()
{
    QFETCH(QString, lang);
    QFETCH(QString, backend);
    m_lang = lang;
    m_backend = backend;
    installAppLanguage(lang);
    return lang;
}

void tst_TranslatedWindows::look(QWidget *top, const QString &view, bool eachTab)
{
    if (!top) {
        m_notOpened << view;
        return;
    }
    if (!top->isVisible())
        top->show();
    if (!QTest::qWaitForWindowExposed(top)) {
        m_notOpened << view;
        return;
    }
    settle(top);
    const QString shots = qEnvironmentVariable("VENUEMAP_SCREENSHOTS");
    auto note = [&](const QString &name) {
        for (const QString &line : ClippingCheck::run(top)) {
            if (m_seen.contains(line)) // the same widget under another tab: said once
                continue;
            m_seen.insert(line);
            m_clipped << QStringLiteral("%1 › %2 › %3").arg(m_lang, name, line);
        }
        // One picture per language: the SQLite rows take them.
        if (!shots.isEmpty() && m_backend != QLatin1String("postgresql")) {
            QDir().mkpath(shots);
            top->grab().save(QDir(shots).filePath(m_lang + QLatin1Char('-') + name + ".png"));
        }
    };
    note(view);
    if (!eachTab)
        return;
    // Each tab of the window's tab widgets, one after the other.
    for (QTabWidget *tabs : top->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            settle(top);
            // Named the same in every language: the page's object name, else its class.
            QString tab = tabs->widget(i)->objectName();
            if (tab.isEmpty() || tab.startsWith(QLatin1String("qt_")))
                tab = QString::fromLatin1(tabs->widget(i)->metaObject()->className())
                          .section(QStringLiteral("::"), -1)
                          .toLower();
            note(view + QLatin1Char('-') + tab);
        }
        tabs->setCurrentIndex(shown);
    }
}

void tst_TranslatedWindows::verifyNothingClipped()
{
    for (const QString &line : std::as_const(m_clipped))
        qWarning("%s", qPrintable(line));
    QVERIFY2(m_notOpened.isEmpty(),
        qPrintable(QStringLiteral("did not open: ") + m_notOpened.join(QStringLiteral(", "))));
    QVERIFY2(m_clipped.isEmpty(),
        qPrintable(QStringLiteral("%1 texts do not fit:\n").arg(m_clipped.size())
            + m_clipped.join(QLatin1Char('\n'))));
}

// The check itself: a window squeezed below what its texts need reports each of them.
void tst_TranslatedWindows::checkFindsClippedTexts()
{
    const QString longText = QStringLiteral("Capacité maximale en configuration théâtre");
    QWidget window;
    window.setObjectName(QStringLiteral("squeezed"));
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(longText);
    label->setObjectName(QStringLiteral("longLabel"));
    auto *richLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(longText));
    richLabel->setObjectName(QStringLiteral("richLabel"));
    auto *wrapped = new QLabel(longText + QLatin1Char(' ') + longText);
    wrapped->setObjectName(QStringLiteral("wrappedLabel"));
    wrapped->setWordWrap(true);
    wrapped->setFixedHeight(wrapped->fontMetrics().height() + 2);
    auto *button = new QPushButton(QStringLiteral("&Enregistrer les modifications du lieu"));
    button->setObjectName(QStringLiteral("saveButton"));
    auto *tick = new QCheckBox(longText);
    tick->setObjectName(QStringLiteral("tick"));
    auto *radio = new QRadioButton(longText);
    radio->setObjectName(QStringLiteral("radio"));
    auto *tool = new QToolButton;
    tool->setObjectName(QStringLiteral("tool"));
    tool->setText(longText);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("combo"));
    combo->addItem(longText);
    auto *spin = new QSpinBox;
    spin->setObjectName(QStringLiteral("spin"));
    spin->setRange(0, 1000);
    spin->setSuffix(QStringLiteral(" jours avant l'échéance"));
    auto *search = new QLineEdit;
    search->setObjectName(QStringLiteral("search"));
    search->setPlaceholderText(QStringLiteral("Rechercher un nom, une ville, un contact…"));
    auto *hinted = new QLineEdit;
    hinted->setObjectName(QStringLiteral("hinted"));
    hinted->setPlaceholderText(search->placeholderText());
    hinted->setToolTip(hinted->placeholderText()); // said whole on hover: may be cut
    auto *group = new QGroupBox(longText);
    group->setObjectName(QStringLiteral("group"));
    (new QVBoxLayout(group))->addWidget(new QWidget);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->setUsesScrollButtons(false);
    tabs->tabBar()->setElideMode(Qt::ElideRight);
    tabs->addTab(new QWidget, QStringLiteral("Disponibilités et options"));
    tabs->addTab(new QWidget, QStringLiteral("Historique des tarifs"));
    auto *pane = new QScrollArea;
    pane->setObjectName(QStringLiteral("pane"));
    pane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pane->setWidgetResizable(true);
    auto *inside = new QWidget;
    (new QHBoxLayout(inside))->addWidget(new QLabel(longText));
    pane->setWidget(inside);
    auto *table = new QTableWidget(1, 2);
    table->setObjectName(QStringLiteral("table"));
    table->setHorizontalHeaderLabels({ longText, QStringLiteral("Ok") });
    table->horizontalHeader()->resizeSection(0, 60);
    for (QWidget *w : std::initializer_list<QWidget *> { label, richLabel, wrapped, button, tick,
             radio, tool, combo, spin, search, hinted, group, tabs, pane, table })
        layout->addWidget(w);
    window.setFixedSize(120, 760); // far narrower than any of them
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle(&window);

    const QStringList found = ClippingCheck::run(&window);
    const QString all = found.join(QLatin1Char('\n'));
    for (const char *name : { "longLabel (QLabel)", "richLabel (QLabel)", "wrappedLabel (QLabel)",
             "saveButton (QPushButton)", "tick (QCheckBox)", "radio (QRadioButton)",
             "tool (QToolButton)", "combo (QComboBox)", "spin (QSpinBox)", "search (QLineEdit)",
             "group (QGroupBox)", "tabs/QTabBar", "table/QHeaderView", "pane (QScrollArea)" })
        QVERIFY2(all.contains(QString::fromUtf8(name)),
            qPrintable(name + QStringLiteral(" in:\n") + all));
    // What a person reads is reported, mnemonics and markup left out, with the widths.
    QVERIFY2(all.contains(QStringLiteral(
                 "saveButton (QPushButton): \"Enregistrer les modifications du lieu\" (needs ")),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("richLabel (QLabel): \"%1\" (needs ").arg(longText)),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("px down")), qPrintable(all)); // the wrapped label
    QVERIFY2(all.contains(QStringLiteral("px across")), qPrintable(all)); // the table scrolls
    QVERIFY(!all.contains(QStringLiteral("\"Ok\""))); // a short column title fits
    QVERIFY(!all.contains(QStringLiteral("hinted")));
    const QString buttonLine = found.filter(QStringLiteral("saveButton")).value(0);
    const int needs
        = buttonLine.section(QStringLiteral("needs "), 1).section(QLatin1Char(' '), 0, 0).toInt();
    QVERIFY2(needs >= button->fontMetrics().horizontalAdvance(
                 QStringLiteral("Enregistrer les modifications du lieu")),
        qPrintable(buttonLine));

    // A menu bar too narrow for its menus, and a window larger than the screen.
    QWidget big;
    big.setObjectName(QStringLiteral("big"));
    auto *bigLayout = new QVBoxLayout(&big);
    auto *bar = new QMenuBar;
    for (const char *menu :
        { "&Fichier", "&Modifier", "&Affichage", "&Données", "&Compte", "&Aide" })
        bar->addMenu(QString::fromUtf8(menu));
    bar->setFixedWidth(120);
    bigLayout->addWidget(bar);
    auto *status = new QStatusBar;
    status->addPermanentWidget(new QLabel(QStringLiteral("Connecté en tant que Anna Reyes")));
    status->setFixedWidth(400);
    status->showMessage(
        QStringLiteral("Options expirant dans les 7 jours : 1. La page Projets les liste."));
    bigLayout->addWidget(status);
    bigLayout->addStretch();
    big.resize(1500, 700);
    big.show();
    QVERIFY(QTest::qWaitForWindowExposed(&big));
    settle(&big);
    const QString bigFound = ClippingCheck::run(&big).join(QLatin1Char('\n'));
    QVERIFY2(
        bigFound.contains(QStringLiteral("QMenuBar: \"Fichier | Modifier")), qPrintable(bigFound));
    QVERIFY2(bigFound.contains(QStringLiteral("QStatusBar: \"Options expirant dans les 7 jours")),
        qPrintable(bigFound));
    QVERIFY2(bigFound.contains(
                 QStringLiteral("the window is 1500×700, larger than the 1366×768 screen")),
        qPrintable(bigFound));
}

// The same widgets with room to spare report nothing (no false alarms).
void tst_TranslatedWindows::checkPassesTextsThatFit()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Capacité maximale")));
    auto *rich = new QLabel(QStringLiteral("<b>Capacité</b> maximale"));
    layout->addWidget(rich);
    layout->addWidget(new QPushButton(QStringLiteral("&Enregistrer")));
    layout->addWidget(new QCheckBox(QStringLiteral("&Préféré")));
    auto *combo = new QComboBox;
    combo->addItems({ QStringLiteral("Première option"), QStringLiteral("Confirmé") });
    layout->addWidget(combo);
    auto *spin = new QSpinBox;
    spin->setSuffix(QStringLiteral(" jours"));
    layout->addWidget(spin);
    auto *search = new QLineEdit;
    search->setPlaceholderText(QStringLiteral("Rechercher…"));
    layout->addWidget(search);
    auto *tabs = new QTabWidget;
    tabs->addTab(new QWidget, QStringLiteral("Relances"));
    tabs->addTab(new QWidget, QStringLiteral("Activité"));
    layout->addWidget(tabs);
    auto *table = new QTableWidget(2, 2);
    table->setHorizontalHeaderLabels({ QStringLiteral("Lieu"), QStringLiteral("Ville") });
    table->setSortingEnabled(true);
    layout->addWidget(table);
    auto *bar = new QMenuBar;
    bar->addMenu(QStringLiteral("&Fichier"));
    bar->addMenu(QStringLiteral("&Aide"));
    layout->setMenuBar(bar);
    window.resize(600, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle(&window);
    const QStringList found = ClippingCheck::run(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// The main window at 1366×768 on each page: venues (with a venue's details), projects, a
// project's workspace (each side tab, the holds as list and timeline), reports, clients,
// catering, people.
void tst_TranslatedWindows::pages()
{
    Book *b = book();
    if (!b)
        return;
    language();
    MainWindow window(b->db, b->admin, makePages(b->db, b->admin));
    window.setSignedInPerson(b->admin.name);
    window.resize(kScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *venues = qobject_cast<VenuesPage *>(window.page(MainWindow::Page::Venues));
    window.showPage(MainWindow::Page::Venues);
    QVERIFY(waitFor([&] { return venues->model()->rowCount() > 0; }));
    venues->selectRow(0);
    QVERIFY(waitFor([&] { return venues->shownVenue().has_value() && !venues->isReadingRooms(); }));
    look(&window, QStringLiteral("venues"));
    // The venue with photos, rooms and files; its photo viewer; the capacity filter's popup.
    auto roomsVenue = VenueRepository(b->db).fetchVenue(b->roomsVenueId);
    VM_VERIFY_OK(roomsVenue);
    VenueFilter only;
    only.text = roomsVenue->name;
    venues->setFilter(only);
    QVERIFY(waitFor([&] {
        return venues->model()->rowCount() == 1
            && venues->model()->index(0, 0).data(VenueListModel::VenueIdRole).toString()
            == b->roomsVenueId;
    }));
    venues->selectRow(0);
    auto *gallery = venues->findChild<PhotoGallery *>();
    QVERIFY(gallery);
    QVERIFY(waitFor([&] {
        return venues->shownVenue() && venues->shownVenue()->id == b->roomsVenueId
            && !venues->isReadingRooms() && gallery->venueId() == b->roomsVenueId
            && !gallery->isLoading() && gallery->count() > 0;
    }));
    look(&window, QStringLiteral("venues-venue"), false);
    gallery->list()->setCurrentRow(0);
    gallery->viewSelected();
    QVERIFY(waitFor([&] { return gallery->viewer() != nullptr; }));
    look(gallery->viewer(), QStringLiteral("photo-viewer"));
    gallery->viewer()->reject();
    CapacityFilterButton *capacity = venues->capacityFilterButton();
    capacity->showPopup();
    QVERIFY(waitFor([&] { return capacity->popup()->isVisible(); }));
    look(capacity->popup(), QStringLiteral("venues-capacity"));
    capacity->popup()->hide();

    VenueFilter nothing;
    nothing.text = QStringLiteral("no venue is called this");
    venues->setFilter(nothing);
    QVERIFY(waitFor([&] { return !venues->emptyText().isEmpty(); }));
    look(&window, QStringLiteral("venues-none"), false);
    venues->clearFilters();

    auto *projects = qobject_cast<ProjectsPage *>(window.page(MainWindow::Page::Projects));
    window.showPage(MainWindow::Page::Projects);
    projects->showList();
    QVERIFY(waitFor([&] { return !projects->isLoading(); }));
    projects->selectRow(projects->model()->rowOf(b->summitId));
    look(&window, QStringLiteral("projects"));

    projects->openProject(b->summitId);
    ProjectWorkspace *ws = projects->workspace();
    QVERIFY(waitFor([&] { return !ws->isOpening(); }));
    ws->selectRow(ws->shortlistModel()->rowOf(b->loftRowId));
    auto *side = ws->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    QVERIFY(side);
    QVERIFY(waitFor([&] {
        return !ws->outreachPanel()->isLoadingChaseList() && !ws->activityPanel()->isLoading()
            && !ws->holdsPanel()->isLoading();
    }));
    look(&window, QStringLiteral("workspace")); // and its Outreach, Activity and Holds tabs
    side->setCurrentWidget(ws->holdsPanel());
    ws->holdsPanel()->showTimeline(true);
    look(&window, QStringLiteral("workspace-holds-timeline"), false);
    ws->holdsPanel()->showTimeline(false);
    side->setCurrentIndex(0);
    projects->openProject(b->emptyId);
    QVERIFY(waitFor([&] { return !ws->isOpening() && ws->project().id == b->emptyId; }));
    look(&window, QStringLiteral("workspace-empty"), false);
    projects->openProject(b->archivedId);
    QVERIFY(waitFor([&] { return !ws->isOpening() && ws->project().id == b->archivedId; }));
    look(&window, QStringLiteral("workspace-archived"), false);

    projects->showReports();
    QVERIFY(waitFor([&] {
        return !projects->reports()->isLoading() && !projects->reports()->isLoadingDeclines();
    }));
    look(&window, QStringLiteral("reports"));

    projects->showList();
    QVERIFY(waitFor([&] { return !projects->isLoading(); }));
    projects->selectRow(projects->model()->rowOf(b->summitId));
    projects->showClients();
    QVERIFY(waitFor([&] { return !projects->clients()->isLoading(); }));
    look(&window, QStringLiteral("clients"));

    auto *catering = qobject_cast<CateringPage *>(window.page(MainWindow::Page::Catering));
    window.showPage(MainWindow::Page::Catering);
    QVERIFY(waitFor([&] { return !catering->isLoading() && catering->model()->rowCount() > 0; }));
    catering->selectRow(0);
    look(&window, QStringLiteral("catering"));

    auto *people = qobject_cast<PeoplePage *>(window.page(MainWindow::Page::People));
    window.showPage(MainWindow::Page::People);
    QVERIFY(waitFor([&] { return !people->isBusy(); }));
    people->selectPerson(b->colleagueId); // the buttons say what they would do to her
    QVERIFY(waitFor([&] { return people->selectedPerson() != nullptr; }));
    look(&window, QStringLiteral("people"));

    verifyNothingClipped();
}

// The dialogs of the pages and the window's menus, over the window as the app opens them.
void tst_TranslatedWindows::dialogs()
{
    Book *b = book();
    if (!b)
        return;
    language();
    MainWindow window(b->db, b->admin, makePages(b->db, b->admin));
    window.resize(kScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Venues: a venue with its rooms in the editor (each tab), a new one, a colleague's change.
    auto *venues = qobject_cast<VenuesPage *>(window.page(MainWindow::Page::Venues));
    window.showPage(MainWindow::Page::Venues);
    QVERIFY(waitFor([&] { return venues->model()->rowCount() > 0; }));
    // The sample venue with rooms (the Spaces tab has them), found by its name.
    auto roomsVenue = VenueRepository(b->db).fetchVenue(b->roomsVenueId);
    VM_VERIFY_OK(roomsVenue);
    VenueFilter only;
    only.text = roomsVenue->name;
    venues->setFilter(only);
    QVERIFY(waitFor([&] {
        return venues->model()->rowCount() > 0
            && venues->model()->index(0, 0).data(VenueListModel::VenueIdRole).toString()
            == b->roomsVenueId;
    }));
    venues->selectRow(0);
    QVERIFY(waitFor([&] { return venues->shownVenue().has_value(); }));
    venues->editSelected();
    QVERIFY(waitFor([&] { return venues->editor() != nullptr; }));
    look(venues->editor(), QStringLiteral("venue-editor"));
    const Venue mine = venues->editor()->original();
    venues->editor()->discard();
    QVERIFY(waitFor([&] { return !venues->editor(); }));
    venues->newVenue();
    QVERIFY(waitFor([&] { return venues->editor() != nullptr; }));
    look(venues->editor(), QStringLiteral("venue-editor-new"));
    venues->editor()->discard();
    QVERIFY(waitFor([&] { return !venues->editor(); }));
    {
        Venue theirs = mine;
        theirs.name = mine.name + QStringLiteral(" (Congress Wing)");
        theirs.capacity = mine.capacity.value_or(100) + 40;
        theirs.notes = QStringLiteral("Loading bay closed on Sundays.");
        theirs.contactPhone = QStringLiteral("+32 2 555 01 99");
        VenueConflictDialog conflict(mine, theirs, &window);
        look(&conflict, QStringLiteral("venue-conflict"));
    }

    // Projects: a new project and the summit's.
    auto *projects = qobject_cast<ProjectsPage *>(window.page(MainWindow::Page::Projects));
    window.showPage(MainWindow::Page::Projects);
    QVERIFY(waitFor([&] { return !projects->isLoading(); }));
    projects->newProject();
    QVERIFY(waitFor(
        [&] { return projects->openDialog() && !projects->openDialog()->isLoadingChoices(); }));
    look(projects->openDialog(), QStringLiteral("project-new"));
    projects->openDialog()->reject();
    QVERIFY(waitFor([&] { return !projects->openDialog(); }));
    projects->selectRow(projects->model()->rowOf(b->summitId));
    projects->editSelected();
    QVERIFY(waitFor(
        [&] { return projects->openDialog() && !projects->openDialog()->isLoadingChoices(); }));
    look(projects->openDialog(), QStringLiteral("project-edit"));
    projects->openDialog()->reject();
    QVERIFY(waitFor([&] { return !projects->openDialog(); }));

    // Catering: a caterer.
    auto *catering = qobject_cast<CateringPage *>(window.page(MainWindow::Page::Catering));
    window.showPage(MainWindow::Page::Catering);
    QVERIFY(waitFor([&] { return !catering->isLoading() && catering->model()->rowCount() > 0; }));
    catering->selectRow(0);
    catering->editSelected();
    QVERIFY(waitFor([&] { return catering->openDialog() != nullptr; }));
    look(catering->openDialog(), QStringLiteral("caterer"));
    catering->openDialog()->reject();

    // People: add a person, reset someone's password.
    auto *people = qobject_cast<PeoplePage *>(window.page(MainWindow::Page::People));
    window.showPage(MainWindow::Page::People);
    QVERIFY(waitFor([&] { return !people->isBusy(); }));
    {
        AddPersonDialog *add = people->addPerson();
        look(add, QStringLiteral("add-person"));
        if (add)
            add->reject();
        people->selectPerson(b->colleagueId);
        QVERIFY(waitFor([&] { return people->selectedPerson() != nullptr; }));
        ChangePasswordDialog *reset = people->resetPassword();
        look(reset, QStringLiteral("reset-password"));
        if (reset)
            reset->reject();
    }

    // The window's menus: Data ▸ Import… (a file read in), Import history, Email templates,
    // Proposal branding; Account ▸ My profile, Change password; Edit ▸ Preferences; Help ▸ About.
    {
        ImportDialog import(b->db, &window);
        look(&import, QStringLiteral("import"));
        import.loadBytes(
            QByteArrayLiteral("Name,City,Country,Capacity,Contact email,Rating,Facilities,Notes\n"
                              "Harbour Loft,Lisbon,Portugal,180,events@harbour.example,4.6,"
                              "\"Wi-Fi;Parking\",Terrace\n"
                              "Maison de la Lumière,Bruxelles,Belgique,420,info@lumiere.example,"
                              "4.2,Stage,\n"
                              "Het Pakhuis,Antwerpen,België,300,zaal@pakhuis.example,3.9,,\n"),
            QStringLiteral("venues-brussels.csv"));
        look(&import, QStringLiteral("import-preview"));
    }
    {
        ImportHistoryDialog history(b->db, &window);
        look(&history, QStringLiteral("import-history"));
    }
    {
        EmailTemplatesDialog templates(b->db, b->admin, &window);
        templates.show();
        QVERIFY(waitFor([&] { return !templates.isLoading(); }));
        look(&templates, QStringLiteral("email-templates"));
    }
    {
        ProposalSettingsDialog branding(&window);
        look(&branding, QStringLiteral("proposal-branding"));
    }
    {
        MyProfileDialog profile(b->db, &window);
        look(&profile, QStringLiteral("my-profile"));
    }
    {
        User self;
        self.id = b->admin.id;
        self.name = b->admin.name;
        self.email = b->admin.email;
        self.role = UserRole::Admin;
        ChangePasswordDialog own(b->db, self, ChangePasswordDialog::Mode::Own, &window);
        look(&own, QStringLiteral("change-password"));
    }
    {
        PreferencesDialog preferences(&window);
        look(&preferences, QStringLiteral("preferences"));
    }
    {
        AboutDialog about(MainWindow::describe(b->db.url()), &window);
        look(&about, QStringLiteral("about"));
    }
    // Signing in to this database, and its first admin.
    {
        SignInDialog signIn(b->db);
        look(&signIn, QStringLiteral("sign-in"));
    }
    {
        FirstAdminDialog first(b->db);
        look(&first, QStringLiteral("first-admin"));
    }
    verifyNothingClipped();
}

// The project workspace's dialogs: add venues, suggestions, email draft, decline, quotes, files,
// answer-by date, dates and holds, the venue's calendar, the project, the proposal.
void tst_TranslatedWindows::workspaceDialogs()
{
    Book *b = book();
    if (!b)
        return;
    language();
    MainWindow window(b->db, b->admin, makePages(b->db, b->admin));
    window.resize(kScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *projects = qobject_cast<ProjectsPage *>(window.page(MainWindow::Page::Projects));
    window.showPage(MainWindow::Page::Projects);
    QVERIFY(waitFor([&] { return !projects->isLoading(); }));
    projects->openProject(b->summitId);
    ProjectWorkspace *ws = projects->workspace();
    QVERIFY(waitFor([&] { return !ws->isOpening(); }));
    ShortlistModel *shortlist = ws->shortlistModel();
    const int loft = shortlist->rowOf(b->loftRowId);
    int draft = -1;
    for (int row = 0; row < shortlist->rowCount(); ++row)
        if (shortlist->entryAt(row)->row.status == OutreachStatus::Draft)
            draft = row;
    QVERIFY(loft >= 0 && draft >= 0);

    ws->openAddVenues();
    QVERIFY(waitFor(
        [&] { return ws->addVenuesDialog() && ws->addVenuesDialog()->model()->rowCount() > 0; }));
    ws->addVenuesDialog()->view()->selectRow(0);
    look(ws->addVenuesDialog(), QStringLiteral("add-venues"));
    ws->addVenuesDialog()->reject();

    ws->openSuggestions();
    QVERIFY(
        waitFor([&] { return ws->suggestionsDialog() && !ws->suggestionsDialog()->isLoading(); }));
    look(ws->suggestionsDialog(), QStringLiteral("suggestions"));
    ws->suggestionsDialog()->reject();

    ws->openEmailDraft(draft);
    QVERIFY(waitFor([&] { return ws->emailDialog() != nullptr; }));
    look(ws->emailDialog(), QStringLiteral("email-draft"));
    ws->emailDialog()->reject();

    ws->requestStatus(draft, OutreachStatus::Declined);
    QVERIFY(waitFor([&] { return ws->declineDialog() != nullptr; }));
    look(ws->declineDialog(), QStringLiteral("decline"));
    ws->declineDialog()->reject();

    ws->openQuotes(loft);
    QVERIFY(waitFor([&] { return ws->quotesDialog() && !ws->quotesDialog()->isLoading(); }));
    look(ws->quotesDialog(), QStringLiteral("quotes"));
    ws->quotesDialog()->reject();

    ws->openFiles(loft);
    QVERIFY(waitFor([&] { return ws->filesDialog() && !ws->filesDialog()->list()->isLoading(); }));
    look(ws->filesDialog(), QStringLiteral("files"));
    ws->filesDialog()->reject();

    ws->editProject();
    QVERIFY(
        waitFor([&] { return ws->projectDialog() && !ws->projectDialog()->isLoadingChoices(); }));
    look(ws->projectDialog(), QStringLiteral("workspace-project"));
    ws->projectDialog()->reject();

    // The chase list's answer-by date.
    auto *side = ws->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
    OutreachPanel *outreach = ws->outreachPanel();
    side->setCurrentWidget(outreach);
    QVERIFY(waitFor([&] { return !outreach->isLoadingChaseList(); }));
    QVERIFY(outreach->chaseList()->topLevelItemCount() > 0);
    outreach->chaseList()->setCurrentItem(outreach->chaseList()->topLevelItem(0));
    outreach->changeRespondBy();
    QVERIFY(waitFor([&] { return outreach->respondByDialog() != nullptr; }));
    look(outreach->respondByDialog(), QStringLiteral("answer-by"));
    outreach->respondByDialog()->reject();

    // Dates, a room held, the venue's calendar.
    HoldsPanel *holds = ws->holdsPanel();
    side->setCurrentWidget(holds);
    QVERIFY(waitFor([&] { return !holds->isLoading(); }));
    holds->addDates();
    QVERIFY(waitFor([&] { return holds->openDialog() != nullptr; }));
    look(holds->openDialog(), QStringLiteral("hold-dates"));
    holds->openDialog()->reject();
    QVERIFY(waitFor([&] { return !holds->openDialog() || !holds->openDialog()->isVisible(); }));
    ws->selectRow(shortlist->rowOf(b->roomsRowId));
    holds->holdRoom();
    QVERIFY(waitFor([&] { return holds->openDialog() && holds->openDialog()->isVisible(); }));
    look(holds->openDialog(), QStringLiteral("hold-room"));
    holds->openDialog()->reject();
    QVERIFY(waitFor([&] { return !holds->openDialog() || !holds->openDialog()->isVisible(); }));
    holds->table()->selectRow(0);
    holds->openCalendar();
    QVERIFY(waitFor([&] {
        auto *calendar = qobject_cast<VenueCalendarDialog *>(holds->openDialog());
        return calendar && !calendar->isLoading();
    }));
    look(holds->openDialog(), QStringLiteral("venue-calendar"));
    holds->openDialog()->reject();

    // The proposal's preview (what the client receives is checked in the PDF tests).
    {
        ProposalPreviewDialog preview(b->db, b->summitId, &window);
        preview.show();
        QVERIFY(waitFor([&] { return !preview.isLoading(); }));
        look(&preview, QStringLiteral("proposal-preview"));
    }
    verifyNothingClipped();
}

// The windows before a database is open: where to connect, its password, the first start's
// offer of sample data, the migration; and the app's preferences and About.
void tst_TranslatedWindows::startDialogs()
{
    language();
    auto url
        = DatabaseUrl::parse(QStringLiteral("postgresql://alice@db.agency.example:5432/venues"));
    VM_VERIFY_OK(url);
    {
        ConnectionDialog connection;
        look(&connection, QStringLiteral("connection"));
    }
    {
        PasswordDialog password(*url, false);
        look(&password, QStringLiteral("password"));
    }
    {
        PasswordDialog refused(*url, true);
        look(&refused, QStringLiteral("password-refused"));
    }
    {
        DatabaseUrl home = DatabaseUrl::embeddedDefault();
        FirstStartDialog first(home);
        look(&first, QStringLiteral("first-start"));
    }
    {
        MigrationDialog migration(*url, 12, 16);
        look(&migration, QStringLiteral("migration"));
    }
    {
        PreferencesDialog preferences;
        look(&preferences, QStringLiteral("preferences-alone"));
    }
    verifyNothingClipped();
}

// A 1366×768 offscreen screen, as on the laptop the app is made to fit (Qt's offscreen screen is
// 800×600 unless told otherwise, and dialogs size themselves to the screen).
int main(int argc, char **argv)
{
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/venuemap-screen-XXXXXX.json"));
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        if (config.open()) {
            config.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, )"
                                        R"("width": %1, "height": %2, "logicalDpi": 96, )"
                                        R"("logicalBaseDpi": 96, "dpr": 1}]})")
                             .arg(kScreen.width())
                             .arg(kScreen.height())
                             .toUtf8());
            config.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    tst_TranslatedWindows test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translatedwindows.moc"
