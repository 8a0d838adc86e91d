// SPDX-License-Identifier: MIT
#include "cli/allocation_args.h"

#include "cli/values.h"

namespace mostrador::cli {

Result<QList<services::AllocationRequest>> readAllocations(const ParsedArgs& args,
                                                           domain::Currency currency) {
    const QString option = QStringLiteral("invoice");
    QList<services::AllocationRequest> out;
    for (const QString& spec : args.values(option)) {
        services::AllocationRequest r;
        const qsizetype colon = spec.indexOf(u':');
        r.invoiceNumber = spec.left(colon).trimmed();
        if (colon >= 0) {
            auto amount = domain::Money::parsePlain(QStringView(spec).mid(colon + 1), currency);
            if (!amount)
                return fail(optionError(option, amount.error()));
            r.amount = *amount;
        }
        out.append(r);
    }
    return out;
}

} // namespace mostrador::cli
