"use server";

import { z } from "zod";
import { auth, clerkClient } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";
import { checkRateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function createAgency(formData: FormData) {
  const { userId } = await auth.protect();
  const { name } = z.object({ name: z.string().min(2).max(120) }).parse(Object.fromEntries(formData));
  const clerk = await clerkClient();
  const org = await clerk.organizations.createOrganization({ name, createdBy: userId });
  // ok: mass-assignment
  await prisma.agency.create({ data: { name, clerkOrgId: org.id } });
  redirect("/dashboard");
}

// Agencies hand out a join code to assistants.
// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export async function joinWithCode(formData: FormData) {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const { agencyId, joinCode } = z.object({ agencyId: z.string().cuid(), joinCode: z.string().length(8) }).parse(Object.fromEntries(formData));
  const agency = await prisma.agency.findUnique({ where: { id: agencyId }, select: { id: true } });
  const joinSecret = process.env[`JOIN_SECRET_${agencyId}`];
  // ruleid: timing-unsafe-comparison
  if (!agency || !joinSecret || joinCode !== joinSecret) return { error: "Invalid code" };
  // ok: mass-assignment
  await prisma.agent.create({ data: { agencyId: agency.id, userId, role: "assistant" } });
  await auditLog({ actorId: userId, agencyId: agency.id, action: "agent.joined_with_code" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function checkSlugAvailable(slug: string) {
  if (!(await checkRateLimit(`slug:${slug}`))) return { available: false };
  if (typeof slug !== "string" || !/^[a-z0-9-]{3,40}$/.test(slug)) return { available: false };
  const taken = await prisma.agency.count({ where: { name: slug } });
  return { available: taken === 0 };
}
