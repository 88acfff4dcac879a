"use server";

import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { db, loans, tools } from "@/lib/db";
import { requireMember, getMember, requireStaff } from "@/lib/auth";
import { withMember } from "@/lib/with-member";

const borrowSchema = z.object({ toolId: z.string().uuid(), days: z.coerce.number().int().min(1).max(14) });

// ok: missing-auth, missing-input-validation
export const borrowTool = withMember(async (formData, member) => {
  const { toolId, days } = borrowSchema.parse(Object.fromEntries(formData));
  const dueAt = new Date(Date.now() + days * 86_400_000);
  // ok: mass-assignment
  await db.insert(loans).values({ toolId, memberId: member.id, dueAt });
  await db.update(tools).set({ available: false }).where(eq(tools.id, toolId)); // todook: missing-authorization -- (gap judge, pass 39: ambiguous) a member borrows a shared tool that belongs to nobody
  return { ok: true };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const returnTool = withMember(async (formData, member) => {
  const loanId = formData.get("loanId") as string;
  const notes = formData.get("notes") as string;
  // ok: missing-authorization
  await db
    .update(loans)
    .set({ returnedAt: new Date(), conditionNotes: notes })
    .where(and(eq(loans.id, loanId), eq(loans.memberId, member.id)));
  return { ok: true };
});

// ruleid: missing-auth
// ok: missing-input-validation
export async function borrowOnBehalf(formData: FormData) {
  const member = await getMember();
  const data = borrowSchema.extend({ memberId: z.string().uuid() }).parse(Object.fromEntries(formData));
  await db.insert(loans).values({
    toolId: data.toolId,
    // ruleid: mass-assignment
    memberId: data.memberId,
    dueAt: new Date(Date.now() + data.days * 86_400_000),
  });
  return { by: member?.id };
}

// ok: missing-auth, missing-input-validation
export async function myLoans() {
  const member = await requireMember();
  // ok: excessive-data-exposure
  return db
    .select({ id: loans.id, toolId: loans.toolId, dueAt: loans.dueAt })
    .from(loans)
    .where(and(eq(loans.memberId, member.id), isNull(loans.returnedAt)));
}

// ok: missing-auth, missing-input-validation
export async function loanDetails(loanId: string) {
  await requireMember();
  const id = z.string().uuid().parse(loanId);
  // ruleid: missing-authorization, excessive-data-exposure
  return db.select().from(loans).where(eq(loans.id, id)).limit(1);
}

// ok: missing-auth, missing-input-validation
export async function forceReturn(loanId: string) {
  await requireStaff();
  const id = z.string().uuid().parse(loanId);
  // ok: missing-authorization
  await db.update(loans).set({ returnedAt: new Date() }).where(eq(loans.id, id));
}
