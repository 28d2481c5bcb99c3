// The two GUI figures: a cold start of `venuemap` until the first venue rows are painted
// (a real process, offscreen), and a keystroke in the venue search until the new rows are painted
// (the real Venues page in this process).
#include "benchrunner.h"
#include "itemmodels/venuelistmodel.h"
#include "repositories/userrepository.h"
#include "repositories/venuerepository.h"
#include "venues/venuespage.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

namespace VenueMap::Bench {

using namespace VenueMap::Core;

namespace {

// A person the cold starts sign in as: on PostgreSQL a login of its own (sign-in is by the
// connected role), on SQLite an email and password the sign-in dialog is given.
const QString kEmail = QStringLiteral("bench.runner@venuemap.invalid");
const QString kPassword = QStringLiteral("bench-runner-Password-7");
const QString kLogin = QStringLiteral("venuemap_bench_runner");

// Counts paints of a widget that happen while `ready` holds.
class PaintSpy final : public QObject
{
public:
    std::function<bool()> ready;
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ready && ready())
            painted = true;
        return false;
    }
};

struct GuiBenchState
{
    std::unique_ptr<QTemporaryDir> config;
    QString appUrl; // how the cold start connects
    QProcessEnvironment env;
    std::unique_ptr<QMainWindow> window;
    Ui::VenuesPage *page = nullptr;
    QLineEdit *search = nullptr;
    PaintSpy spy;
    QList<QPair<QString, QChar>> words; // a 3-letter search and the letter a person types next
    int turn = 0;
    bool ok = true;
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool ensureBenchPerson(const Database &db, QTextStream &err)
{
    UserRepository users(db);
    auto existing = users.fetchByEmail(kEmail);
    if (!existing) {
        err << "cold start: " << existing.error().sentence() << '\n';
        return false;
    }
    if (existing->has_value())
        return true;
    NewPerson person;
    person.name = QStringLiteral("Bench Runner");
    person.email = kEmail;
    person.role = UserRole::EventManager;
    person.password = kPassword;
    if (db.isPostgres())
        person.login = kLogin;
    auto added = users.addPerson(person);
    if (!added)
        err << "cold start: cannot add the bench person: " << added.error().sentence() << '\n';
    return added.ok();
}

} // namespace

void addGuiOperations(BenchRunner &runner, const BenchContext &ctx)
{
    auto s = std::make_shared<GuiBenchState>();

    // Cold start: `venuemap --db URL` as venuemap-probe (the same main with a startup probe that
    // signs in and quits at the first painted rows; the installed venuemap has no probe).
    runner.add(operation(
        QStringLiteral("cold start of venuemap until first venue rows painted"), 1000,
        [s] {
            if (!s->ok)
                return -1.0;
            QProcess app;
            app.setProcessEnvironment(s->env);
            app.setProgram(QStringLiteral(VENUEMAP_PROBE_PATH));
            app.setArguments({ QStringLiteral("--db"), s->appUrl });
            QElapsedTimer t;
            t.start();
            app.start();
            if (!waitUntil([&] { return app.state() == QProcess::NotRunning; }, 30000)) {
                app.kill();
                app.waitForFinished();
                return -1.0;
            }
            const double elapsed = ms(t);
            const QByteArray out = app.readAllStandardOutput();
            if (app.exitCode() != 0 || !out.contains("first venue rows painted")) {
                QTextStream(stderr) << "cold start failed (exit " << app.exitCode()
                                    << "): " << app.readAllStandardError().right(600) << '\n';
                return -1.0;
            }
            return elapsed;
        },
        20, 2, QStringLiteral("ms"),
        [s, ctx] {
            QTextStream err(stderr);
            s->ok = ensureBenchPerson(ctx.db, err);
            s->config = std::make_unique<QTemporaryDir>();
            s->env = QProcessEnvironment::systemEnvironment();
            s->env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            s->env.insert(QStringLiteral("XDG_CONFIG_HOME"), s->config->path());
            s->env.insert(QStringLiteral("VENUEMAP_KEYCHAIN"), QStringLiteral("off"));
            s->env.remove(QStringLiteral("VENUEMAP_DB"));
            DatabaseUrl url = ctx.db.url();
            if (url.isPostgres()) {
                url.user = kLogin;
                url.password = kPassword;
            } else {
                s->env.insert(QStringLiteral("VENUEMAP_PROBE_EMAIL"), kEmail);
                s->env.insert(QStringLiteral("VENUEMAP_PROBE_PASSWORD"), kPassword);
            }
            s->appUrl = url.toFullString();
        }));

    // A keystroke: the search box holds three letters of a real name; the person types the fourth.
    auto preparePage = [s, ctx] {
        if (s->window)
            return;
        VenueRepository repo(ctx.db);
        if (auto sample = repo.search(VenueFilter(), 400)) {
            for (int i = 0; i < sample->size(); i += 13) {
                const QString name = sample->at(i).name.toLower();
                if (name.size() >= 6 && !name.mid(1, 4).contains(QLatin1Char(' ')))
                    s->words.append({ name.mid(1, 3), name.at(4) });
            }
        }
        if (s->words.isEmpty())
            s->words.append({ QStringLiteral("ven"), QLatin1Char('u') });
        s->window = std::make_unique<QMainWindow>();
        s->page = new Ui::VenuesPage(ctx.db);
        s->window->setCentralWidget(s->page);
        s->window->statusBar()->showMessage(QStringLiteral("Ready"));
        s->window->resize(1280, 800);
        s->window->show();
        s->search = s->page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *table = s->page->findChild<QTableView *>(QStringLiteral("table"));
        table->viewport()->installEventFilter(&s->spy);
        waitUntil(
            [&] { return s->page->model()->isRowLoaded(0) && s->page->model()->isCountFinal(); },
            60000);
    };
    runner.add(guiOperation(operation(
        QStringLiteral("keystroke in venue search until new rows painted"), 50,
        [s] {
            if (!s->search)
                return -1.0;
            VenueListModel *model = s->page->model();
            const auto [word, next] = s->words.at(s->turn++ % s->words.size());
            auto shown = [model](const QString &text) {
                return model->filter().text == text
                    && (model->isRowLoaded(0) || (model->isCountFinal() && model->rowCount() == 0));
            };
            // Settle on the three letters (not timed), then let the quiet period pass.
            s->search->setText(word);
            if (!waitUntil([&] { return shown(word); }, 10000))
                return -1.0;
            waitUntil([] { return false; }, 200);
            const QString typed = word + next;
            s->spy.painted = false;
            s->spy.ready = [shown, typed] { return shown(typed); };
            QElapsedTimer t;
            t.start();
            const auto key = next.isLetterOrNumber() && next.unicode() < 128
                ? Qt::Key(next.toUpper().unicode())
                : Qt::Key_unknown;
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(next));
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(next));
            QCoreApplication::sendEvent(s->search, &press);
            QCoreApplication::sendEvent(s->search, &release);
            if (!waitUntil([&] { return s->spy.painted; }, 10000))
                return -1.0;
            const double elapsed = ms(t);
            s->spy.ready = {};
            return elapsed;
        },
        20, 3, QStringLiteral("ms"), preparePage)));
}

} // namespace VenueMap::Bench
