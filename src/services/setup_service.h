// SPDX-License-Identifier: MIT
#pragma once

#include "domain/settings.h"
#include "domain/user.h"
#include "services/service_context.h"

namespace mostrador::services {

// First run and sample data.
class SetupService {
public:
    explicit SetupService(ServiceContext& ctx)
        : m_ctx(ctx) {}

    // Whether the database has a company yet (false on a new file).
    Result<bool> isInitialized();
    // Creates the company, the admin user, the default tax rates (IVA21, IVA10, IVA4,
    // EXEMPT), payment terms (IMMEDIATE, NET30, NET60, 30-60-90) and settings, in one
    // transaction; refused when already initialized. Answers the admin actor.
    Result<domain::Actor> initialize(const domain::CompanyProfile& company,
                                     const QString& adminName, const QString& adminPassword);
    // Sample customers (with contacts and addresses) and products (with stock), in
    // one transaction; deterministic for a given count.
    Status loadDemo(const domain::Actor& actor, int customers, int products);

private:
    ServiceContext& m_ctx;
};

} // namespace mostrador::services
