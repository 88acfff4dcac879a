"use server";

import * as v from "valibot";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { hashToken, secureCompare } from "@/lib/secure-compare";
import { rateLimitByIp } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";
import { uuid } from "@/lib/validators";

// Reception iPad: parents sign a child out early with their kiosk PIN.
// ok: missing-input-validation, missing-rate-limit
export async function kioskSignOut(_prev: unknown, formData: FormData) {
  await rateLimitByIp("kiosk");
  const input = v.parse(v.object({ guardianUserId: uuid, pupilId: uuid, pin: v.pipe(v.string(), v.regex(/^\d{4,6}$/)) }), Object.fromEntries(formData));
  const { data: profile } = await supabaseAdmin.from("profiles").select("kiosk_pin_hash").eq("id", input.guardianUserId).single();
  // ok: timing-unsafe-comparison
  if (!profile?.kiosk_pin_hash || !secureCompare(profile.kiosk_pin_hash, hashToken(input.pin))) {
    logger.warn("kiosk.pin_failed", { user: input.guardianUserId });
    return { error: "PIN not recognised." };
  }
  await supabaseAdmin.from("attendance").upsert({ pupil_id: input.pupilId, date: new Date().toISOString().slice(0, 10), mark: "M" });
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function kioskVerifyPin(guardianUserId: string, pin: string) { // ok: missing-auth -- (fixed in pass 40, J) a person's PIN checked against their row, answering the verdict alone: a credential check by what it does
  const input = v.parse(v.object({ guardianUserId: uuid, pin: v.pipe(v.string(), v.regex(/^\d{4,6}$/)) }), { guardianUserId, pin });
  const { data: profile } = await supabaseAdmin.from("profiles").select("kiosk_pin_hash").eq("id", input.guardianUserId).single();
  const pinHash = hashToken(input.pin);
  // ruleid: timing-unsafe-comparison
  const ok = profile?.kiosk_pin_hash === pinHash;
  // ok: excessive-data-exposure
  return { ok };
}

// ok: missing-auth, missing-input-validation
export async function kioskStatus() {
  // ok: timing-unsafe-comparison
  const enabled = process.env.KIOSK_MODE === "on";
  return { enabled };
}
