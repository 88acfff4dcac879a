"use server";

import { z } from "zod";
import { agencyActionClient, agencyAdminClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { canResolveIncident } from "@/lib/permissions";
import { sendEmail } from "@/lib/mailer";
import { auditLog } from "@/lib/audit";
import { ratelimit } from "@/lib/ratelimit";

const IncidentSchema = z.object({
  clientId: z.string(),
  severity: z.enum(["low", "medium", "high", "critical"]),
  description: z.string().min(10),
});

// ok: missing-auth, missing-input-validation
export const reportIncident = agencyActionClient
  .schema(IncidentSchema)
  .metadata({ actionName: "reportIncident" })
  .action(async ({ parsedInput, ctx }) => {
    const client = await prisma.client.findFirst({ where: { id: parsedInput.clientId, agencyId: ctx.agencyId }, select: { id: true } });
    if (!client) throw new Error("Unknown client");
    // ok: mass-assignment, missing-authorization
    return prisma.incident.create({ data: { ...parsedInput, agencyId: ctx.agencyId, reportedBy: ctx.userId }, select: { id: true } });
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const resolveIncident = agencyActionClient
  .schema(z.object({ incidentId: z.string(), resolution: z.string() }))
  .metadata({ actionName: "resolveIncident" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await canResolveIncident(ctx.userId, parsedInput.incidentId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.incident.update({ where: { id: parsedInput.incidentId }, data: { status: "resolved", resolvedBy: ctx.userId } });
    await auditLog({ agencyId: ctx.agencyId, actorId: ctx.userId, action: "incident.resolved", target: parsedInput.incidentId });
  });

// ok: missing-auth, missing-input-validation
export const deleteIncident = agencyAdminClient
  .schema(z.object({ incidentId: z.string() }))
  .metadata({ actionName: "deleteIncident" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await prisma.incident.deleteMany({ where: { id: parsedInput.incidentId, agencyId: ctx.agencyId } });
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const escalateIncident = agencyActionClient
  .schema(z.object({ incidentId: z.string(), notifyEmail: z.string().email() }))
  .metadata({ actionName: "escalateIncident" })
  .action(async ({ parsedInput, ctx }) => {
    const { success } = await ratelimit.limit(`escalate:${ctx.userId}`);
    if (!success) throw new Error("Rate limited");
    // ok: missing-authorization
    const incident = await prisma.incident.findFirst({ where: { id: parsedInput.incidentId, agencyId: ctx.agencyId }, select: { severity: true, description: true } });
    if (!incident) throw new Error("Not found");
    await sendEmail(parsedInput.notifyEmail, `Incident escalated (${incident.severity})`, `<p>${incident.description}</p>`);
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const notifyFamilyOfIncident = agencyActionClient
  .schema(z.object({ incidentId: z.string(), familyEmail: z.string().email() }))
  .metadata({ actionName: "notifyFamilyOfIncident" })
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const incident = await prisma.incident.findFirst({ where: { id: parsedInput.incidentId, agencyId: ctx.agencyId }, select: { severity: true } });
    if (!incident) throw new Error("Not found");
    await sendEmail(parsedInput.familyEmail, "An incident was reported", `<p>Severity: ${incident.severity}. Your coordinator will call you.</p>`);
  });
