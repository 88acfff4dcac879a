"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db, inductions, members } from "@/lib/db";
import { requireMember, requireStaff, checkStaffRole } from "@/lib/auth";
import { staffAction, memberAction } from "@/lib/safe-action";
import { notifyMember } from "@/lib/notify";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation, mass-assignment
export const requestInduction = memberAction
  .metadata({ name: "induction.request" })
  .schema(z.object({ machineId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await db.insert(inductions).values({ machineId: parsedInput.machineId, memberId: ctx.member.id });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-authorization
export const passInduction = staffAction
  .metadata({ name: "induction.pass" })
  .schema(z.object({ inductionId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await db
      .update(inductions)
      .set({ status: "passed", passedAt: new Date(), inductedBy: ctx.member.id })
      .where(eq(inductions.id, parsedInput.inductionId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function revokeInduction(inductionId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(inductionId);
  const check = await checkStaffRole(member);
  console.log(check);
  // ruleid: missing-authorization
  await db.update(inductions).set({ status: "revoked" }).where(eq(inductions.id, id));
}

// ok: missing-auth, missing-input-validation
export async function revokeInductionChecked(inductionId: string) {
  const member = await requireMember();
  const id = z.string().uuid().parse(inductionId);
  const { error } = await checkStaffRole(member);
  if (error) return { error };
  // ok: missing-authorization
  await db.update(inductions).set({ status: "revoked" }).where(eq(inductions.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const remindInductee = staffAction
  .metadata({ name: "induction.remind" })
  .schema(z.object({ memberId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    const [m] = await db.select({ email: members.email }).from(members).where(eq(members.id, parsedInput.memberId));
    if (m) await notifyMember(m.email, "Your induction", "<p>Please book your induction slot.</p>");
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-rate-limit, missing-input-validation
export async function emailInductionSheet(formData: FormData) {
  await requireStaff();
  const to = formData.get("to") as string;
  await sendMail(to, "Induction sheet", "<p>Attached.</p>");
}

// ok: missing-auth, missing-input-validation
export async function myInductions() {
  const { userId } = await auth();
  if (!userId) return [];
  // ok: excessive-data-exposure
  return db
    .select({ machineId: inductions.machineId, status: inductions.status })
    .from(inductions)
    .innerJoin(members, eq(members.id, inductions.memberId))
    .where(and(eq(members.clerkUserId, userId), eq(inductions.status, "passed")));
}
