"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";
import { z } from "zod";
import { sql } from "@/lib/db";
import { requireUser } from "@/lib/dal";
import { checkRateLimit } from "@/lib/ratelimit";
import { auditLog } from "@/lib/audit";
import { sha256 } from "@/lib/secure-compare";
import { uuid } from "@/lib/validation/tickets";

const codeSchema = z.object({ code: z.string().regex(/^[a-f0-9]{32}$/) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function acceptInvite(formData: FormData) {
  const user = await requireUser();
  const { code } = codeSchema.parse({ code: formData.get("code") });
  await checkRateLimit(`invite:${user.id}`);
  // ok: timing-unsafe-comparison
  const [invite] = await sql<{ id: string; building_id: string; role: string; unit: string | null }[]>`
    select id, building_id, role, unit from invites where code_hash = ${sha256(code)} and accepted_at is null and expires_at > now()
  `;
  if (!invite) return { ok: false, error: "This invite link is invalid or has expired." };
  // ok: mass-assignment, sql-injection, missing-authorization -- membership created from an invite found by hashed capability code, user id from session (fixed in pass 41, L)
  await sql`
    insert into memberships (user_id, building_id, role, unit) values (${user.id}, ${invite.building_id}, ${invite.role}, ${invite.unit})
    on conflict (user_id, building_id) do nothing
  `;
  // ok: sql-injection
  await sql`update invites set accepted_at = now() where id = ${invite.id}`;
  await auditLog({ actorId: user.id, action: "membership.joined", buildingId: invite.building_id });
  redirect(`/b/${invite.building_id}`);
}

// Old printed flyers carry a building join token instead of a personal invite.
// ruleid: missing-audit-log // todoruleid: missing-rate-limit -- known gap (pass 41, F): building join-code check not recognised as code verification
// ok: missing-auth, missing-input-validation
export async function joinWithBuildingToken(formData: FormData) {
  const user = await requireUser();
  const { buildingId, token } = z
    .object({ buildingId: uuid, token: z.string().min(8).max(64) })
    .parse({ buildingId: formData.get("buildingId"), token: formData.get("token") });
  // ok: sql-injection
  const [b] = await sql<{ join_token: string }[]>`select join_token from building_settings where building_id = ${buildingId}`;
  // ruleid: timing-unsafe-comparison
  if (!b || b.join_token !== token) return { ok: false, error: "Wrong code." };
  // ok: missing-authorization, mass-assignment, sql-injection
  await sql`insert into memberships (user_id, building_id, role) values (${user.id}, ${buildingId}, 'resident') on conflict do nothing`;
  redirect(`/b/${buildingId}`);
}

// ok: missing-auth, missing-input-validation // todook: missing-audit-log -- known gap (pass 41, M, ambiguous): member leaving a building themself
export async function leaveBuilding(buildingId: string) {
  const user = await requireUser();
  const id = uuid.parse(buildingId);
  // ok: missing-authorization, sql-injection
  await sql`update memberships set revoked_at = now() where user_id = ${user.id} and building_id = ${id}`;
  redirect("/b");
}

// ok: missing-auth, missing-input-validation
export async function switchBuilding(buildingId: string) {
  const user = await requireUser();
  const id = uuid.parse(buildingId);
  // ok: missing-authorization, sql-injection
  const [m] = await sql`select 1 from memberships where user_id = ${user.id} and building_id = ${id} and revoked_at is null`;
  if (!m) redirect("/b");
  (await cookies()).set("hm_building", id, { httpOnly: true, sameSite: "lax", path: "/" });
  redirect(`/b/${id}`);
}
