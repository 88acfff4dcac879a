"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { auth } from "@/lib/better-auth";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/logger";

// ok: missing-auth
// ruleid: missing-input-validation
export async function createDafAccount(formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  if (!donor) throw new Error("No donor profile");
  await prisma.dafAccount.create({
    data: {
      donorId: donor.id,
      name: String(formData.get("name")),
      // ruleid: mass-assignment
      balanceCents: Number(formData.get("initialBalance") ?? 0),
    },
  });
}

const grantRec = z.object({ dafId: z.string().cuid(), orgId: z.string().cuid(), amountCents: z.number().int().positive() });

// ok: missing-auth, missing-input-validation
export async function recommendGrant(input: unknown) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const rec = grantRec.parse(input);
  const donor = await prisma.donor.findUnique({ where: { userId: session.user.id }, select: { id: true } });
  // ok: missing-authorization
  const daf = await prisma.dafAccount.findFirst({ where: { id: rec.dafId, donorId: donor?.id ?? "-" }, select: { id: true, balanceCents: true } });
  if (!daf || daf.balanceCents < rec.amountCents) return { error: "Insufficient balance" };
  await prisma.dafAccount.update({ where: { id: daf.id }, data: { balanceCents: { decrement: rec.amountCents } } });
  logger.info({ dafId: daf.id, orgId: rec.orgId, amount: rec.amountCents }, "daf.grant_recommended");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getDafStatement(dafId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const id = z.string().cuid().parse(dafId);
  // ruleid: missing-authorization
  const daf = await prisma.dafAccount.findUnique({ where: { id }, select: { name: true, balanceCents: true } });
  // ok: excessive-data-exposure
  return daf;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function renameDaf(dafId: string, name: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  const input = z.object({ id: z.string().cuid(), name: z.string().min(1).max(80) }).parse({ id: dafId, name });
  await prisma.dafAccount.updateMany({ where: { id: input.id }, data: { name: input.name } });
  logger.info({ by: session?.user.id, dafId: input.id }, "daf.renamed");
}
