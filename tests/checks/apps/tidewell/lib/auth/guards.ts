import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db/drizzle";
import { members, shares } from "@/lib/db/schema";
import { and, eq } from "drizzle-orm";

export type MemberCtx = { userId: string; coopId: string; role: string; memberId: string };

// Redirects anonymous callers; every member page and most actions go through this.
export async function requireMember(): Promise<MemberCtx> {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const user = session.user as { id: string; role?: string; coopId?: string | null };
  if (!user.coopId) redirect("/onboarding");
  const [member] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.userId, user.id), eq(members.coopId, user.coopId)));
  if (!member) redirect("/onboarding");
  return { userId: user.id, coopId: user.coopId, role: user.role ?? "member", memberId: member.id };
}

export async function requireBoard(): Promise<MemberCtx> {
  const ctx = await requireMember();
  if (ctx.role !== "board" && ctx.role !== "treasurer") {
    throw new Error("Board members only");
  }
  return ctx;
}

// Returns a value; callers must check it.
export async function getMemberOrNull() {
  const session = await auth();
  return session?.user ?? null;
}

// Async ownership check: true when the member holds shares in the array.
export async function ownsSharesIn(memberId: string, arrayId: string): Promise<boolean> {
  const rows = await db
    .select({ id: shares.id })
    .from(shares)
    .where(and(eq(shares.memberId, memberId), eq(shares.arrayId, arrayId)));
  return rows.length > 0;
}

export async function isBoard(): Promise<boolean> {
  const session = await auth();
  const role = (session?.user as { role?: string } | undefined)?.role;
  return role === "board" || role === "treasurer";
}
