"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { requireAgencyMember } from "@/lib/dal";
import { withRole } from "@/lib/wrappers";
import { isFinanceRole } from "@/services/guards";
import { listStatements, statementTotals, statementsForPortfolioLegacy } from "@/services/statements";
import { sendEmail } from "@/lib/email";
import { rateLimitByIp } from "@/lib/ratelimit";

const listSchema = z.object({ sort: z.enum(["period", "total", "created"]), dir: z.enum(["asc", "desc"]) });

// ok: missing-auth, missing-input-validation
export async function getStatements(input: unknown) {
  const { agencyId, role } = await requireAgencyMember();
  // ok: floating-auth-check
  if (!isFinanceRole(role)) throw new Error("Owner or accountant only");
  const { sort, dir } = listSchema.parse(input);
  const { rows } = await listStatements(agencyId, sort, dir);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getStatement(statementId: string) {
  const { agencyId, role } = await requireAgencyMember();
  // ok: floating-auth-check
  if (!isFinanceRole(role)) throw new Error("Owner or accountant only");
  const id = z.string().uuid().parse(statementId);
  // ok: missing-authorization
  const statement = await kdb
    .selectFrom("statements")
    .selectAll()
    .where("id", "=", id)
    .where("agency_id", "=", agencyId)
    .executeTakeFirst();
  // ruleid: excessive-data-exposure
  return statement;
}

// ok: missing-auth, missing-input-validation
export async function getStatementSummary(statementId: string) {
  await requireAgencyMember();
  const id = z.string().uuid().parse(statementId);
  // ruleid: missing-authorization
  const row = await kdb.selectFrom("statements").select(["id", "period", "total_pence"]).where("id", "=", id).executeTakeFirst();
  // ok: excessive-data-exposure
  return row ?? null;
}

// ok: missing-auth, missing-input-validation
export async function getPeriodTotal(period: string) {
  const { agencyId } = await requireAgencyMember();
  const totals = await statementTotals(agencyId, z.string().regex(/^\d{4}-\d{2}$/).parse(period));
  // ok: excessive-data-exposure
  return { total: Number(totals?.total ?? 0) };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function legacyPortfolioStatements(portfolioId: string, year: string) {
  const { role } = await requireAgencyMember();
  // ok: floating-auth-check
  if (!isFinanceRole(role)) throw new Error("Owner or accountant only");
  // ruleid: missing-authorization -- any agency's portfolio, by the caller's id, and its rows returned
  const { rows } = await statementsForPortfolioLegacy(portfolioId, year);
  // ruleid: excessive-data-exposure
  return rows;
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const emailStatementToOwner = withRole(["OWNER", "ACCOUNTANT"], async (formData, { agencyId }) => {
  const { statementId } = z.object({ statementId: z.string().uuid() }).parse({ statementId: formData.get("statementId") });
  const statement = await kdb
    .selectFrom("statements")
    .innerJoin("payouts", "payouts.statement_id", "statements.id")
    .select(["statements.id", "statements.period", "statements.total_pence"])
    .where("statements.id", "=", statementId)
    .where("statements.agency_id", "=", agencyId)
    .executeTakeFirstOrThrow();
  await sendEmail({ to: `owners+${agencyId}@tenantry.app`, subject: `Statement ${statement.period}`, html: `<p>Total £${statement.total_pence / 100}</p>` });
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const emailStatementCopy = withRole(["OWNER", "ACCOUNTANT"], async (formData, { agencyId }) => {
  await rateLimitByIp("statement-email");
  const { statementId, to } = z.object({ statementId: z.string().uuid(), to: z.string().email() }).parse({
    statementId: formData.get("statementId"),
    to: formData.get("to"),
  });
  const s = await kdb.selectFrom("statements").select(["period"]).where("id", "=", statementId).where("agency_id", "=", agencyId).executeTakeFirstOrThrow();
  await sendEmail({ to, subject: `Statement ${s.period}`, html: "<p>Attached.</p>" });
});
