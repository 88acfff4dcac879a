"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as v from "valibot";
import { auth } from "@/lib/auth";
import { rateLimitByIp } from "@/lib/rate-limit";
import { db } from "@/lib/db/drizzle";
import { memberships, workspaces } from "@/lib/db/schema";

const SignUpSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(10)),
  company: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
// ok: missing-audit-log
export async function signUp(_prev: unknown, formData: FormData) {
  await rateLimitByIp("sign-up");
  const result = v.safeParse(SignUpSchema, Object.fromEntries(formData));
  if (!result.success) return { error: "Please check the form." };
  const { name, email, password, company } = result.output;
  const res = await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 40);
  // ok: mass-assignment
  const [ws] = await db.insert(workspaces).values({ name: company, slug }).returning({ id: workspaces.id });
  // ok: mass-assignment, missing-authorization
  await db.insert(memberships).values({ workspaceId: ws.id, userId: res.user.id, role: "owner" });
  redirect("/verify?sent=1");
}

/** Invite acceptance creates an account pre-joined to a workspace. */
// why: sign-up from an invite: no rate limit before account creation
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function signUpFromInvite(_prev: unknown, formData: FormData) {
  const parsed = v.safeParse(
    v.object({ inviteCode: v.pipe(v.string(), v.length(32)), name: v.string(), email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(10)) }),
    Object.fromEntries(formData),
  );
  if (!parsed.success) return { error: "Invalid invite." };
  const { name, email, password } = parsed.output;
  await auth.api.signUpEmail({ body: { name, email, password }, headers: await headers() });
  redirect("/verify?sent=1");
}
