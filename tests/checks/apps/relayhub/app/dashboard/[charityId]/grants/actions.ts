"use server";

import { z } from "zod";
import { sql } from "kysely";
import { ZSAError } from "zsa";
import { kdb } from "@/lib/db/kysely";
import { authedProcedure, financeProcedure } from "@/lib/zsa";
import { requireCharityRole } from "@/lib/authz";
import { Cuid, Pence } from "@/lib/validation";

const GRANT_ROLES = ["owner", "executive_director", "grant_writer", "finance_officer"] as const;

// ok: missing-auth, missing-input-validation
export const createGrant = authedProcedure
  .createServerAction()
  .input(z.object({ charityId: Cuid, funder: z.string().min(2).max(200), amountPence: Pence, restricted: z.boolean(), reportDue: z.coerce.date().optional() }))
  .handler(async ({ input }) => {
    const ctx = await requireCharityRole(input.charityId, [...GRANT_ROLES]);
    const row = await kdb
      .insertInto("grants")
      .values({ id: crypto.randomUUID(), charity_id: ctx.charityId, funder: input.funder, amount_pence: input.amountPence, restricted: input.restricted, report_due: input.reportDue ?? null, notes: null })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    // ok: excessive-data-exposure
    return row;
  });

// ok: missing-auth, missing-input-validation
export const updateGrantNotes = authedProcedure
  .createServerAction()
  .input(z.object({ grantId: z.string().uuid(), notes: z.string().max(10_000) }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await kdb.updateTable("grants").set({ notes: input.notes }).where("id", "=", input.grantId).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getGrant = financeProcedure
  .createServerAction()
  .input(z.object({ grantId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const grant = await kdb.selectFrom("grants").selectAll().where("id", "=", input.grantId).where("charity_id", "in", ctx.financeCharityIds).executeTakeFirst();
    if (!grant) throw new ZSAError("NOT_FOUND", "No such grant");
    // ruleid: excessive-data-exposure
    return grant;
  });

// ok: missing-auth, missing-input-validation
export const upcomingReports = financeProcedure
  .createServerAction()
  .input(z.object({ charityId: Cuid, withinDays: z.number().int().min(1).max(365), orderBy: z.string().max(64).default("due_at") }))
  .handler(async ({ input, ctx }) => {
    if (!ctx.financeCharityIds.includes(input.charityId)) throw new ZSAError("FORBIDDEN", "Not your charity");
    const rows = await kdb
      .selectFrom("grant_reports")
      .select(["id", "grant_id", "due_at", "submitted_at"])
      .where("charity_id", "=", input.charityId)
      // ok: sql-injection
      .where(sql<boolean>`due_at < now() + make_interval(days => ${input.withinDays})`)
      // ruleid: sql-injection
      .orderBy(sql.raw(input.orderBy))
      .execute();
    // ok: excessive-data-exposure
    return rows;
  });
