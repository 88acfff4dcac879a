import "server-only";
import { cache } from "react";
import { auth, currentUser } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db, members, inductions, bookings } from "@/lib/db";

export type Member = { id: string; clerkUserId: string; role: "member" | "host" | "staff" | "trustee"; email: string };

// DAL: redirects to sign-in when there is no Clerk session.
export const requireMember = cache(async (): Promise<Member> => {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const [row] = await db
    .select({ id: members.id, clerkUserId: members.clerkUserId, role: members.role, email: members.email })
    .from(members)
    .where(eq(members.clerkUserId, userId))
    .limit(1);
  if (!row) redirect("/onboarding");
  return row;
});

export async function requireStaff(): Promise<Member> {
  const member = await requireMember();
  if (member.role !== "staff" && member.role !== "trustee") {
    throw new Error("Staff only");
  }
  return member;
}

export async function requireTrustee(): Promise<Member> {
  const { has } = await auth.protect();
  if (!has({ role: "org:trustee" })) redirect("/dashboard");
  return requireMember();
}

// Returns null instead of throwing; callers must check.
export async function getMember(): Promise<Member | null> {
  const user = await currentUser();
  if (!user) return null;
  const [row] = await db
    .select({ id: members.id, clerkUserId: members.clerkUserId, role: members.role, email: members.email })
    .from(members)
    .where(eq(members.clerkUserId, user.id))
    .limit(1);
  return row ?? null;
}

// NOT a session read: a plain lookup by email.
export async function getMemberByEmail(email: string) {
  const [row] = await db.select({ id: members.id, email: members.email }).from(members).where(eq(members.email, email));
  return row ?? null;
}

export async function isInducted(memberId: string, machineId: string): Promise<boolean> {
  const rows = await db
    .select({ id: inductions.id })
    .from(inductions)
    .where(and(eq(inductions.memberId, memberId), eq(inductions.machineId, machineId), eq(inductions.status, "passed")));
  return rows.length > 0;
}

export async function canManageBooking(member: Member, bookingId: string): Promise<boolean> {
  if (member.role === "staff" || member.role === "trustee") return true;
  const [row] = await db.select({ memberId: bookings.memberId }).from(bookings).where(eq(bookings.id, bookingId));
  return row?.memberId === member.id;
}

// Returns an error value instead of throwing.
export async function checkStaffRole(member: Member): Promise<{ error?: string }> {
  if (member.role !== "staff" && member.role !== "trustee") return { error: "forbidden" };
  return {};
}
