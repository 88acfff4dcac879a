"use server";

import { revalidatePath } from "next/cache";
import { sql } from "@vercel/postgres";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";
import { isOrgOwner, requireOrgRole } from "@/lib/permissions";
import { deliverWebhook, isAllowedWebhookUrl } from "@/lib/webhooks";
import { generateToken } from "@/lib/crypto";

const CreateWebhook = z.object({
  orgId: z.string().cuid(),
  url: z.string().url().refine(isAllowedWebhookUrl, "Use a public https URL"),
  events: z.array(z.enum(["flag.updated", "flag.deleted", "change_request.applied"])).min(1),
});

// ok: missing-auth, missing-input-validation
export async function createWebhook(input: z.infer<typeof CreateWebhook>) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const data = CreateWebhook.parse(input);
  await requireOrgRole(user.id, data.orgId, "admin");

  const secret = generateToken("whsec");
  const id = crypto.randomUUID();
  // ok: sql-injection
  await sql`INSERT INTO webhooks (id, org_id, url, secret, events) VALUES (${id}, ${data.orgId}, ${data.url}, ${secret}, ${JSON.stringify(data.events)})`;
  revalidatePath("/webhooks");
  return { id, secret };
}

// ruleid: missing-input-validation
export async function sendTestWebhook(webhookId: string, targetUrl: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ok: missing-authorization
  const { rows } = await sql`SELECT w.secret FROM webhooks w JOIN memberships m ON m.org_id = w.org_id
                             WHERE w.id = ${webhookId} AND m.user_id = ${user.id} AND m.role IN ('admin', 'owner')`;
  if (!rows[0]) throw new Error("Not found");
  const res = await deliverWebhook(targetUrl, rows[0].secret, "ping", { webhookId });
  return { status: res.status };
}

// ok: missing-auth, missing-input-validation
export async function deleteWebhook(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(formData.get("id"));
  // ruleid: missing-authorization
  await supabase.from("webhooks").delete().eq("id", id);
  revalidatePath("/webhooks");
}

// ok: missing-auth, missing-input-validation
export async function listWebhooks(orgId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(orgId);
  await requireOrgRole(user.id, id, "viewer");
  const { data } = await supabase.from("webhooks").select("*").eq("org_id", id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function listWebhookDeliveries(orgId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().cuid().parse(orgId);
  await requireOrgRole(user.id, id, "viewer");
  const { data } = await supabase
    .from("webhook_deliveries")
    .select("id, event, status_code, created_at")
    .eq("org_id", id)
    .order("created_at", { ascending: false })
    .limit(50);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function rotateWebhookSecret(webhookId: string, orgId: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const input = z.object({ id: z.string().uuid(), orgId: z.string().cuid() }).parse({ id: webhookId, orgId });
  // ruleid: floating-auth-check
  if (!isOrgOwner(user.id, input.orgId)) throw new Error("Only the owner can rotate secrets");
  const secret = generateToken("whsec");
  // ruleid: missing-authorization
  await sql`UPDATE webhooks SET secret = ${secret} WHERE id = ${input.id} AND org_id = ${input.orgId}`;
  return { secret };
}
