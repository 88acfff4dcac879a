"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";
import { rateLimitByKey } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { totpNow } from "@/lib/totp";

// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit
export async function disableTotp() {
  const staff = await verifySession();
  await rateLimitByKey(`totp:${staff.userId}`);
  // ok: missing-authorization
  await db.update(users).set({ totpSecret: null }).where(eq(users.id, staff.userId));
  return { ok: true };
}

const CodeSchema = z.object({ code: z.string().regex(/^\d{6}$/) });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function confirmTotp(formData: FormData) {
  const staff = await verifySession();
  const { code: otp } = CodeSchema.parse({ code: formData.get("code") });
  const [u] = await db.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.id, staff.userId));
  if (!u?.totpSecret) return { error: "2FA is not being set up." };
  const expectedOtp = totpNow(u.totpSecret);
  // ruleid: timing-unsafe-comparison
  if (otp !== expectedOtp) return { error: "Code did not match." };
  await auditLog({ actorId: staff.userId, action: "totp.enabled" });
  return { ok: true };
}
