// CsvReader: RFC 4180 parsing, delimiter detection, encoding errors with their position, and the
// writer's output read back unchanged.
#include "export/csvreader.h"
#include "export/csvwriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace VenueMap::Core;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

class tst_CsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void recordLines();
    void errors_data();
    void errors();
    void errorMessagesArePrecise();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void formulaCells_data();
    void formulaCells();
    void randomBytesNeverCrash();
    void largeFileIsFast();
};

void tst_CsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("records");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");

    QTest::newRow("empty") << QByteArray() << Records {} << ',' << false;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << Records {} << ',' << true;
    QTest::newRow("simple") << QByteArray("name,city\nHall,Berlin\n")
                            << Records { { "name", "city" }, { "Hall", "Berlin" } } << ',' << false;
    QTest::newRow("no final line break")
        << QByteArray("name,city\nHall,Berlin")
        << Records { { "name", "city" }, { "Hall", "Berlin" } } << ',' << false;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Records { { "a", "b" }, { "1", "2" } }
                          << ',' << false;
    QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << Records { { "a", "b" }, { "1", "2" } }
                             << ',' << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFname;city\nHall;Berlin\n")
                         << Records { { "name", "city" }, { "Hall", "Berlin" } } << ';' << true;
    QTest::newRow("semicolon with commas in data")
        << QByteArray("name;city;notes\nHall;Berlin;big, bright, airy\n")
        << Records { { "name", "city", "notes" }, { "Hall", "Berlin", "big, bright, airy" } } << ';'
        << false;
    QTest::newRow("comma wins a tie")
        << QByteArray("a;b,c\n") << Records { { "a;b", "c" } } << ',' << false;
    QTest::newRow("delimiter inside quotes does not count")
        << QByteArray("\"a;b;c\",d\n") << Records { { "a;b;c", "d" } } << ',' << false;
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"Hall, the\",x\n")
                                  << Records { { "a", "b" }, { "Hall, the", "x" } } << ',' << false;
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n")
                                    << Records { { "a" }, { "say \"hi\"" } } << ',' << false;
    QTest::newRow("newline in quotes")
        << QByteArray("a,b\n\"line 1\nline 2\",x\n")
        << Records { { "a", "b" }, { "line 1\nline 2", "x" } } << ',' << false;
    QTest::newRow("crlf in quotes")
        << QByteArray("a,b\r\n\"line 1\r\nline 2\",x\r\n")
        << Records { { "a", "b" }, { "line 1\r\nline 2", "x" } } << ',' << false;
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n")
                                  << Records { { "a", "b", "c" }, { "", "", "" } } << ',' << false;
    QTest::newRow("trailing delimiter")
        << QByteArray("a,b,\n") << Records { { "a", "b", "" } } << ',' << false;
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"\n") << Records { { "", "" } } << ','
                                  << false;
    QTest::newRow("blank line kept as a record")
        << QByteArray("a\n\nb\n") << Records { { "a" }, { "" }, { "b" } } << ',' << false;
    QTest::newRow("stray quote inside unquoted field kept")
        << QByteArray("a,b\n5\" screen,x\n") << Records { { "a", "b" }, { "5\" screen", "x" } }
        << ',' << false;
    QTest::newRow("text after closing quote kept")
        << QByteArray("\"ab\"cd,e\n") << Records { { "abcd", "e" } } << ',' << false;
    QTest::newRow("utf8") << QByteArray(
        "name\nK\xC3\xB6ln Sch\xC3\xBCtzenhaus \xE2\x82\xAC \xF0\x9F\x8E\x89\n")
                          << Records { { "name" }, { QString::fromUtf8("Köln Schützenhaus € 🎉") } }
                          << ',' << false;
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records { { " a ", " b " } } << ','
                                 << false;
}

void tst_CsvReader::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, records);
    QFETCH(char, delimiter);
    QFETCH(bool, bom);
    const CsvParseResult result = CsvReader::parse(bytes);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.document().records, records);
    QCOMPARE(result.document().lines.size(), records.size());
    QCOMPARE(result.document().delimiter, delimiter);
    QCOMPARE(result.document().hadBom, bom);
}

