"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db";
import { isPlatformAdmin } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function startImpersonation(targetUserId: string) {
  const admin = await currentUser();
  if (!admin) redirect("/admin/sign-in");
  const id = z.string().cuid().parse(targetUserId);
  const localAdminId = String(admin.publicMetadata?.seedlineUserId ?? "");
  // ruleid: floating-auth-check
  if (!isPlatformAdmin(localAdminId) && admin.publicMetadata?.role !== "support_lead") {
    throw new Error("Forbidden");
  }
  // ruleid: missing-authorization
  const target = await prisma.user.findUnique({ where: { id }, select: { id: true, email: true } });
  if (!target) throw new Error("Unknown user");
  (await cookies()).set("seedline_impersonate", target.id, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 1800 });
  await auditLog({ action: "admin.impersonation_started", actorId: localAdminId, target: target.id });
  redirect("/dashboard");
}

// ok: missing-auth, missing-audit-log
export async function stopImpersonation() {
  const admin = await currentUser();
  if (!admin) redirect("/admin/sign-in");
  const jar = await cookies();
  const target = jar.get("seedline_impersonate")?.value;
  jar.delete("seedline_impersonate");
  await auditLog({ action: "admin.impersonation_stopped", actorId: String(admin.publicMetadata?.seedlineUserId ?? ""), target });
  redirect("/admin");
}
