"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { prisma } from "@/lib/db/prisma";
import { treasurerProcedure } from "@/lib/zsa";
import { auth } from "@/auth";
import { auditLog } from "@/lib/audit";

// Role-to-permission matrix, editable by admins.

// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export const resetRoleDefaults = createServerAction()
  .input(z.object({ confirm: z.literal(true) }))
  .handler(async () => {
    await prisma.studioMember.updateMany({ where: { role: "ADMIN" }, data: { role: "MEMBER" } });
    await auditLog({ actorId: null, action: "member.role_changed", meta: { reset: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const setStudioRole = treasurerProcedure
  .createServerAction()
  .input(z.object({ membershipId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.studioMember.update({ where: { id: input.membershipId }, data: { role: "LEAD" }, select: { id: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function revokeAllAdminSessions(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id || (session.user as { role?: string }).role !== "ADMIN") throw new Error("Admins only");
  const reason = z.string().min(5).parse(formData.get("reason"));
  await prisma.apiKey.updateMany({ where: { revokedAt: null }, data: { revokedAt: new Date() } });
  await auditLog({ actorId: session.user.id, action: "apikey.revoked", meta: { reason, scope: "all" } });
}
