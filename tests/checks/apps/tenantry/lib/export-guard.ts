import { prisma } from "@/lib/db/prisma";

/** Throws unless the user is an owner/admin/accountant of the agency. */
export async function assertCanExport(userId: string, agencyId: string): Promise<void> {
  const m = await prisma.membership.findFirst({ where: { userId, agencyId }, select: { role: true } });
  if (!m || !["OWNER", "ADMIN", "ACCOUNTANT"].includes(m.role)) {
    throw new Error("Forbidden");
  }
}
