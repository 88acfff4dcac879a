"use server";

import { auth } from "@clerk/nextjs/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";

// This part of the dashboard moved to Clerk Organizations; orgId comes from the Clerk session.

const Schedule = z.object({
  flagId: z.string().cuid(),
  environmentId: z.string().uuid(),
  percentage: z.coerce.number().int().min(0).max(100),
  runAt: z.coerce.date().min(new Date()),
});

// ok: missing-auth, missing-input-validation
export async function scheduleRollout(formData: FormData) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) throw new Error("Select an organization first");
  const input = Schedule.parse(Object.fromEntries(formData));

  // ok: sql-injection, missing-authorization
  const [flag] = await sql`SELECT f.id FROM flags f JOIN projects p ON p.id = f.project_id
                            WHERE f.id = ${input.flagId} AND p.org_id = ${orgId}`;
  if (!flag) throw new Error("Flag not found");
  // ok: sql-injection
  await sql`INSERT INTO scheduled_rollouts (id, org_id, flag_id, environment_id, percentage, run_at)
            VALUES (${crypto.randomUUID()}, ${orgId}, ${flag.id}, ${input.environmentId}, ${input.percentage}, ${input.runAt})`;
  revalidatePath("/schedules");
}

// ruleid: missing-input-validation
export async function cancelSchedule(scheduleId: string) {
  const { userId } = await auth();
  if (!userId) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  await sql`UPDATE scheduled_rollouts SET status = 'cancelled' WHERE id = ${scheduleId} AND status = 'pending'`;
  revalidatePath("/schedules");
}

// ok: missing-auth, missing-input-validation
export async function listSchedules(status: string) {
  const { orgId } = await auth.protect();
  const wanted = z.string().max(20).parse(status);
  // ruleid: sql-injection
  const rows = await sql.unsafe(
    `SELECT id, flag_id, environment_id, percentage, run_at, status FROM scheduled_rollouts
      WHERE org_id = $1 AND status = '${wanted}' ORDER BY run_at`,
    [orgId!],
  );
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function reschedule(scheduleId: string, runAt: string) {
  const { orgId } = await auth.protect();
  const input = z.object({ id: z.string().uuid(), runAt: z.coerce.date() }).parse({ id: scheduleId, runAt });
  // ok: sql-injection, missing-authorization
  await sql.unsafe("UPDATE scheduled_rollouts SET run_at = $1 WHERE id = $2 AND org_id = $3 AND status = 'pending'", [
    input.runAt.toISOString(),
    input.id,
    orgId!,
  ]);
  revalidatePath("/schedules");
}

const ORDER_BY = { soonest: "run_at ASC", latest: "run_at DESC", largest: "percentage DESC" } as const;

// ok: missing-auth, missing-input-validation
export async function listSchedulesSorted(order: keyof typeof ORDER_BY) {
  const { orgId } = await auth.protect();
  const key = z.enum(["soonest", "latest", "largest"]).parse(order);
  // ok: sql-injection
  const rows = await sql.unsafe(
    `SELECT id, flag_id, percentage, run_at FROM scheduled_rollouts WHERE org_id = $1 ORDER BY ${ORDER_BY[key]}`,
    [orgId!],
  );
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-auth
export async function clearCancelledSchedules() {
  // ruleid: floating-auth-check
  auth.protect();
  const { orgId } = await auth();
  // ok: sql-injection
  await sql`DELETE FROM scheduled_rollouts WHERE org_id = ${orgId} AND status = 'cancelled'`;
  revalidatePath("/schedules");
}
