"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { withRole } from "@/lib/wrappers";

const adviceSchema = z.object({ title: z.string().min(4).max(140), body: z.string().min(20).max(20_000), crop: z.string().optional() });

// ok: missing-auth, missing-input-validation
export const publishAdvice = withRole(["AGRONOMIST", "OWNER", "ADMIN"], async (ctx, raw: unknown) => {
  const data = adviceSchema.parse(raw);
  // ok: mass-assignment
  await prisma.advice.create({ data: { ...data, coopId: ctx.coopId, authorId: ctx.userId, published: true } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function updateAdvice(adviceId: string, raw: unknown) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(adviceId);
  const data = adviceSchema.partial().parse(raw);
  const existing = await prisma.advice.findUnique({ where: { id }, select: { authorId: true } });
  if (!existing || existing.authorId !== userId) throw new Error("Only the author can edit this advice");
  // ok: missing-authorization
  await prisma.advice.update({ where: { id }, data });
}

// ok: missing-auth, missing-input-validation
export async function deleteAdvice(adviceId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(adviceId);
  // ruleid: missing-authorization
  const removed = await prisma.advice.delete({ where: { id }, select: { authorId: true } });
  if (removed.authorId !== userId) {
    throw new Error("Only the author can delete this advice");
  }
}
