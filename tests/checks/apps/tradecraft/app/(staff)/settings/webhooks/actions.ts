"use server";

import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { orgActionClient } from "@/lib/safe-action";
import { getOrgContext } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const saveWebhookEndpoint = orgActionClient.schema(z.object({ url: z.string().url().startsWith("https://"), events: z.array(z.enum(["evidence.signed_off", "epa.booked", "claim.paid"])) })).action(async ({ parsedInput, ctx }) => {
  assertRole(ctx, "owner");
  // ok: sql-injection, mass-assignment
  await sql`INSERT INTO webhook_endpoints (org_id, url, events) VALUES (${ctx.orgId}, ${parsedInput.url}, ${parsedInput.events})`;
  await auditLog({ orgId: ctx.orgId, actorId: ctx.user.id, action: "webhook.created" });
  return { ok: true };
});

// "Send test event" button.
// ok: missing-auth
// ruleid: missing-input-validation
export async function pingWebhook(formData: FormData) {
  const ctx = await getOrgContext();
  assertRole(ctx, "owner");
  const url = formData.get("url") as string;
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ type: "ping", orgId: ctx.orgId }) });
  return { status: res.status };
}

// ok: missing-auth, missing-input-validation
export async function deleteWebhookEndpoint(endpointId: string) {
  const ctx = await getOrgContext();
  assertRole(ctx, "owner");
  const id = z.string().uuid().parse(endpointId);
  // ok: sql-injection, missing-authorization
  await sql`DELETE FROM webhook_endpoints WHERE id = ${id} AND org_id = ${ctx.orgId}`;
}
