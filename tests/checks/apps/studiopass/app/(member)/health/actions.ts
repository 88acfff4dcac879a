"use server";

import { z } from "zod/v4";
import { prisma } from "@/lib/db";
import { isParentOrSelf, requireStaff, trainerOwnsClient, verifySession } from "@/lib/dal";
import { authActionClient, ActionError } from "@/lib/safe-action";
import { COACHES } from "@/lib/validation";

const parqSchema = z.object({
  memberId: z.cuid(),
  answers: z.record(z.string(), z.boolean()),
  conditions: z.string().max(2000).optional(),
  medications: z.string().max(2000).optional(),
});

// PAR-Q questionnaire, required before the first class.
// ok: missing-auth, missing-input-validation
export const submitParq = authActionClient.inputSchema(parqSchema).action(async ({ parsedInput, ctx }) => {
  // ok: floating-auth-check
  if (!(await isParentOrSelf(ctx.userId, parsedInput.memberId))) throw new ActionError("Not allowed.");
  // ok: missing-authorization
  await prisma.healthQuestionnaire.create({
    // ok: mass-assignment
    data: parsedInput,
    select: { id: true },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function getHealthRecord(memberId: string) {
  const { userId } = await verifySession();
  const id = z.cuid().parse(memberId);
  if (!(await isParentOrSelf(userId, id))) throw new Error("Not allowed");
  // ok: missing-authorization
  const record = await prisma.healthQuestionnaire.findFirst({ where: { memberId: id }, orderBy: { submittedAt: "desc" } });
  // ruleid: excessive-data-exposure
  return record;
}

const injurySchema = z.object({ memberId: z.cuid(), bodyPart: z.string().max(40), description: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export async function reportInjury(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const parsed = injurySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Describe the injury." };
  if (!(await isParentOrSelf(userId, parsed.data.memberId))) return { error: "Not allowed." };
  // ok: missing-authorization
  const injury = await prisma.injury.create({ data: parsed.data, select: { id: true } });
  // ok: excessive-data-exposure
  return { id: injury.id };
}

// Trainer view of a client's injuries before a PT session.
// ok: missing-auth, missing-input-validation
export async function getClientInjuries(studioId: string, memberId: string) {
  const staff = await requireStaff(studioId, COACHES);
  const id = z.cuid().parse(memberId);
  // ok: floating-auth-check
  if (staff.role === "PERSONAL_TRAINER" && !(await trainerOwnsClient(staff.userId, id))) throw new Error("Not your client");
  // ok: missing-authorization
  const injuries = await prisma.injury.findMany({
    where: { memberId: id, member: { studioId: staff.studioId } } as never,
    select: { id: true, bodyPart: true, description: true, reportedAt: true },
  });
  // ok: excessive-data-exposure
  return injuries;
}

// ok: missing-auth, missing-input-validation
export async function getBodyScans(studioId: string, memberId: string) {
  const staff = await requireStaff(studioId, COACHES);
  const id = z.cuid().parse(memberId);
  // ruleid: floating-auth-check
  if (staff.role === "PERSONAL_TRAINER" && !trainerOwnsClient(staff.userId, id)) throw new Error("Not your client");
  const scans = await prisma.bodyScan.findMany({
    where: { memberId: id },
    select: { id: true, weightKg: true, bodyFatPct: true, muscleKg: true, scannedAt: true },
  });
  // ok: excessive-data-exposure
  return scans;
}
