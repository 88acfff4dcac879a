"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireAuthor, getAuthorSession } from "@/lib/auth/better-auth";
import { requireOrg } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";
import { isContractParty } from "@/lib/guards";
import { auditLog } from "@/lib/audit";
import { secureCompare } from "@/lib/secure-compare";

const signSchema = z.object({ contractId: z.string().cuid(), signatureToken: z.string().min(32) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function signContract(formData: FormData) {
  const author = await requireAuthor();
  const { contractId, signatureToken } = signSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const contract = await prisma.contract.findFirst({ where: { id: contractId, authorId: author.id }, select: { id: true, signatureToken: true } });
  if (!contract?.signatureToken) return { error: "Contract not available" };
  // ok: timing-unsafe-comparison
  if (!secureCompare(contract.signatureToken, signatureToken)) return { error: "Invalid signing link" };
  await prisma.contract.update({ where: { id: contract.id }, data: { signedAt: new Date(), signatureToken: null } });
  await auditLog({ actorId: author.id, action: "contract.signed", target: contract.id });
  revalidatePath("/author/contracts");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function countersignContract(contractId: string, token: string) {
  const author = await requireAuthor();
  if (typeof contractId !== "string" || typeof token !== "string") throw new Error("Bad input");
  // ok: missing-authorization
  const contract = await prisma.contract.findFirst({ where: { id: contractId, authorId: author.id }, select: { id: true, signatureToken: true } });
  // ruleid: timing-unsafe-comparison
  if (!contract || contract.signatureToken !== token) return { error: "Invalid signing link" };
  await prisma.contract.update({ where: { id: contract.id }, data: { signedAt: new Date() } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyContract(contractId: string) {
  const author = await requireAuthor();
  if (typeof contractId !== "string") throw new Error("Bad input");
  // ruleid: floating-auth-check
  if (!isContractParty(author.id, contractId)) {
    throw new Error("Not your contract");
  }
  // ruleid: missing-authorization
  const contract = await prisma.contract.findUnique({ where: { id: contractId }, select: { id: true, terms: true, advanceCents: true, royaltyRate: true } });
  // ok: excessive-data-exposure
  return contract;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function listMyContracts() {
  const session = await getAuthorSession();
  // ok: missing-authorization
  const contracts = await prisma.contract.findMany({ where: { authorId: session?.user.id }, select: { id: true, terms: true, signedAt: true } });
  return contracts;
}

const draftSchema = z.object({
  submissionId: z.string().cuid(),
  authorId: z.string().cuid(),
  terms: z.string().min(20),
  advanceCents: z.coerce.number().int().nonnegative(),
  royaltyRate: z.coerce.number().min(0).max(0.5),
});

// ok: missing-auth, missing-input-validation
export async function draftContract(formData: FormData) {
  const ctx = await requireOrg();
  const data = draftSchema.parse(Object.fromEntries(formData));
  const sub = await prisma.submission.findFirst({ where: { id: data.submissionId, agencyId: ctx.agencyId }, select: { id: true, authorId: true } });
  if (!sub) return { error: "Submission not found" };
  const { authorId: _ignored, ...terms } = data;
  // ok: mass-assignment, missing-authorization
  const contract = await prisma.contract.create({ data: { ...terms, authorId: sub.authorId, agencyId: ctx.agencyId } });
  return { id: contract.id };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateContractTerms(formData: FormData) {
  const ctx = await requireOrg();
  const contractId = formData.get("contractId") as string;
  const terms = formData.get("terms") as string;
  // ok: missing-authorization
  await prisma.contract.updateMany({ where: { id: contractId, agencyId: ctx.agencyId, signedAt: null }, data: { terms } });
  revalidatePath(`/dashboard/contracts/${contractId}`);
}

// ok: missing-auth, missing-input-validation
export async function voidContract(contractId: string) {
  const ctx = await requireOrg();
  z.string().cuid().parse(contractId);
  // ruleid: missing-authorization
  await prisma.contract.delete({ where: { id: contractId } });
  await auditLog({ actorId: ctx.userId, agencyId: ctx.agencyId, action: "contract.voided", target: contractId });
}
