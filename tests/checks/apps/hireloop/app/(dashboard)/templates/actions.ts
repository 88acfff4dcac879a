"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { ddb, schema } from "@/lib/db";
import { getViewer, verifySession } from "@/lib/dal";
import { orgActionClient } from "@/lib/safe-action";
import { sendEmail, renderTemplate } from "@/lib/mail";
import { checkRateLimit } from "@/lib/rate-limit";

const { emailTemplates } = schema;
const TemplateSchema = z.object({
  name: z.string().min(1).max(80),
  subject: z.string().min(1).max(200),
  body: z.string().min(1).max(20_000),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const saveTemplate = orgActionClient
  .metadata({ actionName: "templates.save" })
  .inputSchema(TemplateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const id = crypto.randomUUID();
    // ok: mass-assignment
    await ddb.insert(emailTemplates).values({ ...parsedInput, id, companyId: ctx.companyId });
    return { id };
  });

type TemplatePatch = Partial<{ name: string; subject: string; body: string; companyId: string }>;

// ruleid: missing-input-validation
export async function updateTemplate(templateId: string, patch: TemplatePatch) {
  const viewer = await getViewer();
  // ok: missing-authorization
  await ddb
    .update(emailTemplates)
    // ruleid: mass-assignment
    .set(patch)
    .where(and(eq(emailTemplates.id, templateId), eq(emailTemplates.companyId, viewer.companyId)));
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendTemplatePreview(templateId: string) {
  const viewer = await getViewer();
  const { email } = await verifySession();
  const id = z.string().uuid().parse(templateId);
  await checkRateLimit(`template-preview:${viewer.userId}`);
  // ok: missing-authorization
  const [tpl] = await ddb
    .select({ subject: emailTemplates.subject, body: emailTemplates.body })
    .from(emailTemplates)
    .where(and(eq(emailTemplates.id, id), eq(emailTemplates.companyId, viewer.companyId)));
  if (!tpl) return { error: "Template not found" };
  const vars = { "candidate.name": "Alex Example", "job.title": "Senior Engineer" };
  await sendEmail({ to: email, subject: renderTemplate(tpl.subject, vars), html: renderTemplate(tpl.body, vars) });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getTemplate(templateId: string) {
  const viewer = await getViewer();
  const id = z.string().uuid().parse(templateId);
  // ok: missing-authorization
  const [tpl] = await ddb
    .select()
    .from(emailTemplates)
    .where(and(eq(emailTemplates.id, id), eq(emailTemplates.companyId, viewer.companyId)));
  // template rows hold nothing beyond what the editor shows, but the whole row is returned
  // ruleid: excessive-data-exposure
  return tpl ?? null;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteTemplate(templateId: string) {
  const viewer = await getViewer();
  const id = z.string().uuid().parse(templateId);
  // ok: missing-authorization
  const deleted = await ddb
    .delete(emailTemplates)
    .where(and(eq(emailTemplates.id, id), eq(emailTemplates.companyId, viewer.companyId)))
    .returning({ id: emailTemplates.id });
  // ok: excessive-data-exposure
  return { deleted: deleted.length };
}
