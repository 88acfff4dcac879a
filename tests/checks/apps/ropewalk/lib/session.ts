import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth";
import dbConnect from "@/lib/db";
import StaffRole, { type StaffRoleName } from "@/models/StaffRole";

export class AuthError extends Error {}

/** Returns the signed-in user or null. Does NOT enforce anything. */
export async function getViewer() {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
}

/** Throws when signed out. */
export async function requireUser() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) throw new AuthError("Not signed in");
  return session.user;
}

/** For pages/forms: redirects to /login when signed out. */
export const verifySession = cache(async () => {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect("/login");
  return { userId: session.user.id, role: session.user.role, user: session.user };
});

const RANK: Record<StaffRoleName, number> = { front_desk: 1, setter: 2, head_setter: 3, gym_manager: 4, owner: 5 };

/** Resolves the staff role of a user at a gym (or null). */
export async function staffRoleAt(userId: string, gymId: string): Promise<StaffRoleName | null> {
  await dbConnect();
  const row = await StaffRole.findOne({ userId, gymId, active: true }).select("role").lean();
  return (row?.role as StaffRoleName | undefined) ?? null;
}

/** Boolean check, async — must be awaited. */
export async function canManageGym(userId: string, gymId: string) {
  const role = await staffRoleAt(userId, gymId);
  return role !== null && RANK[role] >= RANK.gym_manager;
}

/** Boolean check, async — must be awaited. */
export async function isSetterAt(userId: string, gymId: string) {
  const role = await staffRoleAt(userId, gymId);
  return role !== null && RANK[role] >= RANK.setter;
}

/** Throws unless the signed-in user holds at least `min` at the gym. */
export async function requireStaff(gymId: string, min: StaffRoleName = "front_desk") {
  const user = await requireUser();
  if (user.role === "admin") return { user, role: "owner" as StaffRoleName };
  const role = await staffRoleAt(user.id, gymId);
  if (!role || RANK[role] < RANK[min]) throw new AuthError("Forbidden");
  return { user, role };
}

export async function requireAdmin() {
  const user = await requireUser();
  if (user.role !== "admin") throw new AuthError("Forbidden");
  return user;
}