void tst_CsvReader::recordLines()
{
    const QByteArray bytes(
        "name,notes\r\nA,\"two\r\nlines\"\r\nB,x\r\n\"C\",\"three\nmore\nlines\"\nD,y");
    const CsvParseResult result = CsvReader::parse(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.document().records.size(), 5);
    QCOMPARE(result.document().lines, (QList<int> { 1, 2, 4, 5, 8 }));
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");

    const int bad = int(CsvError::Kind::InvalidUtf8);
    const int open = int(CsvError::Kind::UnterminatedQuote);
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n") << open << 3 << 3 << 2 << 10;
    QTest::newRow("unterminated after multiline record")
        << QByteArray("a,b\n\"x\ny\",1\n\"z,2\n") << open << 3 << 4 << 1 << 12;
    QTest::newRow("quote at the very end") << QByteArray("a\n\"") << open << 2 << 2 << 1 << 2;
    QTest::newRow("latin-1 byte") << QByteArray("name,city\nHall,K\xF6ln\n") << bad << 2 << 2 << 2
                                  << 16;
    QTest::newRow("latin-1 in header") << QByteArray("n\xE4me\n") << bad << 1 << 1 << 1 << 1;
    QTest::newRow("after bom") << QByteArray("\xEF\xBB\xBF"
                                             "a,\xC0\xAF\n")
                               << bad << 1 << 1 << 2 << 5;
    QTest::newRow("overlong slash") << QByteArray("a\n\xC0\xAF\n") << bad << 2 << 2 << 1 << 2;
    QTest::newRow("surrogate") << QByteArray("a\nx\xED\xA0\x80\n") << bad << 2 << 2 << 1 << 3;
    QTest::newRow("above U+10FFFF")
        << QByteArray("a\n\xF4\x90\x80\x80\n") << bad << 2 << 2 << 1 << 2;
    QTest::newRow("truncated at end") << QByteArray("a\n\xE2\x82") << bad << 2 << 2 << 1 << 2;
    QTest::newRow("lone continuation") << QByteArray("a\n\x80") << bad << 2 << 2 << 1 << 2;
    QTest::newRow("inside quoted field")
        << QByteArray("a,b\n1,\"ok\nthen \xFF\"\n") << bad << 2 << 3 << 2 << 15;
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFEn\0a\0", 6) << int(CsvError::Kind::Utf16)
                                << 1 << 1 << 1 << 0;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(int, row);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    const CsvParseResult result = CsvReader::parse(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QCOMPARE(result.error().row, row);
    QCOMPARE(result.error().line, line);
    QCOMPARE(result.error().column, column);
    QCOMPARE(int(result.error().byteOffset), offset);
    QVERIFY(!result.error().message().isEmpty());
}

void tst_CsvReader::errorMessagesArePrecise()
{
    const auto unterminated = CsvReader::parse(QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n"));
    QCOMPARE(unterminated.error().message(),
        QStringLiteral(
            "Row 3 (line 3), column 2: a quoted field opens here and is never closed; add the "
            "missing closing quote."));
    const auto latin1 = CsvReader::parse(QByteArray("name,city\nHall,K\xF6ln\n"));
    QCOMPARE(latin1.error().message(),
        QStringLiteral("Row 2 (line 2), column 2 has characters this file does not spell as text: "
                       "it is not a CSV file saved as text, or it was saved in another encoding. "
                       "Save it as \"CSV UTF-8\" and try again."));
}

void tst_CsvReader::writerRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::newRow("comma") << ',' << false;
    QTest::newRow("semicolon with bom") << ';' << true;
}

void tst_CsvReader::writerRoundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(bool, bom);
    // Every awkward character a venue's notes may hold, in every position.
    const QStringList pieces { "", "plain", "a,b", "a;b", "say \"hi\"", "\"", "two\nlines",
        "cr\rlf\r\n", " lead", "trail ", QString::fromUtf8("Köln €🎉"), "=1+2", ",;\"\n", "'=x",
        "''+y", "'", "-0.12", "@SUM(A1)", "\t=1", "+49 30 1234", "-", "'plain" };
    Records records { { "name", "city", "notes" } };
    QRandomGenerator rng(42);
    for (int i = 0; i < 500; ++i) {
        QStringList r;
        for (int c = 0; c < 3; ++c)
            r << pieces.at(rng.bounded(int(pieces.size())))
                    + pieces.at(rng.bounded(int(pieces.size())));
        // A record that is one empty field reads back as such; never a record of zero fields.
        records << r;
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, { delimiter, bom });
        for (const QStringList &r : records)
            writer.writeRecord(r);
        QVERIFY(writer.flush());
    }
    const CsvParseResult result = CsvReader::parse(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.document().delimiter, delimiter);
    QCOMPARE(result.document().hadBom, bom);
    QCOMPARE(result.document().records, records);
}

