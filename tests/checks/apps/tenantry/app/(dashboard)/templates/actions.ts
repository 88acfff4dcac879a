"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db, schema } from "@/lib/db/drizzle";
import { withOrg, withRole } from "@/lib/wrappers";
import { sendSms } from "@/lib/sms";

const { messageTemplates } = schema;

const templateSchema = z.object({
  name: z.string().min(1).max(80),
  channel: z.enum(["email", "sms"]),
  body: z.string().min(1).max(5000),
});

const MERGE_FIELDS = ["renter.firstName", "lease.rent", "unit.address", "agency.name"] as const;

export function renderTemplate(body: string, values: Record<(typeof MERGE_FIELDS)[number], string>) {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => values[key as keyof typeof values] ?? "");
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createTemplate = withRole(["OWNER", "ADMIN", "MANAGER"], async (formData, ctx) => {
  const input = templateSchema.parse(Object.fromEntries(formData));
  await db.insert(messageTemplates).values({
    id: crypto.randomUUID(),
    // ok: mass-assignment
    ...input,
    agencyId: ctx.agencyId,
  });
});

// ruleid: missing-input-validation
// ok: missing-auth
export const updateTemplate = withOrg(async (formData, ctx) => {
  const id = String(formData.get("id"));
  formData.delete("id");
  // ok: missing-authorization
  await db
    .update(messageTemplates)
    .set({
      // ruleid: mass-assignment
      ...Object.fromEntries(formData),
      agencyId: ctx.agencyId,
    })
    .where(and(eq(messageTemplates.id, id), eq(messageTemplates.agencyId, ctx.agencyId)));
});

// ok: missing-auth, missing-input-validation
export const archiveTemplate = withOrg(async (formData) => {
  const id = z.string().uuid().parse(formData.get("id"));
  // ruleid: missing-authorization
  await db.update(messageTemplates).set({ archived: true }).where(eq(messageTemplates.id, id));
});

// ok: missing-auth, missing-input-validation
export const deleteTemplate = withOrg(async (formData, { agencyId }) => {
  const id = z.string().uuid().parse(formData.get("id"));
  // ok: missing-authorization
  await db.delete(messageTemplates).where(and(eq(messageTemplates.id, id), eq(messageTemplates.agencyId, agencyId)));
});

// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export const sendTestSms = withOrg(async (formData, { agencyId }) => {
  const templateId = z.string().uuid().parse(formData.get("templateId"));
  const phone = formData.get("phone") as string;
  const [tpl] = await db
    .select({ body: messageTemplates.body })
    .from(messageTemplates)
    .where(and(eq(messageTemplates.id, templateId), eq(messageTemplates.agencyId, agencyId)));
  if (!tpl) return { error: "Template not found" };
  await sendSms(phone, renderTemplate(tpl.body, { "renter.firstName": "Sam", "lease.rent": "£1,250", "unit.address": "Flat 2", "agency.name": "Demo" }));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const listTemplates = withOrg(async (_formData, { agencyId }) => {
  const rows = await db.select().from(messageTemplates).where(eq(messageTemplates.agencyId, agencyId));
  // ruleid: excessive-data-exposure
  return rows;
});
