"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";
import { secureCompare, sha256 } from "@/lib/secure-compare";

const acceptSchema = z.object({ inviteId: z.string().uuid(), token: z.string().min(20), name: z.string().min(1).max(80), password: z.string().min(10) });

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function acceptStaffInvite(formData: FormData) {
  await rateLimitByIp("invite-accept", 10);
  const input = acceptSchema.parse(Object.fromEntries(formData));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, org_id, email, role, token_hash FROM staff_invites WHERE id = $1 AND accepted_at IS NULL", [input.inviteId]);
  const invite = rows[0] as { id: string; org_id: string; email: string; role: "DOCK_HAND" | "VIEWER"; token_hash: string } | undefined;
  // ok: timing-unsafe-comparison
  if (!invite || !secureCompare(invite.token_hash, sha256(input.token))) return { error: "This invitation is no longer valid." };
  const user = await prisma.user.upsert({
    where: { email: invite.email },
    update: {},
    create: { email: invite.email, name: input.name, passwordHash: await bcrypt.hash(input.password, 12) },
    select: { id: true },
  });
  // ok: mass-assignment
  await prisma.membership.create({ data: { userId: user.id, orgId: invite.org_id, role: invite.role } });
  await pool.query("UPDATE staff_invites SET accepted_at = now() WHERE id = $1", [invite.id]);
  await auditLog({ orgId: invite.org_id, actorId: user.id, action: "staff.invite.accepted", target: invite.email });
  redirect("/login");
}
