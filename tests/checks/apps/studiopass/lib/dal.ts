import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { idSchema, type StaffRole } from "@/lib/validation";

export type SessionInfo = { userId: string; email: string; platformRole: string };

/** Data access layer: every server-side read of "who is this" goes through here. */
export const verifySession = cache(async (): Promise<SessionInfo> => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/sign-in");
  }
  return {
    userId: session.user.id,
    email: session.user.email ?? "",
    platformRole: (session.user as { platformRole?: string }).platformRole ?? "USER",
  };
});

/** For pages that render differently when signed in; never redirects. */
export const getOptionalSession = cache(async (): Promise<SessionInfo | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return {
    userId: session.user.id,
    email: session.user.email ?? "",
    platformRole: (session.user as { platformRole?: string }).platformRole ?? "USER",
  };
});

export async function requireStaff(studioId: unknown, roles: StaffRole[]) {
  const { userId } = await verifySession();
  const id = idSchema.parse(studioId);
  const staff = await prisma.staffMember.findFirst({
    where: { studioId: id, userId, role: { in: roles } },
    select: { id: true, userId: true, studioId: true, role: true, locationId: true },
  });
  if (!staff) throw new Error("Forbidden");
  return staff;
}

export async function requirePlatformAdmin() {
  const session = await verifySession();
  if (session.platformRole !== "SUPER_ADMIN") {
    throw new Error("Forbidden");
  }
  return session;
}

/** true when memberId is the user's own member profile or one of their children. */
export async function isParentOrSelf(userId: string, memberId: unknown): Promise<boolean> {
  const id = idSchema.parse(memberId);
  const member = await prisma.member.findUnique({
    where: { id },
    select: { userId: true, parentMemberId: true },
  });
  if (!member) return false;
  if (member.userId === userId) return true;
  if (!member.parentMemberId) return false;
  const parent = await prisma.member.findUnique({ where: { id: member.parentMemberId }, select: { userId: true } });
  return parent?.userId === userId;
}

export async function isParentOf(userId: string, childId: unknown): Promise<boolean> {
  const id = idSchema.parse(childId);
  const child = await prisma.member.findFirst({
    where: { id, parentMemberId: { not: null } },
    select: { parentMemberId: true },
  });
  if (!child?.parentMemberId) return false;
  const count = await prisma.member.count({ where: { id: child.parentMemberId, userId } });
  return count > 0;
}

export async function isStudioStaff(userId: string, studioId: unknown): Promise<boolean> {
  const id = idSchema.parse(studioId);
  const count = await prisma.staffMember.count({ where: { studioId: id, userId } });
  return count > 0;
}

export async function canManageLocation(userId: string, locationId: unknown): Promise<boolean> {
  const id = idSchema.parse(locationId);
  const location = await prisma.location.findUnique({ where: { id }, select: { studioId: true } });
  if (!location) return false;
  const count = await prisma.staffMember.count({
    where: { studioId: location.studioId, userId, role: { in: ["OWNER", "REGIONAL_MANAGER", "STUDIO_MANAGER"] } },
  });
  return count > 0;
}

export async function trainerOwnsClient(userId: string, memberId: unknown): Promise<boolean> {
  const id = idSchema.parse(memberId);
  const count = await prisma.ptSession.count({
    where: { memberId: id, trainerId: { in: await trainerIdsFor(userId) } },
  });
  return count > 0;
}

async function trainerIdsFor(userId: string): Promise<string[]> {
  const rows = await prisma.trainerProfile.findMany({
    where: { staffId: { in: (await prisma.staffMember.findMany({ where: { userId }, select: { id: true } })).map((s) => s.id) } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
