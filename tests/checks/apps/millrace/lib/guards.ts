import { and, eq } from "drizzle-orm";
import { db, loans, events } from "@/lib/db";
import { requireMember, type Member } from "@/lib/auth";

export async function ownsLoan(memberId: string, loanId: string): Promise<boolean> {
  const [row] = await db.select({ id: loans.id }).from(loans).where(and(eq(loans.id, loanId), eq(loans.memberId, memberId)));
  return !!row;
}

export async function isEventHost(member: Member, eventId: string): Promise<boolean> {
  const [row] = await db.select({ hostId: events.hostId }).from(events).where(eq(events.id, eventId));
  return row?.hostId === member.id;
}

// Two helpers deep: requireHost -> requireMember -> auth()
export async function requireHost(): Promise<Member> {
  const member = await requireMember();
  if (member.role === "member") throw new Error("Hosts only");
  return member;
}

export async function assertHost() {
  return requireHost();
}
