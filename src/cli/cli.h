// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace mostrador::cli {

// Runs one `mostrador-cli` invocation in-process: `args` without the program name,
// answers on `out` (one JSON document with --json) and `err`, reads the password from
// MOSTRADOR_PASSWORD in `env`. Answers the exit status: 0 done, 1 refused by a rule or
// a permission, 2 bad usage or invalid input, 3 storage or internal error.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err,
           const QProcessEnvironment& env);

} // namespace mostrador::cli
