// venuemapctl user add|list|disable|enable|role|password|remove: people for admins and scripts.
#include "ctl.h"

#include "auth/passwordhasher.h"
#include "repositories/userrepository.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace VenueMap::Core::Cli {

namespace {

const char *kUserUsage
    = "Usage:\n"
      "  venuemapctl user add --name NAME --email EMAIL --role admin|event_manager [--login "
      "LOGIN]\n"
      "      the password is asked for (without echo) on a terminal, else read as one line of "
      "stdin;\n"
      "      on PostgreSQL this creates the person's login role (LOGIN defaults to the email in "
      "lower case)\n"
      "  venuemapctl user list                 one line each: email, role, active|disabled, name, "
      "login (tab-separated)\n"
      "  venuemapctl user disable EMAIL\n"
      "  venuemapctl user enable EMAIL\n"
      "  venuemapctl user role EMAIL admin|event_manager\n"
      "  venuemapctl user password EMAIL       set a new password (asked for like `add`)\n"
      "  venuemapctl user remove EMAIL         only a person without activity; disable the "
      "others\n";

int usage(Context &ctx, const QString &why)
{
    ctx.err << why << '\n' << kUserUsage;
    ctx.err.flush();
    return BadUsage;
}

// One line from the terminal without echo, or from stdin when it is not a terminal.
std::optional<QString> readSecretLine(Context &ctx, const QString &prompt, bool terminal)
{
    termios saved {};
    if (terminal) {
        ctx.err << prompt;
        ctx.err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly | QIODevice::Text, QFileDevice::DontCloseHandle);
    const QByteArray line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ctx.err << '\n';
        ctx.err.flush();
    }
    if (line.isEmpty())
        return std::nullopt;
    QString text = QString::fromUtf8(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

std::optional<QString> readNewPassword(Context &ctx, const QString &email)
{
    const bool terminal = isatty(STDIN_FILENO);
    auto first = readSecretLine(ctx, QStringLiteral("New password for %1: ").arg(email), terminal);
    if (!first) {
        ctx.err << "No password was given: type it at the prompt or pass one line on stdin.\n";
        return std::nullopt;
    }
    if (const QString weak = PasswordHasher::weakness(*first); !weak.isEmpty()) {
        ctx.err << weak << '\n';
        return std::nullopt;
    }
    if (terminal) {
        auto again = readSecretLine(ctx, QStringLiteral("The same password again: "), terminal);
        if (!again || *again != *first) {
            ctx.err << "The two passwords differ; nothing was changed.\n";
            return std::nullopt;
        }
    }
    return first;
}

std::optional<User> findPerson(Context &ctx, UserRepository &users, const QString &email)
{
    auto person = users.fetchByEmail(email);
    if (!person) {
        reportError(ctx, person.error());
        return std::nullopt;
    }
    if (!person->has_value()) {
        ctx.err << "Nobody with the email " << email << " exists here.\n";
        return std::nullopt;
    }
    return **person;
}

} // namespace

int userCommand(Context &ctx)
{
    if (ctx.args.isEmpty())
        return usage(ctx, QStringLiteral("user needs a subcommand."));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out << kUserUsage;
        return Done;
    }
    static const QStringList known = { QStringLiteral("add"), QStringLiteral("list"),
        QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("role"),
        QStringLiteral("password"), QStringLiteral("remove") };
    if (!known.contains(sub))
        return usage(ctx, QStringLiteral("Unknown user subcommand \"%1\".").arg(sub));

