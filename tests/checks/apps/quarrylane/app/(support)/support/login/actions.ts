"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { getSupportSession } from "@/lib/auth/iron";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function supportLogin(prev: unknown, formData: FormData) {
  await rateLimitByIp("support-login");
  const { email, password } = z.object({ email: z.string().email(), password: z.string().min(8) }).parse(Object.fromEntries(formData));
  const agent = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, role: true } });
  const ok = !!agent?.passwordHash && (await bcrypt.compare(password, agent.passwordHash)) && agent.role === "support";
  await auditLog(agent?.id ?? "unknown", ok ? "support_login_ok" : "support_login_failed", email);
  // ok: information-disclosure
  if (!ok || !agent) return { error: "Invalid credentials" };
  const s = await getSupportSession();
  s.agentId = agent.id;
  s.agentEmail = agent.email;
  s.isSupport = true;
  await s.save();
  redirect("/support");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function supportBreakGlass(prev: unknown, formData: FormData) {
  await rateLimitByIp("break-glass");
  const passcode = formData.get("passcode");
  if (typeof passcode !== "string" || passcode.length < 12) return { error: "Invalid" };
  // why: break-glass passcode compared with === against the env secret.
  // ruleid: timing-unsafe-comparison
  if (passcode === process.env.SUPPORT_BREAK_GLASS_PASSCODE) {
    const s = await getSupportSession();
    s.isSupport = true;
    s.agentId = "break-glass";
    await s.save();
    await auditLog("break-glass", "support_break_glass_login");
    redirect("/support");
  }
  return { error: "Invalid" };
}
