"use server";

import { z } from "zod";
import { publicLimitedClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email";

const leadSchema = z.object({
  agencySlug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  phone: z.string().max(30).optional(),
  message: z.string().min(5).max(3000),
});

// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth -- a public lead form: the agency lookup only routes the lead, nothing of it is returned
export const submitLead = publicLimitedClient.inputSchema(leadSchema).action(async ({ parsedInput }) => {
  const agency = await prisma.agency.findUnique({ where: { slug: parsedInput.agencySlug }, select: { id: true, leadEmail: true } });
  if (!agency) return { ok: true };
  const { agencySlug: _s, ...lead } = parsedInput;
  await prisma.lead.create({
    // ok: mass-assignment
    data: { ...lead, agencyId: agency.id },
  });
  if (agency.leadEmail) await sendEmail({ to: agency.leadEmail, subject: `New lead: ${lead.name}`, html: `<p>${lead.message}</p>` });
  return { ok: true };
});

// Old embeddable widget posts here (kept for agencies that never updated the snippet).
// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth -- a public lead form: the agency lookup only routes the lead, nothing of it is returned
export async function submitLeadLegacy(formData: FormData) {
  const fields = Object.fromEntries(formData) as Record<string, string>;
  const lead = await prisma.lead.create({
    // ruleid: mass-assignment
    data: fields as never,
    select: { agencyId: true, name: true },
  });
  const agency = await prisma.agency.findUnique({ where: { id: lead.agencyId }, select: { leadEmail: true } });
  if (agency?.leadEmail) await sendEmail({ to: agency.leadEmail, subject: `New lead: ${lead.name}`, html: "<p>Open Pawprint to reply.</p>" });
}
