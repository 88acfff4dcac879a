"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { agencyActionClient, ownerActionClient } from "@/lib/safe-action";
import { royaltiesDb } from "@/lib/db/mysql";
import { statementsForAuthor, searchStatements, recordAdjustment } from "@/lib/royalties";
import { requireAuthor } from "@/lib/auth/better-auth";

// ok: missing-auth, missing-input-validation
export const authorStatements = agencyActionClient
  .metadata({ actionName: "authorStatements" })
  .schema(z.object({ authorId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: excessive-data-exposure
    return statementsForAuthor(ctx.agencyId, parsedInput.authorId);
  });

// ok: missing-auth, missing-input-validation
export const findStatementsByIsbn = agencyActionClient
  .metadata({ actionName: "findStatementsByIsbn" })
  .schema(z.object({ isbn: z.string().max(20) }))
  .action(async ({ parsedInput, ctx }) => searchStatements(ctx.agencyId, parsedInput.isbn));

// ok: missing-auth, missing-input-validation, missing-audit-log
export const adjustStatement = ownerActionClient
  .metadata({ actionName: "adjustStatement" })
  .schema(z.object({ statementId: z.number().int(), cents: z.number().int(), reason: z.string().max(300) }))
  .action(async ({ parsedInput, ctx }) => {
    await recordAdjustment(ctx.agencyId, parsedInput.statementId, parsedInput.cents, parsedInput.reason);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const statementDetail = agencyActionClient
  .metadata({ actionName: "statementDetail" })
  .schema(z.object({ statementId: z.string().min(1) }))
  .action(async ({ parsedInput }) => {
    // ruleid: sql-injection, missing-authorization
    const [rows] = await royaltiesDb.query<RowDataPacket[]>(`SELECT * FROM statements WHERE id = ${parsedInput.statementId}`);
    // ruleid: excessive-data-exposure
    return rows[0];
  });

// ok: missing-auth, missing-input-validation
export async function myStatements(year: number) {
  const author = await requireAuthor();
  const y = Number(year);
  if (!Number.isInteger(y)) throw new Error("Bad year");
  // ok: sql-injection, missing-authorization
  const [rows] = await royaltiesDb.execute<RowDataPacket[]>("SELECT period, net_cents, currency FROM statements WHERE author_id = ? AND year = ?", [author.id, y]);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ period: r.period, net: r.net_cents, currency: r.currency }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function myStatementsByPeriod(period: string) {
  const author = await requireAuthor();
  // ruleid: sql-injection
  const [rows] = await royaltiesDb.query<RowDataPacket[]>("SELECT period, net_cents FROM statements WHERE author_id = '" + author.id + "' AND period = '" + period + "'");
  return rows.map((r) => ({ period: r.period, net: r.net_cents }));
}
