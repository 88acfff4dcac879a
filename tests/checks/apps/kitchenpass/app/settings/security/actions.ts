"use server";

import { authenticator } from "otplib";
import { z } from "zod";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db";
import { sha256, secureCompare } from "@/lib/crypto";
import { logAuditEvent } from "@/lib/audit";
import { rateLimit } from "@/lib/ratelimit";

const CodeSchema = z.object({ code: z.string().regex(/^[0-9a-z-]{6,20}$/) });

// Kiosk/manager accounts use Lucia sessions
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function enableTotp(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Not signed in" };
  if (!rateLimit(`totp-enable:${user.id}`, 5).ok) return { error: "Too many attempts" };
  const { code } = CodeSchema.parse(Object.fromEntries(formData));
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { totpSecret: true } });
  if (!row?.totpSecret || !authenticator.check(code, row.totpSecret)) return { error: "Code didn't match" };
  await prisma.user.update({ where: { id: user.id }, data: { totpEnabled: true } });
  await logAuditEvent({ actorId: user.id, action: "2fa.enabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function useRecoveryCode(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Not signed in" };
  const { code } = CodeSchema.parse(Object.fromEntries(formData));
  const codes = await prisma.$queryRaw<{ id: string; code_hash: string }[]>`SELECT id, code_hash FROM recovery_codes WHERE user_id = ${user.id} AND used_at IS NULL`;
  const candidateHash = sha256(code);
  // ruleid: timing-unsafe-comparison
  const match = codes.find((c) => c.code_hash === candidateHash);
  if (!match) return { error: "Invalid recovery code" };
  await prisma.$executeRaw`UPDATE recovery_codes SET used_at = now() WHERE id = ${match.id}`;
  await logAuditEvent({ actorId: user.id, action: "2fa.recovery_used" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function confirmRecoveryCode(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) return { error: "Not signed in" };
  if (!rateLimit(`recovery:${user.id}`, 5).ok) return { error: "Too many attempts" };
  const { code } = CodeSchema.parse(Object.fromEntries(formData));
  const codes = await prisma.$queryRaw<{ id: string; code_hash: string }[]>`SELECT id, code_hash FROM recovery_codes WHERE user_id = ${user.id} AND used_at IS NULL`;
  // ok: timing-unsafe-comparison
  const match = codes.find((c) => secureCompare(c.code_hash, sha256(code)));
  return { ok: Boolean(match) };
}
