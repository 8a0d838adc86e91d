// SPDX-License-Identifier: MIT
#include "pdf_text.h"

#include <QProcess>
#include <QStandardPaths>

namespace mostrador::test {

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QString pdfText(const QString& path, int page) {
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    // Money in Spanish holds no-break spaces: compare plain.
    return plainSpaces(QString::fromUtf8(p.readAllStandardOutput()));
}

QString plainSpaces(QString text) {
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

} // namespace mostrador::test
