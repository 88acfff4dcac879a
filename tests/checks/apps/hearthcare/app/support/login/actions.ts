"use server";

import bcrypt from "bcryptjs";
import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { redirect } from "next/navigation";
import { getSupportSession } from "@/lib/iron";
import { mysqlPool } from "@/lib/db/mysql";
import { rateLimitByIp } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function supportLogin(_prev: unknown, formData: FormData) {
  await rateLimitByIp("support-login", 5);
  const { email, password, otp } = z.object({ email: z.string().email(), password: z.string(), otp: z.string().regex(/^\d{6}$/) }).parse(Object.fromEntries(formData));
  const [rows] = await mysqlPool.execute<RowDataPacket[]>("SELECT id, email, password_hash, tier, current_otp FROM support_agents WHERE email = ?", [email]);
  const agent = rows[0];
  const ok = agent ? await bcrypt.compare(password, agent.password_hash) : false;
  // ruleid: timing-unsafe-comparison
  if (!agent || !ok || agent.current_otp !== otp) {
    await auditLog({ actorId: agent?.id ?? "unknown", action: "support.login_failed", meta: { email } });
    // ok: information-disclosure
    return { error: "Invalid credentials" };
  }
  await auditLog({ actorId: agent.id, action: "support.login" });
  const session = await getSupportSession();
  session.agentId = agent.id;
  session.agentEmail = agent.email;
  session.tier = agent.tier;
  await session.save();
  redirect("/support");
}
