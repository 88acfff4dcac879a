import "server-only";
import { prisma } from "@/lib/prisma";
import { requireUser, type AppSession } from "@/lib/session";

const ADMIN_ROLES = new Set(["OWNER", "ADMIN"]);

/** Synchronous role check on an already-loaded session. */
export function isAdminRole(role: string): boolean {
  return ADMIN_ROLES.has(role);
}

export async function canEditJob(userId: string, jobId: string): Promise<boolean> {
  const [job, user] = await Promise.all([
    prisma.job.findUnique({ where: { id: jobId }, select: { workspaceId: true, technicianId: true } }),
    prisma.user.findUnique({ where: { id: userId }, select: { workspaceId: true, role: true } }),
  ]);
  if (!job || !user || job.workspaceId !== user.workspaceId) return false;
  return user.role !== "TECHNICIAN" || job.technicianId === userId;
}

export async function isWorkspaceAdmin(userId: string, workspaceId: string): Promise<boolean> {
  const user = await prisma.user.findFirst({
    where: { id: userId, workspaceId },
    select: { role: true },
  });
  return !!user && ADMIN_ROLES.has(user.role);
}

export async function canAccessCustomer(userId: string, customerId: string): Promise<boolean> {
  const customer = await prisma.customer.findUnique({ where: { id: customerId }, select: { workspaceId: true } });
  if (!customer) return false;
  const member = await prisma.user.count({ where: { id: userId, workspaceId: customer.workspaceId } });
  return member > 0;
}

/** Throws unless the signed-in user holds one of the roles. */
export async function requireRole(...roles: AppSession["user"]["role"][]): Promise<AppSession> {
  const session = await requireUser();
  if (!roles.includes(session.user.role)) throw new Error("Forbidden");
  return session;
}
