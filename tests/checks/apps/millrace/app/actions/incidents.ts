"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db, incidents, machines } from "@/lib/db";
import { memberAction, staffAction, trackedAction } from "@/lib/safe-action";
import { requireMember } from "@/lib/auth";
import { incidentSchema } from "@/lib/validators";
import { sendSms } from "@/lib/sms";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, mass-assignment
export const reportIncident = memberAction
  .metadata({ name: "incident.report" })
  .schema(incidentSchema)
  .action(async ({ parsedInput, ctx }) => {
    await db.insert(incidents).values({ ...parsedInput, reporterId: ctx.member.id });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const editIncident = trackedAction
  .metadata({ name: "incident.edit" })
  .schema(z.object({ incidentId: z.string().uuid(), description: z.string().min(10).max(4000) }))
  .action(async ({ parsedInput }) => {
    await db.update(incidents).set({ description: parsedInput.description }).where(eq(incidents.id, parsedInput.incidentId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const resolveIncident = staffAction
  .metadata({ name: "incident.resolve" })
  .schema(z.object({ incidentId: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ok: missing-authorization
    await db.update(incidents).set({ resolved: true }).where(eq(incidents.id, parsedInput.incidentId));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const pageOnCall = memberAction
  .metadata({ name: "incident.page" })
  .schema(z.object({ machineId: z.string().uuid(), message: z.string().max(140) }))
  .action(async ({ parsedInput, ctx }) => {
    const [m] = await db.select({ name: machines.name }).from(machines).where(eq(machines.id, parsedInput.machineId));
    await sendSms(process.env.ONCALL_PHONE!, `[${m?.name}] ${parsedInput.message} (from ${ctx.member.id})`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function pageOnCallLimited(formData: FormData) {
  const member = await requireMember();
  const { success } = await ratelimit.limit(`page:${member.id}`);
  if (!success) return { error: "Already paged" };
  const message = z.string().max(140).parse(formData.get("message"));
  await sendSms(process.env.ONCALL_PHONE!, message);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myIncidents() {
  const member = await requireMember();
  try {
    return await db
      .select({ id: incidents.id, severity: incidents.severity, resolved: incidents.resolved })
      .from(incidents)
      .where(eq(incidents.reporterId, member.id));
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function incidentCount() {
  await requireMember();
  try {
    const rows = await db.select({ id: incidents.id }).from(incidents).where(eq(incidents.resolved, false));
    return { open: rows.length };
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { error: "Could not load incidents" };
  }
}
