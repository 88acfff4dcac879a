"use server";

import { z } from "zod";
import { sql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { withContractor } from "@/lib/wrappers";
import { sendEmail } from "@/lib/notify";
import { id } from "@/lib/validation";

const PayAppSchema = z.object({
  projectId: z.string().cuid(),
  period: z.coerce.number().int().min(1).max(120),
  scheduledValue: z.coerce.number().min(0),
  workCompleted: z.coerce.number().min(0),
});

// AIA G702 header; G703 lines are added in the grid.
// ok: missing-auth, missing-input-validation, missing-audit-log
export const createPayApp = withContractor("pay_app.created", async (ctx, input: z.input<typeof PayAppSchema>) => {
  const data = PayAppSchema.parse(input);
  const project = await prisma.project.findFirst({ where: { id: data.projectId, tenantId: ctx.tenantId }, select: { id: true, retainagePct: true } });
  if (!project) throw new Error("Project not found");
  const retainage = (data.workCompleted * Number(project.retainagePct)) / 100;
  // ok: missing-authorization, mass-assignment
  await kdb
    .insertInto("pay_apps")
    .values({
      id: crypto.randomUUID(),
      project_id: project.id,
      tenant_id: ctx.tenantId,
      period: data.period,
      scheduled_value: String(data.scheduledValue),
      work_completed: String(data.workCompleted),
      retainage: String(retainage),
      status: "draft",
    })
    .execute();
});

// Sends the pay app to the owner's rep for certification.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function submitPayApp(payAppId: string) {
  const session = await verifySession();
  const pid = id.parse(payAppId);
  // ok: missing-authorization
  const updated = await kdb
    .updateTable("pay_apps")
    .set({ status: "submitted" })
    .where("id", "=", pid)
    .where("tenant_id", "=", session.tenantId)
    .returning(["project_id", "period"])
    .executeTakeFirst();
  if (!updated) throw new Error("Not found");
  const project = await prisma.project.findUnique({ where: { id: updated.project_id }, select: { name: true, ownerClientId: true } });
  const reps = await prisma.contact.findMany({ where: { tenantId: session.tenantId, company: project?.ownerClientId ?? "" }, select: { email: true } });
  for (const rep of reps) {
    if (rep.email) await sendEmail(rep.email, `Pay application #${updated.period} for ${project?.name}`, "Please review and certify.");
  }
}

const GROUPS = { status: "status", period: "period", project: "project_id" } as const;

// ok: missing-auth
// ruleid: missing-input-validation
export async function payAppSummary(groupBy: keyof typeof GROUPS, statusFilter: string) {
  const session = await verifySession();
  const column = GROUPS[groupBy] ?? "status";
  // ok: sql-injection
  const grouped = await sql<{ k: string; total: string }>`
    SELECT ${sql.ref(column)} AS k, SUM(work_completed) AS total FROM pay_apps
    WHERE tenant_id = ${session.tenantId} GROUP BY 1`.execute(kdb);
  // ruleid: sql-injection
  const filtered = await sql<{ n: number }>`SELECT COUNT(*)::int AS n FROM pay_apps WHERE tenant_id = ${session.tenantId} AND ${sql.raw(`status IN (${statusFilter})`)}`.execute(kdb);
  // ok: excessive-data-exposure
  return { groups: grouped.rows, matching: filtered.rows[0]?.n ?? 0 };
}

// ok: missing-auth, missing-input-validation
export async function retainageHeld(projectId: string) {
  const session = await verifySession();
  const pid = id.parse(projectId);
  // ok: missing-authorization
  const row = await kdb
    .selectFrom("retainage_ledger")
    .select((eb) => [eb.fn.sum<string>("held").as("held"), eb.fn.sum<string>("released").as("released")])
    .where("tenant_id", "=", session.tenantId)
    .where("project_id", "=", pid)
    .executeTakeFirst();
  // ok: excessive-data-exposure
  return { held: Number(row?.held ?? 0), released: Number(row?.released ?? 0) };
}