// Issue 12 finding 4: what the writer puts in the file for a cell, and that it reads back as it
// was.
void tst_CsvReader::formulaCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("formula") << "=1+2" << QByteArray("'=1+2");
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\")"
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << "+cmd" << QByteArray("'+cmd");
    QTest::newRow("minus") << "-2+3" << QByteArray("'-2+3");
    QTest::newRow("at") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << "\t=1" << QByteArray("'\t=1");
    QTest::newRow("carriage return") << "\r=1" << QByteArray("\"'\r=1\"");
    QTest::newRow("phone") << "+49 30 1234" << QByteArray("'+49 30 1234");
    QTest::newRow("negative longitude") << "-0.12" << QByteArray("-0.12");
    QTest::newRow("signed whole number") << "+4930" << QByteArray("+4930");
    QTest::newRow("exponent") << "-1e3" << QByteArray("-1e3");
    QTest::newRow("already quoted formula") << "'=x" << QByteArray("''=x");
    QTest::newRow("two quotes") << "''-x" << QByteArray("'''-x");
    QTest::newRow("quoted number") << "'-0.12" << QByteArray("''-0.12");
    QTest::newRow("quote alone") << "'" << QByteArray("'");
    QTest::newRow("quoted word") << "'plain" << QByteArray("'plain");
    QTest::newRow("formula later") << "a=b" << QByteArray("a=b");
    QTest::newRow("empty") << "" << QByteArray("");
}

void tst_CsvReader::formulaCells()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    const QByteArray bytes = CsvWriter::encodeRecord({ QStringLiteral("x"), value });
    QCOMPARE(bytes, "x," + written + "\r\n");
    const CsvParseResult result = CsvReader::parse(bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.document().records.first(), (QStringList { QStringLiteral("x"), value }));
}

void tst_CsvReader::randomBytesNeverCrash()
{
    // A small in-process fuzz: arbitrary bytes either parse or give an error with a position
    // inside the input; parsing is deterministic.
    QRandomGenerator rng(7);
    const QByteArray alphabet("ab,;\"\r\n \xC3\xA9\xFF\x80\xE2\x82\xAC\xEF\xBB\xBF");
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes;
        const int n = rng.bounded(64);
        for (int k = 0; k < n; ++k)
            bytes.append(rng.bounded(4) == 0 ? char(rng.bounded(256))
                                             : alphabet.at(rng.bounded(int(alphabet.size()))));
        const CsvParseResult a = CsvReader::parse(bytes);
        const CsvParseResult b = CsvReader::parse(bytes);
        QCOMPARE(a.ok(), b.ok());
        if (a.ok()) {
            QCOMPARE(a.document().records, b.document().records);
            QCOMPARE(a.document().records.size(), a.document().lines.size());
        } else {
            QVERIFY(a.error().byteOffset >= 0 && a.error().byteOffset <= bytes.size());
            QVERIFY(a.error().row >= 1);
            QCOMPARE(a.error().row, b.error().row);
        }
    }
}

void tst_CsvReader::largeFileIsFast()
{
    QByteArray bytes("name,address,city,country,capacity,facilities,rating,notes\r\n");
    for (int i = 0; i < 100000; ++i)
        bytes += "Venue " + QByteArray::number(i) + ",\"Main Street " + QByteArray::number(i)
            + ", 2nd floor\",Berlin,Germany,250,\"wifi, parking\",4.5,\"Quiet \"\"garden\"\" "
              "room\"\r\n";
    QElapsedTimer timer;
    timer.start();
    const CsvParseResult result = CsvReader::parse(bytes);
    const qint64 ms = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result.document().records.size(), 100001);
    QCOMPARE(result.document().records.last().at(7), QStringLiteral("Quiet \"garden\" room"));
    qInfo("100,000 rows (%lld MB) parsed in %lld ms", qint64(bytes.size() >> 20), ms);
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
