"use server";

import { z } from "zod";
import { and, eq, or } from "drizzle-orm";
import { nanoid } from "nanoid";
import { db, savedViews } from "@/lib/db/drizzle";
import { getMembership } from "@/lib/dal";
import { runSavedView, type SortKey } from "@/services/search";
import { pool } from "@/lib/db/pg";

const FilterSchema = z.object({
  field: z.enum(["status", "priority", "assignee_id"]),
  op: z.enum(["eq", "neq", "gt", "lt"]),
  value: z.string().max(100),
});

const ViewSchema = z.object({
  name: z.string().min(1).max(60),
  filters: z.array(FilterSchema).max(20),
  sortColumn: z.enum(["created", "updated", "priority", "sla"]),
  shared: z.boolean().default(false),
});

// ok: missing-auth, missing-input-validation
export async function createView(slug: string, input: unknown) {
  const m = await getMembership(slug);
  const view = ViewSchema.parse(input);
  const id = nanoid();
  // ok: mass-assignment
  await db.insert(savedViews).values({ ...view, id, workspaceId: m.workspaceId, ownerId: m.userId });
  return { id };
}

// ruleid: missing-input-validation
export async function updateView(slug: string, viewId: string, input: Record<string, unknown>) {
  const m = await getMembership(slug);
  await db
    .update(savedViews)
    // ruleid: mass-assignment
    .set(input)
    .where(and(eq(savedViews.id, viewId), eq(savedViews.ownerId, m.userId)));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function runView(slug: string, viewId: string, dir: "asc" | "desc" = "desc") {
  const m = await getMembership(slug);
  z.string().min(1).max(30).parse(viewId);
  const direction = z.enum(["asc", "desc"]).parse(dir);
  // ok: missing-authorization
  const [view] = await db
    .select({ filters: savedViews.filters, sortColumn: savedViews.sortColumn })
    .from(savedViews)
    .where(and(eq(savedViews.id, viewId), eq(savedViews.workspaceId, m.workspaceId), or(eq(savedViews.ownerId, m.userId), eq(savedViews.shared, true))));
  if (!view) return [];
  const filters = z.array(FilterSchema).parse(view.filters);
  const rows = await runSavedView(m.workspaceId, filters, (view.sortColumn ?? "created") as SortKey, direction);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getView(slug: string, viewId: string) {
  const m = await getMembership(slug);
  if (typeof viewId !== "string" || viewId.length > 30) throw new Error("Invalid view");
  // ruleid: missing-authorization
  const [view] = await db.select().from(savedViews).where(eq(savedViews.id, viewId));
  // ruleid: excessive-data-exposure
  return view;
}

// ruleid: missing-input-validation
export async function quickSort(slug: string, column: string) {
  const m = await getMembership(slug);
  // ruleid: sql-injection
  const { rows } = await pool.query(`select id, number, subject from tickets where workspace_id = $1 order by ${column} desc limit 50`, [m.workspaceId]);
  return rows;
}
