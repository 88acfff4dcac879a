import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export type StaffRole = "STUDY_MANAGER" | "MONITOR" | "COORDINATOR" | "INVESTIGATOR" | "ADMIN";
export type StaffContext = { userId: string; role: StaffRole; sponsorId: string | null; email: string | null };

export class ForbiddenError extends Error {}

function toContext(user: Record<string, unknown>): StaffContext {
  return {
    userId: String(user.id),
    role: (user.role as StaffRole) ?? "MONITOR",
    sponsorId: (user.sponsorId as string | null) ?? null,
    email: (user.email as string | null) ?? null,
  };
}

// Redirects to /login when signed out (pages and actions).
export async function requireStaff(): Promise<StaffContext> {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return toContext(session.user as Record<string, unknown>);
}

// Throws unless the signed-in staff user has one of the roles.
export async function requireRole(...roles: StaffRole[]): Promise<StaffContext> {
  const session = await auth();
  if (!session?.user?.id) throw new ForbiddenError("Not signed in");
  const ctx = toContext(session.user as Record<string, unknown>);
  if (!roles.includes(ctx.role)) throw new ForbiddenError("Insufficient role");
  return ctx;
}

export async function requireSponsorStaff(): Promise<StaffContext & { sponsorId: string }> {
  const ctx = await requireStaff();
  if (!ctx.sponsorId) throw new ForbiddenError("No sponsor");
  return ctx as StaffContext & { sponsorId: string };
}

// Returns null instead of throwing; callers must check.
export async function getStaffOrNull(): Promise<StaffContext | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return toContext(session.user as Record<string, unknown>);
}

// Async ownership checks: must be awaited.
export async function canManageStudy(userId: string, studyId: string): Promise<boolean> {
  const user = await prisma.staffUser.findUnique({ where: { id: userId }, select: { sponsorId: true, role: true } });
  if (!user?.sponsorId) return false;
  const study = await prisma.study.findFirst({ where: { id: studyId, sponsorId: user.sponsorId }, select: { id: true } });
  return Boolean(study) && (user.role === "STUDY_MANAGER" || user.role === "ADMIN");
}

export async function isSiteStaff(userId: string, siteId: string): Promise<boolean> {
  const membership = await prisma.siteStaff.findUnique({ where: { siteId_userId: { siteId, userId } }, select: { id: true } });
  return membership !== null;
}

export async function isAdmin(): Promise<boolean> {
  const session = await auth();
  return (session?.user as { role?: string } | undefined)?.role === "ADMIN";
}
