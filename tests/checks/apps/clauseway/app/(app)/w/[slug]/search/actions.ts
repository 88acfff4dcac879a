"use server";

import { z } from "zod";
import { workspaceActionClient } from "@/lib/safe-action";
import { pool } from "@/lib/db/pg";
import { sql } from "@/lib/db/drizzle";
import { contractsByStatus, clauseFrequency } from "@/lib/reports/sql";

// ok: missing-auth, missing-input-validation
export const searchContracts = workspaceActionClient
  .metadata({ actionName: "searchContracts" })
  .schema(z.object({ workspaceId: z.string().uuid(), q: z.string().max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    const { rows } = await pool.query("SELECT id, title, status FROM contracts WHERE workspace_id = $1 AND title ILIKE '%' || $2 || '%' LIMIT 50", [ctx.workspaceId, parsedInput.q]);
    // ok: excessive-data-exposure
    return rows as { id: string; title: string; status: string }[];
  });

// ok: missing-auth, missing-input-validation
export const searchClauses = workspaceActionClient
  .metadata({ actionName: "searchClauses" })
  .schema(z.object({ workspaceId: z.string().uuid(), q: z.string().max(200), orderBy: z.string().default("heading") }))
  .action(async ({ parsedInput, ctx }) => {
    // why: orderBy is any string from the client, concatenated into the SQL text
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT cl.id, cl.heading FROM clauses cl JOIN contracts c ON c.id = cl.contract_id WHERE c.workspace_id = $1 AND cl.text ILIKE $2 ORDER BY ${parsedInput.orderBy}`, [ctx.workspaceId, `%${parsedInput.q}%`]);
    // ok: excessive-data-exposure
    return rows as { id: string; heading: string }[];
  });

// ok: missing-auth, missing-input-validation
export const fullTextSearch = workspaceActionClient
  .metadata({ actionName: "fullTextSearch" })
  .schema(z.object({ workspaceId: z.string().uuid(), q: z.string().min(2).max(200) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    const rows = await sql`SELECT id, title FROM contracts WHERE workspace_id = ${ctx.workspaceId} AND search_vector @@ plainto_tsquery('english', ${parsedInput.q}) LIMIT 25`;
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, title: r.title as string }));
  });

// ok: missing-auth, missing-input-validation
export const filterByStatus = workspaceActionClient
  .metadata({ actionName: "filterByStatus" })
  .schema(z.object({ workspaceId: z.string().uuid(), status: z.string().max(20), sort: z.enum(["title", "renewal", "value"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const rows = await contractsByStatus(ctx.workspaceId, parsedInput.status, parsedInput.sort);
    const top = await clauseFrequency(ctx.workspaceId, 10);
    // ok: excessive-data-exposure
    return { rows, top };
  });

// ok: missing-auth, missing-input-validation
export const tagSearch = workspaceActionClient
  .metadata({ actionName: "tagSearch" })
  .schema(z.object({ workspaceId: z.string().uuid(), tag: z.string().max(50) }))
  .action(async ({ parsedInput, ctx }) => {
    // why: sql.unsafe with the tag interpolated into the query string
    // ruleid: sql-injection
    const rows = await sql.unsafe(`SELECT id, title FROM contracts WHERE workspace_id = '${ctx.workspaceId}' AND '${parsedInput.tag}' = ANY(tags)`);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ id: r.id as string, title: r.title as string }));
  });
