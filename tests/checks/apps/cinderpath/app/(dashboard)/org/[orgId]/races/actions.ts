"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { withOrg, withOrgAudited } from "@/lib/with-org";
import { prisma } from "@/lib/db/prisma";

const raceSchema = z.object({
  name: z.string().min(3).max(120),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  startsAt: z.coerce.date(),
  capacity: z.coerce.number().int().min(1).max(50000),
  priceCents: z.coerce.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export const createRace = withOrg(["OWNER", "ORGANISER"], async (formData, ctx) => {
  const parsed = raceSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  const race = await prisma.race.create({ data: { ...parsed, orgId: ctx.orgId }, select: { id: true } });
  revalidatePath(`/org/${ctx.orgId}/races`);
  return { id: race.id };
});

const updateSchema = raceSchema.partial().extend({ raceId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const updateRace = withOrg(["OWNER", "ORGANISER"], async (formData, ctx) => {
  const { raceId, ...data } = updateSchema.parse(Object.fromEntries(formData));
  // ok: missing-authorization, mass-assignment
  await prisma.race.updateMany({ where: { id: raceId, orgId: ctx.orgId }, data });
  revalidatePath(`/org/${ctx.orgId}/races`);
});

// ok: missing-auth
// ruleid: missing-input-validation
export const publishRace = withOrg(["OWNER", "ORGANISER"], async (formData, ctx) => {
  const raceId = String(formData.get("raceId"));
  // ruleid: missing-authorization
  await prisma.race.update({ where: { id: raceId }, data: { published: true } });
  revalidatePath(`/org/${ctx.orgId}/races`);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const deleteRace = withOrgAudited(["OWNER"], "race.deleted", async (formData, ctx) => {
  const { raceId } = z.object({ raceId: z.string().cuid() }).parse({ raceId: formData.get("raceId") });
  // ok: missing-authorization
  await prisma.race.deleteMany({ where: { id: raceId, orgId: ctx.orgId } });
});

// ok: missing-auth, missing-input-validation
export const closeRegistrations = withOrg(["OWNER", "ORGANISER"], async (formData, ctx) => {
  const raceId = formData.get("raceId");
  if (typeof raceId !== "string" || !/^c[a-z0-9]{20,30}$/.test(raceId)) throw new Error("Bad race id");
  // ok: missing-authorization
  await prisma.race.updateMany({ where: { id: raceId, orgId: ctx.orgId }, data: { registrationOpen: false } });
});

// ok: missing-auth
export const listOrgRaces = withOrg(["OWNER", "ORGANISER", "VIEWER"], async (_formData, ctx) => {
  const races = await prisma.race.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true, startsAt: true, published: true } });
  // ok: excessive-data-exposure
  return races;
});

// ok: missing-auth, missing-input-validation
export const getRunnerForOrganiser = withOrg(["OWNER", "ORGANISER"], async (formData) => {
  const { registrationId } = z.object({ registrationId: z.string().cuid() }).parse({ registrationId: formData.get("registrationId") });
  // ruleid: missing-authorization
  const reg = await prisma.registration.findFirst({ where: { id: registrationId }, select: { id: true, bib: true, emergencyContact: true, medicalNotes: true } });
  // ok: excessive-data-exposure
  return reg;
});
