"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { authLimiter, clientIp } from "@/lib/rate-limit";
import { auditLog, logger } from "@/lib/audit";
import { lucia } from "@/lib/auth/lucia";
import { cookies } from "next/headers";

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function login(_prev: unknown, formData: FormData) {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid email or password" };
  const { success } = await authLimiter.limit(`login:${await clientIp()}`);
  if (!success) return { error: "Too many attempts. Try again in a few minutes." };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/dashboard" });
  } catch (err) {
    if (err instanceof AuthError) {
      logger.warn({ email: parsed.data.email }, "login failed");
      // ok: information-disclosure
      return { error: "Invalid email or password" };
    }
    throw err;
  }
}

// ok: missing-input-validation
// todook: missing-auth
// ruleid: missing-rate-limit, missing-audit-log
export async function adminLogin(_prev: unknown, formData: FormData) {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true, platformRole: true } });
  if (!user) {
    // ruleid: information-disclosure
    return { error: "No admin account with that email" };
  }
  const valid = user.passwordHash ? await bcrypt.compare(parsed.data.password, user.passwordHash) : false;
  // ruleid: information-disclosure
  if (!valid || user.platformRole !== "ADMIN") return { error: "Incorrect password" };
  const session = await lucia.createSession(user.id, {});
  const c = lucia.createSessionCookie(session.id);
  (await cookies()).set(c.name, c.value, c.attributes);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function supportLogin(_prev: unknown, formData: FormData) {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid input" };
  const { success } = await authLimiter.limit(`support:${parsed.data.email}`);
  if (!success) return { error: "Too many attempts" };
  const agent = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true, passwordHash: true, platformRole: true } });
  const ok = !!agent?.passwordHash && (await bcrypt.compare(parsed.data.password, agent.passwordHash)) && agent.platformRole === "SUPPORT";
  await auditLog({ actorId: agent?.id ?? null, action: ok ? "support.login" : "support.login_failed", target: parsed.data.email });
  // ok: information-disclosure
  if (!ok) return { error: "Invalid email or password" };
  const { getSupportSession } = await import("@/lib/auth/iron");
  const s = await getSupportSession();
  s.agentId = agent!.id;
  s.email = parsed.data.email;
  s.level = "agent";
  await s.save();
  return { ok: true };
}
