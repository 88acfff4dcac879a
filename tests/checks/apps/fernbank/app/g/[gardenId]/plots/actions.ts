"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { isPlotHolder, requireGardenRole } from "@/lib/auth/guards";
import { withGarden } from "@/lib/wrappers";
import { plotUpdateSchema } from "@/lib/validation/schemas";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updatePlotNotes = withGarden(plotUpdateSchema, async (data, { userId, gardenId }) => {
  // ok: missing-authorization, mass-assignment
  const res = await prisma.plot.updateMany({ where: { id: data.plotId, gardenId, holderId: userId }, data: { notes: data.notes, status: data.status } });
  revalidatePath(`/g/${gardenId}/plots`);
  return { updated: res.count };
});

// ok: missing-auth, missing-input-validation
export async function releasePlot(plotId: string) {
  const { userId } = await requireMember();
  if (typeof plotId !== "string" || plotId.length > 40) throw new Error("Bad plot id");
  // ruleid: floating-auth-check
  if (!isPlotHolder(userId, plotId)) throw new Error("Not your plot");
  // ruleid: missing-authorization
  await prisma.plot.update({ where: { id: plotId }, data: { holderId: null, status: "vacant" } });
  revalidatePath("/g");
}

const assignSchema = z.object({ gardenId: z.string().cuid(), plotId: z.string().cuid(), holderId: z.string().cuid() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function assignPlot(formData: FormData) {
  const { userId } = await requireMember();
  const input = assignSchema.parse(Object.fromEntries(formData));
  const { error } = await requireGardenRole(userId, input.gardenId, ["COORDINATOR"]);
  if (error) return { error: "Only coordinators can assign plots" };
  // ok: missing-authorization, mass-assignment
  await prisma.plot.update({ where: { id: input.plotId, gardenId: input.gardenId }, data: { holderId: input.holderId, status: "active" } });
  await prisma.gardenMembership.update({
    where: { gardenId_userId: { gardenId: input.gardenId, userId: input.holderId } },
    data: { role: "PLOT_HOLDER" },
  });
  await auditLog({ actorId: userId, action: "plot.assign", target: input.plotId, meta: { holderId: input.holderId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function vacatePlotByCoordinator(formData: FormData) {
  const { userId } = await requireMember();
  const input = assignSchema.omit({ holderId: true }).parse(Object.fromEntries(formData));
  await requireGardenRole(userId, input.gardenId, ["COORDINATOR"]);
  // ruleid: missing-authorization
  await prisma.plot.update({ where: { id: input.plotId }, data: { holderId: null, status: "vacant" } });
  await auditLog({ actorId: userId, action: "plot.vacate", target: input.plotId });
  return { ok: true };
}
