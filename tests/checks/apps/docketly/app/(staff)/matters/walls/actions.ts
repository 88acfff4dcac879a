"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { withPartner, withMatterAccess } from "@/lib/wrappers";

const wallSchema = z.object({ matterId: z.string().cuid(), userId: z.string().cuid(), reason: z.string().min(5).max(500) });

// ok: missing-auth, missing-audit-log, missing-input-validation
export const addEthicalWall = withPartner("wall.add", async (formData, session) => {
  const parsed = wallSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Pick a matter and a colleague, and give a reason." };
  const matter = await prisma.matter.findFirst({ where: { id: parsed.data.matterId, firmId: session.firmId }, select: { id: true } });
  if (!matter) return { error: "Matter not found" };
  // ok: missing-authorization
  // ok: mass-assignment -- (todook until pass 26, no longer reported) (gap judge: ambiguous) the walled colleague's userId written by a role-checked partner: the subject of the feature, not an owner
  await prisma.ethicalWall.create({ data: { matterId: matter.id, userId: parsed.data.userId, reason: parsed.data.reason } });
  revalidatePath(`/matters/${matter.id}`);
  return { success: "Wall added" };
});

// ruleid: missing-input-validation
// ok: missing-auth, missing-audit-log
export const removeEthicalWall = withPartner("wall.remove", async (formData, session) => {
  const wallId = formData.get("wallId") as string;
  // partners only (role checked by withPartner)
  // ok: missing-authorization
  await prisma.ethicalWall.delete({ where: { id: wallId } });
  revalidatePath("/matters");
  return { success: `Wall removed by ${session.email}` };
});

// matterId arrives as the bound argument and is passed to prisma untouched
// ruleid: missing-input-validation
// ok: missing-auth
export const updateMatterNotes = withMatterAccess(async (matterId, formData, session) => {
  const notes = z.string().max(10_000).parse(formData.get("notes"));
  // ruleid: missing-authorization
  await prisma.matter.update({ where: { id: matterId }, data: { internalNotes: notes } });
  revalidatePath(`/matters/${matterId}`);
  return { savedBy: session.userId };
});
