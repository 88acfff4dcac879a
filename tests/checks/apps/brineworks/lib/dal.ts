import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { boats, catches, lots, settlements } from "@/db/schema";

export type SessionUser = { userId: string; role: "buyer" | "skipper" | "staff" | "inspector" | "admin"; email?: string | null };

export const verifySession = cache(async (): Promise<SessionUser> => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/login");
  }
  return { userId: session.user.id, role: session.user.role, email: session.user.email };
});

export async function requireStaff() {
  // ok: floating-auth-check
  const s = await verifySession();
  if (s.role !== "staff" && s.role !== "admin") {
    throw new Error("Forbidden");
  }
  return s;
}

export async function requireInspector() {
  // ok: floating-auth-check
  const s = await verifySession();
  if (s.role !== "inspector" && s.role !== "admin") {
    throw new Error("Forbidden");
  }
  return s;
}

export async function requireAdmin() {
  // ok: floating-auth-check
  const s = await verifySession();
  if (s.role !== "admin") redirect("/dashboard");
  return s;
}

// Does NOT enforce anything: returns null when signed out.
export async function getViewer() {
  const session = await auth();
  return session?.user ?? null;
}

export async function ownsBoat(userId: string, boatId: string): Promise<boolean> {
  const [row] = await db.select({ id: boats.id }).from(boats).where(and(eq(boats.id, boatId), eq(boats.ownerId, userId))).limit(1);
  return !!row;
}

export async function ownsCatch(userId: string, catchId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: catches.id })
    .from(catches)
    .innerJoin(boats, eq(boats.id, catches.boatId))
    .where(and(eq(catches.id, catchId), eq(boats.ownerId, userId)))
    .limit(1);
  return !!row;
}

export async function isSettlementBuyer(userId: string, settlementId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: settlements.id })
    .from(settlements)
    .where(and(eq(settlements.id, settlementId), eq(settlements.buyerId, userId)))
    .limit(1);
  return !!row;
}

export async function lotIsOpen(lotId: string) {
  const [row] = await db.select({ status: lots.status, endsAt: lots.endsAt }).from(lots).where(eq(lots.id, lotId)).limit(1);
  return !!row && row.status === "open" && row.endsAt > new Date();
}
