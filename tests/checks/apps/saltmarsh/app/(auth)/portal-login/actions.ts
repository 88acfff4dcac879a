"use server";

import bcrypt from "bcryptjs";
import { redirect } from "next/navigation";
import { getPortalSession } from "@/lib/auth/portal-session";
import { kdb } from "@/lib/db/kysely";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";
import { logger } from "@/lib/audit";

// Partner portal sign-in (iron-session).
// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function portalSignIn(_prev: unknown, formData: FormData) {
  if (!(await checkRateLimit(`portal:${await clientIp()}`))) return { error: "Too many attempts." };
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string") return { error: "Missing credentials." };
  const user = await kdb
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .select(["users.id", "users.password_hash", "memberships.tenant_id"])
    .where("users.email", "=", email.toLowerCase())
    .executeTakeFirst();
  if (!user) {
    // ruleid: information-disclosure
    return { error: "We could not find a partner account for that email." };
  }
  // ok: timing-unsafe-comparison
  const valid = user.password_hash ? await bcrypt.compare(password, user.password_hash) : false;
  if (!valid) {
    return { error: "Incorrect password." }; // ruleid: information-disclosure -- gap judge pass 32, label added (rule 10a)
  }
  const session = await getPortalSession();
  session.partnerUserId = user.id;
  session.tenantId = user.tenant_id;
  await session.save();
  redirect("/portal");
}

// ok: missing-auth
export async function portalSignOut() {
  const session = await getPortalSession();
  session.destroy();
  logger.info({ event: "portal.signout" }, "portal sign-out");
  redirect("/");
}
