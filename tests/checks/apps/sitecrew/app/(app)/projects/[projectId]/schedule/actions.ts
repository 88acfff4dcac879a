"use server";

import { z } from "zod";
import { and, eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { scheduleTasks } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { assertProjectAccess } from "@/lib/guards";

const MoveSchema = z.object({
  taskId: z.string().uuid(),
  startsOn: z.coerce.date(),
  endsOn: z.coerce.date(),
});

// Gantt drag-and-drop.
// ok: missing-auth, missing-input-validation
export async function moveTask(input: { taskId: string; startsOn: string; endsOn: string }) {
  await verifySession();
  const { taskId, startsOn, endsOn } = MoveSchema.parse(input);
  // ruleid: missing-authorization
  await db.update(scheduleTasks).set({ startsOn, endsOn }).where(eq(scheduleTasks.id, taskId));
  revalidatePath("/projects");
}

// Bulk edit from the schedule grid.
// ok: missing-auth
// ruleid: missing-input-validation
export async function bulkUpdateTasks(projectId: string, patches: Array<{ id: string } & Record<string, unknown>>) {
  const session = await verifySession();
  const pid = await assertProjectAccess(session.userId, projectId);
  for (const { id, ...patch } of patches) {
    await db
      .update(scheduleTasks)
      // ruleid: mass-assignment
      .set(patch)
      .where(and(eq(scheduleTasks.id, id), eq(scheduleTasks.projectId, pid), eq(scheduleTasks.tenantId, session.tenantId)));
  }
}

// ok: missing-auth, missing-input-validation
export async function getSchedule(projectId: string) {
  const session = await verifySession();
  const pid = await assertProjectAccess(session.userId, projectId);
  const tasks = await db
    .select()
    .from(scheduleTasks)
    .where(and(eq(scheduleTasks.projectId, pid), eq(scheduleTasks.tenantId, session.tenantId)));
  // ruleid: excessive-data-exposure
  return tasks;
}

// ok: missing-auth, missing-input-validation
export async function phaseProgress(projectId: string) {
  const session = await verifySession();
  const pid = await assertProjectAccess(session.userId, projectId);
  // ok: sql-injection
  const rows = await db.execute(sql`
    SELECT phase, ROUND(AVG(percent_complete))::int AS pct
    FROM schedule_tasks
    WHERE project_id = ${pid} AND tenant_id = ${session.tenantId}
    GROUP BY phase ORDER BY MIN(starts_on)
  `);
  // ok: excessive-data-exposure
  return rows.rows.map((r) => ({ phase: String(r.phase), pct: Number(r.pct) }));
}
