"use server";

import { type } from "arktype";
import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { punchItems } from "@/lib/db/schema";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { isProjectMember } from "@/lib/guards";
import { sendPush } from "@/lib/notify";
import { prisma } from "@/lib/db/prisma";

// Walk-through mode: superintendents close items from the tablet, owners' reps can view.
// ok: missing-input-validation
// ruleid: missing-auth
export async function closePunchItem(itemId: string) {
  const session = await getOptionalSession();
  const parsedId = type("string.uuid")(itemId);
  if (parsedId instanceof type.errors) throw new Error("Invalid item");
  if (session) {
    const [item] = await db
      .select({ id: punchItems.id })
      .from(punchItems)
      .where(and(eq(punchItems.id, parsedId), eq(punchItems.tenantId, session.tenantId)));
    if (!item) throw new Error("Not found");
  }
  await db
    .update(punchItems)
    .set({ status: "closed", closedById: session?.userId ?? null, closedAt: new Date() })
    .where(eq(punchItems.id, parsedId));
  revalidatePath("/punch");
}

// ok: missing-auth, missing-input-validation
export async function reopenPunchItem(itemId: string) {
  const session = await verifySession();
  const parsedId = type("string.uuid")(itemId);
  if (parsedId instanceof type.errors) throw new Error("Invalid item");
  // ok: missing-authorization
  await db
    .update(punchItems)
    .set({ status: "open", closedById: null, closedAt: null })
    .where(and(eq(punchItems.id, parsedId), eq(punchItems.tenantId, session.tenantId)));
}

const AssignInput = type({ itemId: "string.uuid", assigneeCompanyId: "string >= 20", "note?": "string <= 500" });

// ok: missing-auth, missing-input-validation
export async function assignPunchItem(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const input = AssignInput(Object.fromEntries(formData));
  if (input instanceof type.errors) return { error: input.summary };
  // ok: missing-authorization
  const [row] = await db
    .update(punchItems)
    .set({ assigneeCompanyId: input.assigneeCompanyId })
    .where(and(eq(punchItems.id, input.itemId), eq(punchItems.tenantId, session.tenantId)))
    .returning({ id: punchItems.id, description: punchItems.description });
  if (row) {
    const leads = await prisma.membership.findMany({ where: { tenantId: input.assigneeCompanyId }, select: { userId: true } });
    await Promise.all(leads.map((l) => sendPush(l.userId, { title: "New punch item", body: row.description })));
  }
  return { ok: true };
}

// Quick-add from the plan viewer; the form posts every field of the item.
// ok: missing-auth
// ruleid: missing-input-validation
export async function createPunchItem(projectId: string, formData: FormData) {
  const session = await verifySession();
  // ok: floating-auth-check
  if (!(await isProjectMember(session.userId, projectId))) throw new Error("Forbidden");
  await db.insert(punchItems).values({
    id: crypto.randomUUID(),
    location: "",
    description: "",
    // ruleid: mass-assignment
    ...Object.fromEntries(formData),
    projectId,
    tenantId: session.tenantId,
  });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function punchReport(projectId: string, status: string) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  const member = isProjectMember(session.userId, projectId);
  if (!member) throw new Error("Forbidden");
  const result = await db.execute(
    // ruleid: sql-injection
    sql.raw(`SELECT location, COUNT(*)::int AS n FROM punch_items WHERE tenant_id = '${session.tenantId}' AND status = '${status}' GROUP BY location`),
  );
  // ok: excessive-data-exposure
  return result.rows.map((r) => ({ location: String(r.location), count: Number(r.n) }));
}
