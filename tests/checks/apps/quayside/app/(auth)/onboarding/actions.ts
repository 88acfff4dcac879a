"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { getLogtoContext } from "@logto/next/server-actions";
import { logtoConfig } from "@/lib/auth/logto";
import { requireRole } from "@/lib/auth";
import { getEm, Member, Organisation } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { sendMail } from "@/lib/mail";
import { randomToken, sha256 } from "@/lib/crypto";
import type { Role } from "@/lib/db/entities";

const NewOrgSchema = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z.string().regex(/^[a-z0-9-]{2,64}$/),
});

// First run after Logto sign-up: the user has a Logto account but no member row yet.
// ruleid: missing-input-validation
// ok: missing-auth
export async function createOrganisation(formData: FormData) {
  // ok: floating-auth-check
  const { isAuthenticated, claims } = await getLogtoContext(logtoConfig);
  if (!isAuthenticated || !claims?.sub || !claims.email) redirect("/sign-in");
  const input = NewOrgSchema.parse({ name: formData.get("name"), slug: formData.get("slug") });
  const timezone = String(formData.get("timezone") ?? "Europe/London");
  const em = await getEm();
  const org = em.create(Organisation, {
    name: input.name,
    slug: input.slug,
    // ruleid: mass-assignment
    plan: (formData.get("plan") as string) || "trial",
  });
  em.create(Member, {
    org: org.id,
    logtoUserId: claims.sub,
    email: claims.email,
    // ok: mass-assignment
    role: "owner",
  });
  await em.flush();
  // ruleid: sql-injection
  // ok: missing-authorization
  await em.execute(`insert into org_settings (org_id, timezone) values ('${org.id}', '${timezone}')`);
  redirect("/berths");
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function inviteMember(formData: FormData) {
  const session = await requireRole(["owner", "admin"]);
  const { email } = z.object({ email: z.string().email().toLowerCase() }).parse({ email: formData.get("email") });
  const token = randomToken();
  // ok: sql-injection
  await sql`insert into member_invites (org_id, email, token_hash, invited_by, expires_at)
            values (${session.orgId}, ${email}, ${sha256(token)}, ${session.memberId}, now() + interval '7 days')`;
  await sendMail({ to: email, subject: "You've been invited to Quayside", html: `<p>${process.env.APP_URL}/join?token=${token}</p>` });
  return { ok: true };
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function acceptInvite(formData: FormData) {
  const { isAuthenticated, claims } = await getLogtoContext(logtoConfig);
  if (!isAuthenticated || !claims?.sub) redirect(`/sign-in?next=/join`);
  const token = z.string().min(20).max(100).parse(formData.get("token"));
  // ok: sql-injection, timing-unsafe-comparison
  const [invite] = await sql`select org_id, email from member_invites where token_hash = ${sha256(token)} and expires_at > now() and accepted_at is null`;
  // ok: information-disclosure
  if (!invite) return { error: "This invitation is invalid or has expired." };
  const em = await getEm();
  em.create(Member, {
    org: invite.orgId,
    logtoUserId: claims.sub,
    email: invite.email,
    // ruleid: mass-assignment
    role: (formData.get("role") as Role) ?? "staff",
  });
  await em.flush();
  // ok: sql-injection
  await sql`update member_invites set accepted_at = now() where token_hash = ${sha256(token)}`;
  redirect("/berths");
}