    NewPerson person;
    QString email;
    std::optional<UserRole> role;
    if (sub == QLatin1String("add")) {
        QString roleText;
        while (!ctx.args.isEmpty()) {
            const QString opt = ctx.args.takeFirst();
            if (opt == QLatin1String("--password") || opt.startsWith(QLatin1String("--password=")))
                return usage(ctx,
                    QStringLiteral(
                        "A password is never an argument (others can read it in the process list): "
                        "type it at the prompt or pass it on stdin."));
            if (ctx.args.isEmpty())
                return usage(ctx, QStringLiteral("%1 needs a value.").arg(opt));
            const QString value = ctx.args.takeFirst();
            if (opt == QLatin1String("--name"))
                person.name = value;
            else if (opt == QLatin1String("--email"))
                person.email = value;
            else if (opt == QLatin1String("--role"))
                roleText = value;
            else if (opt == QLatin1String("--login"))
                person.login = value;
            else
                return usage(ctx, QStringLiteral("Unknown option %1 for user add.").arg(opt));
        }
        role = userRoleFromDb(roleText);
        if (person.name.trimmed().isEmpty() || person.email.trimmed().isEmpty() || !role)
            return usage(ctx,
                QStringLiteral("user add needs --name, --email and --role admin|event_manager."));
        person.role = *role;
    } else if (sub == QLatin1String("list")) {
        if (!ctx.args.isEmpty())
            return usage(ctx, QStringLiteral("user list takes no arguments."));
    } else if (sub == QLatin1String("role")) {
        if (ctx.args.size() != 2 || !userRoleFromDb(ctx.args.at(1)))
            return usage(
                ctx, QStringLiteral("user role needs an EMAIL and admin or event_manager."));
        email = ctx.args.at(0);
        role = userRoleFromDb(ctx.args.at(1));
    } else {
        if (ctx.args.size() != 1)
            return usage(ctx, QStringLiteral("user %1 needs one EMAIL.").arg(sub));
        email = ctx.args.at(0);
    }

    auto db = openForCommand(ctx);
    if (!db)
        return Failed;
    UserRepository users(*db);

    if (sub == QLatin1String("list")) {
        auto all = users.fetchAll();
        if (!all)
            return reportError(ctx, all.error());
        for (const User &u : *all) {
            QString name = u.name;
            name.replace(QLatin1Char('\t'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
            ctx.out << u.email << '\t' << userRoleToDb(u.role) << '\t'
                    << (u.isActive ? "active" : "disabled") << '\t' << name << '\t'
                    << (u.dbRole.isEmpty() ? QStringLiteral("-") : u.dbRole) << '\n';
        }
        return Done;
    }
    if (sub == QLatin1String("add")) {
        // Always ready where people are password hashes; login roles need the group roles and
        // grants.
        auto access = users.accessState();
        if (!access)
            return reportError(ctx, access.error());
        if (!access->ready()) {
            ctx.err << access->problem() << '\n';
            return Failed;
        }
        auto password = readNewPassword(ctx, person.email);
        if (!password)
            return Failed;
        person.password = *password;
        auto added = users.addPerson(person);
        if (!added)
            return reportError(ctx, added.error());
        ctx.out << "added: " << added->email << '\t' << userRoleToDb(added->role);
        if (!added->dbRole.isEmpty())
            ctx.out << "\tlogin " << added->dbRole;
        ctx.out << '\n';
        return Done;
    }

    auto target = findPerson(ctx, users, email);
    if (!target)
        return Failed;
    Status done;
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable")) {
        done = users.setActive(target->id, sub == QLatin1String("enable"));
    } else if (sub == QLatin1String("role")) {
        done = users.setRole(target->id, *role);
    } else if (sub == QLatin1String("password")) {
        auto password = readNewPassword(ctx, target->email);
        if (!password)
            return Failed;
        done = users.resetPassword(target->id, *password);
    } else if (sub == QLatin1String("remove")) {
        done = users.removePerson(target->id);
    }
    if (!done)
        return reportError(ctx, done.error());
    const QString word = sub == QLatin1String("role") ? QStringLiteral("role")
        : sub == QLatin1String("password")            ? QStringLiteral("password set")
                                                      : sub + QLatin1Char('d');
    ctx.out << word << ": " << target->email;
    if (role && sub == QLatin1String("role"))
        ctx.out << '\t' << userRoleToDb(*role);
    ctx.out << '\n';
    return Done;
}

} // namespace VenueMap::Core::Cli
