"use server";

import { z } from "zod";
import { desc, eq } from "drizzle-orm";
import { db, checkins, members } from "@/lib/db";
import { requireMember, requireStaff, getMember } from "@/lib/auth";
import { memberAction } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export async function myVisits() {
  const member = await requireMember();
  // ok: excessive-data-exposure
  return db.select({ at: checkins.at }).from(checkins).where(eq(checkins.memberId, member.id)).orderBy(desc(checkins.at)).limit(50);
}

// ok: missing-auth, missing-input-validation
export async function whoIsIn() {
  await requireStaff();
  // ruleid: excessive-data-exposure
  return db.select().from(checkins).innerJoin(members, eq(members.id, checkins.memberId)).orderBy(desc(checkins.at)).limit(30);
}

// ok: missing-auth, missing-input-validation
export const manualCheckIn = memberAction
  .metadata({ name: "checkin.manual" })
  .schema(z.object({ memberId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: missing-authorization, mass-assignment
    await db.insert(checkins).values({ memberId: parsedInput.memberId });
    return { ok: true, by: ctx.member.id };
  });

// ok: missing-auth, missing-input-validation
export async function visitsOf(memberId: string) {
  const viewer = await getMember();
  if (!viewer) throw new Error("Sign in");
  const id = z.string().uuid().parse(memberId);
  // ruleid: missing-authorization
  const rows = await db.select({ at: checkins.at }).from(checkins).where(eq(checkins.memberId, id));
  return rows.length;
}
