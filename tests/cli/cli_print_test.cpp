// SPDX-License-Identifier: MIT
// mostrador-cli print quote NUMBER --out FILE.pdf [--paper a4|letter]: in-process, and
// once through the real binary (which must paint without a display).
#include "cli_fixture.h"
#include "services/quotation_service.h"
#include "support/test_db.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace mostrador;
using namespace mostrador::test;

namespace {

// What a PDF file says about itself: its page objects and their paper in points.
struct PdfFacts {
    int pages = 0;
    QStringList mediaBoxes;
};

PdfFacts readPdf(const QString& path) {
    QFile f(path);
    PdfFacts facts;
    if (!f.open(QIODevice::ReadOnly))
        return facts;
    const QString bytes = QString::fromLatin1(f.readAll());
    facts.pages = bytes.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])")));
    const QRegularExpression box(QStringLiteral(
        "/MediaBox\\s*\\[\\s*0\\s+0\\s+(\\d+)(?:\\.0+)?\\s+(\\d+)(?:\\.0+)?\\s*\\]"));
    for (auto m = box.globalMatch(bytes); m.hasNext();) {
        const auto match = m.next();
        facts.mediaBoxes.append(match.captured(1) + u'x' + match.captured(2));
    }
    facts.mediaBoxes.removeDuplicates();
    return facts;
}

class CliPrintTest : public CliTest {
protected:
    void SetUp() override {
        init();
        addProduct(QStringLiteral("TOR-M6"), QStringLiteral("0"));
        addCustomer(QStringLiteral("Ferretería Sol"), QStringLiteral("SOL"));
        number = createQuote(60);
    }

    // A quotation of `lines` lines, made through the service (a CLI line per line
    // would only be slower).
    QString createQuote(int lines) {
        services::QuotationInput input;
        input.customerCode = QStringLiteral("SOL");
        for (int i = 0; i < lines; ++i)
            input.lines.append({QStringLiteral("TOR-M6"), domain::Quantity::fromUnits(i + 1),
                                std::nullopt, std::nullopt, QString(), QDate()});
        auto made = open()->quotations().create(test::admin(), input);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        return made ? made->number : QString();
    }

    QString out(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    QString number;
};

} // namespace

TEST_F(CliPrintTest, PrintsAQuotationAsAMultiPagePdfOnTheSettingsPaper) {
    CliRun printed = json({QStringLiteral("print"), QStringLiteral("quote"), number,
                           QStringLiteral("--out"), out("q.pdf")});
    ASSERT_EQ(printed.status, 0) << printed.out.toStdString();
    EXPECT_EQ(printed.object()[QStringLiteral("file")].toString(), out("q.pdf"));
    const int pages = printed.object()[QStringLiteral("pages")].toInt();
    EXPECT_GE(pages, 2);
    const PdfFacts pdf = readPdf(out("q.pdf"));
    EXPECT_EQ(pdf.pages, pages);
    EXPECT_EQ(pdf.mediaBoxes, QStringList{QStringLiteral("595x842")}); // a4, the default

    ASSERT_EQ(json(words("settings set print.paper_size letter")).status, 0);
    CliRun letter = json({QStringLiteral("print"), QStringLiteral("quote"), number,
                          QStringLiteral("--out"), out("letter.pdf")});
    ASSERT_EQ(letter.status, 0) << letter.out.toStdString();
    EXPECT_EQ(readPdf(out("letter.pdf")).mediaBoxes, QStringList{QStringLiteral("612x792")});

    CliRun a4 =
        json({QStringLiteral("print"), QStringLiteral("quote"), number, QStringLiteral("--out"),
              out("a4.pdf"), QStringLiteral("--paper"), QStringLiteral("A4")});
    ASSERT_EQ(a4.status, 0) << a4.out.toStdString();
    EXPECT_EQ(readPdf(out("a4.pdf")).mediaBoxes, QStringList{QStringLiteral("595x842")});
}

TEST_F(CliPrintTest, BadInputIsRefusedAndWritesNoFile) {
    CliRun unknown = json({QStringLiteral("print"), QStringLiteral("quote"),
                           QStringLiteral("Q-1999-99999"), QStringLiteral("--out"), out("x.pdf")});
    EXPECT_EQ(unknown.status, 2) << unknown.out.toStdString();
    CliRun paper =
        json({QStringLiteral("print"), QStringLiteral("quote"), number, QStringLiteral("--out"),
              out("x.pdf"), QStringLiteral("--paper"), QStringLiteral("legal")});
    EXPECT_EQ(paper.status, 2);
    EXPECT_EQ(paper.rule(), QStringLiteral("print.paper_invalid"));
    EXPECT_EQ(json({QStringLiteral("print"), QStringLiteral("quote"), number}).status, 2);
    EXPECT_FALSE(QFile::exists(out("x.pdf")));
    CliRun unwritable = json({QStringLiteral("print"), QStringLiteral("quote"), number,
                              QStringLiteral("--out"), out("no/such/folder/q.pdf")});
    EXPECT_EQ(unwritable.status, 3);
    EXPECT_EQ(unwritable.rule(), QStringLiteral("print.write_failed"));
}

TEST_F(CliPrintTest, TextAnswerNamesTheFileAndPages) {
    CliRun printed = run({QStringLiteral("print"), QStringLiteral("quote"), number,
                          QStringLiteral("--out"), out("q.pdf")});
    ASSERT_EQ(printed.status, 0) << printed.err.toStdString();
    EXPECT_TRUE(printed.out.contains(out("q.pdf"))) << printed.out.toStdString();
}

TEST_F(CliPrintTest, TheBinaryPrintsWithoutADisplay) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOSTRADOR_PASSWORD"), kAdminPassword);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the binary picks offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MOSTRADOR_CLI_BINARY),
                  {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("print"),
                   QStringLiteral("quote"), number, QStringLiteral("--out"), out("bin.pdf")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    EXPECT_EQ(readPdf(out("bin.pdf")).pages, answer[QStringLiteral("pages")].toInt());
    EXPECT_GE(answer[QStringLiteral("pages")].toInt(), 2);
}
