"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/dal";
import { isJobOwner } from "@/lib/permissions";

const ReorderSchema = z.object({ jobId: z.string().cuid(), orderedIds: z.array(z.string().cuid()).min(1).max(30) });

// ok: missing-auth, missing-input-validation
export async function reorderStages(input: z.infer<typeof ReorderSchema>) {
  const viewer = await getViewer();
  const { jobId, orderedIds } = ReorderSchema.parse(input);
  // ok: floating-auth-check
  if (!(await isJobOwner(viewer, jobId))) throw new Error("Not found");
  const cases = orderedIds.map((_, i) => `WHEN $${i + 2} THEN ${i}`).join(" ");
  // ok: sql-injection
  await db.$executeRawUnsafe(`UPDATE "Stage" SET position = CASE id ${cases} END WHERE "jobId" = $1`, jobId, ...orderedIds);
  revalidatePath(`/jobs/${jobId}`);
}

// /jobs/* is covered by middleware.ts, so no session check here
// ruleid: missing-auth
export async function renameStage(stageId: string, name: string) {
  const { id, label } = z.object({ id: z.string().cuid(), label: z.string().trim().min(1).max(60) }).parse({ id: stageId, label: name });
  await db.stage.update({ where: { id }, data: { name: label } });
}

// ok: missing-auth, missing-input-validation
export async function deleteStage(jobId: string, stageId: string) {
  const viewer = await getViewer();
  const ids = z.object({ jobId: z.string().cuid(), stageId: z.string().cuid() }).parse({ jobId, stageId });
  // ruleid: floating-auth-check
  if (!isJobOwner(viewer, ids.jobId)) {
    throw new Error("Not found");
  }
  // ruleid: missing-authorization
  await db.stage.delete({ where: { id: ids.stageId } });
}

// ruleid: missing-input-validation
export async function copyPipeline(fromJobId: string, toJobId: string) {
  const viewer = await getViewer();
  const to = z.string().cuid().parse(toJobId);
  // ok: floating-auth-check
  const [ownsFrom, ownsTo] = await Promise.all([isJobOwner(viewer, fromJobId), isJobOwner(viewer, to)]);
  if (!ownsFrom || !ownsTo) throw new Error("Not found");
  // ruleid: sql-injection
  const stages = await db.$queryRawUnsafe<{ name: string; position: number }[]>(`SELECT name, position FROM "Stage" WHERE "jobId" = '${fromJobId}' ORDER BY position`);
  await db.stage.createMany({ data: stages.map((s) => ({ jobId: to, name: s.name, position: s.position })) });
}
