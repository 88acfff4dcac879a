"use server";

import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { pool } from "@/lib/db/pool";
import { safeEqual } from "@/lib/crypto";
import { authLimiter, clientIp } from "@/lib/ratelimit";
import { audit } from "@/lib/audit";

const pinSchema = z.object({ staffId: z.string().uuid(), pin: z.string().regex(/^\d{4,8}$/) });

// Shared-terminal quick unlock for phlebotomists (a PIN on top of the centre session).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit, missing-audit-log
export async function unlockTerminal(formData: FormData) {
  const { staffId, pin } = pinSchema.parse(Object.fromEntries(formData));
  // ok: sql-injection
  const { rows } = await pool.query("SELECT pin_hash FROM staff_pins WHERE user_id = $1", [staffId]);
  const pinHash = createHash("sha256").update(pin).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (!rows[0] || rows[0].pin_hash !== pinHash) {
    return { ok: false };
  }
  (await cookies()).set("terminal_unlock", staffId, { httpOnly: true, maxAge: 900 });
  return { ok: true };
}

// ok: missing-input-validation, missing-rate-limit, missing-audit-log, missing-auth
export async function unlockTerminalV2(formData: FormData) {
  const { staffId, pin } = pinSchema.parse(Object.fromEntries(formData));
  const { success } = await authLimiter.limit(`unlock:${await clientIp()}:${staffId}`);
  if (!success) return { ok: false, error: "Locked for 5 minutes" };
  // ok: sql-injection
  const { rows } = await pool.query("SELECT pin_hash FROM staff_pins WHERE user_id = $1", [staffId]);
  const pinHash = createHash("sha256").update(pin).digest("hex");
  // ok: timing-unsafe-comparison
  const ok = !!rows[0] && safeEqual(rows[0].pin_hash, pinHash);
  await audit.record({ actorId: staffId, action: ok ? "terminal.unlock.success" : "terminal.unlock.failure" });
  if (!ok) return { ok: false };
  (await cookies()).set("terminal_unlock", staffId, { httpOnly: true, maxAge: 900 });
  return { ok: true };
}
