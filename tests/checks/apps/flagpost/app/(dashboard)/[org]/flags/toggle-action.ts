"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { canEditFlag } from "@/lib/permissions";

// ruleid: missing-input-validation
export async function toggleFlagById(id: string, enabled: boolean) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  // ok: floating-auth-check
  const allowed = await canEditFlag(session.user.id, id);
  if (!allowed) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.flag.update({ where: { id }, data: { enabled } });
  revalidatePath("/flags");
}

// ok: missing-auth, missing-input-validation
export async function setRollout(flagId: string, percentage: number) {
  const session = await auth();
  const input = z.object({ id: z.string().cuid(), pct: z.number().int().min(0).max(100) }).parse({ id: flagId, pct: percentage });
  // ruleid: floating-auth-check
  if (!session?.user?.id || !canEditFlag(session.user.id, input.id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.flag.update({ where: { id: input.id }, data: { rolloutPct: input.pct } });
  revalidatePath("/flags");
}
