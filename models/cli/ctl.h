#pragma once

#include "db/database.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace VenueMap::Core::Cli {

// Exit codes of venuemapctl (DESIGN §7).
enum ExitCode { Done = 0, Failed = 1, BadUsage = 2 };

// What every command gets: its own arguments (after the command words), the open database
// and the two streams. A command writes what scripts read to `out`, and sentences to `err`.
struct Context
{
    QStringList args;
    DatabaseUrl url;
    QTextStream &out;
    QTextStream &err;
};

// Runs `venuemapctl [--db URL] COMMAND ...`; argv[0] excluded. Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Opens the database of `ctx` and migrates it (or, with migrate=false, only checks it may be used).
// Prints the sentence and returns nothing when that fails.
std::optional<Database> openForCommand(Context &ctx, bool migrate = true);
int reportError(Context &ctx, const DbError &error);
// `--format table`: columns padded to their widest cell (at most 40 characters, longer ones cut
// with an ellipsis, line breaks as spaces); the columns in `rightAligned` (numbers) to the right.
void writeTable(QTextStream &out, const QStringList &head, const QList<QStringList> &rows,
    const QList<int> &rightAligned);

// `--format csv`: the head and rows as CSV records (the writer of the venue export).
void writeCsv(QTextStream &out, const QStringList &head, const QList<QStringList> &rows);

// A command's options: --name VALUE or --name=VALUE for the names in `valued`, --name for the
// names in `flags`, and the words that are no option. Says what is wrong (then `usage`) and
// returns nothing for an unknown option or a missing value.
struct CommandOptions
{
    QMap<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
};
std::optional<CommandOptions> parseOptions(Context &ctx, const char *usage, const QStringList &args,
    const QStringList &valued, const QStringList &flags);
// --NAME as a date, as people write dates and as the app takes them (2027-05-14, 14 May 2027,
// 14.05.2027); says what is wrong and returns nothing when it is not one.
std::optional<QDate> dateOption(Context &ctx, const CommandOptions &o, const QString &name);
// json, csv or table; says what is wrong otherwise.
bool knownFormat(Context &ctx, const QString &format);

// One function per command group, each in its own file.
int migrateCommand(Context &ctx);
int demoCommand(Context &ctx);
int venuesCommand(Context &ctx);
int clientsCommand(Context &ctx);
int holdsCommand(Context &ctx);
int quotesCommand(Context &ctx);
int outreachCommand(Context &ctx);
int projectsCommand(Context &ctx);
int importCommand(Context &ctx);
int exportCommand(Context &ctx);
int userCommand(Context &ctx);
int backupCommand(Context &ctx);
int restoreCommand(Context &ctx);

} // namespace VenueMap::Core::Cli
