"use server";

import { z } from "zod";
import { authedProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { checkRegistrationOwner } from "@/lib/guards";

const registerSchema = z.object({
  raceId: z.string().cuid(),
  bibName: z.string().max(16).optional(),
  emergencyContact: z.string().max(120),
  medicalNotes: z.string().max(500).optional(),
});

// ok: missing-auth, missing-input-validation
export const registerForRace = authedProcedure
  .createServerAction()
  .input(registerSchema)
  .handler(async ({ input, ctx }) => {
    const race = await prisma.race.findFirst({ where: { id: input.raceId, published: true, registrationOpen: true }, select: { id: true } });
    if (!race) throw new Error("Race not open");
    // ok: mass-assignment, missing-authorization
    const reg = await prisma.registration.create({ data: { ...input, userId: ctx.userId, status: "PENDING" }, select: { id: true } });
    // ok: excessive-data-exposure
    return { registrationId: reg.id };
  });

// ok: missing-auth, missing-input-validation
export const cancelRegistration = authedProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.registration.update({ where: { id: input.registrationId }, data: { status: "CANCELLED" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateEmergencyContact = authedProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid(), emergencyContact: z.string().max(120) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await prisma.registration.updateMany({ where: { id: input.registrationId, userId: ctx.userId }, data: { emergencyContact: input.emergencyContact } });
    return { ok: true };
  });

const detailsSchema = z.object({
  registrationId: z.string().cuid(),
  bibName: z.string().max(16).optional(),
  medicalNotes: z.string().max(500).optional(),
  userId: z.string().optional(),
});

// ok: missing-auth, missing-input-validation
export const updateRegistrationDetails = authedProcedure
  .createServerAction()
  .input(detailsSchema)
  .handler(async ({ input, ctx }) => {
    const { registrationId, ...rest } = input;
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.registration.updateMany({ where: { id: registrationId, userId: ctx.userId }, data: rest });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const getMyRegistration = authedProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const reg = await prisma.registration.findFirst({ where: { id: input.registrationId, userId: ctx.userId }, select: { id: true, bib: true, bibName: true, status: true, race: { select: { name: true, startsAt: true } } } });
    // ok: excessive-data-exposure
    return reg;
  });

// ok: missing-auth, missing-input-validation
export const withdrawToDeferral = authedProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // helper returns { error } — its result is ignored here
    await checkRegistrationOwner(ctx.userId, input.registrationId);
    // ruleid: missing-authorization
    await prisma.registration.update({ where: { id: input.registrationId }, data: { status: "DEFERRED" } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const requestBibChange = authedProcedure
  .createServerAction()
  .input(z.object({ registrationId: z.string().cuid(), bibName: z.string().max(16) }))
  .handler(async ({ input, ctx }) => {
    const check = await checkRegistrationOwner(ctx.userId, input.registrationId);
    if (check.error) throw new Error("Not found");
    // ok: missing-authorization
    await prisma.registration.update({ where: { id: input.registrationId }, data: { bibName: input.bibName } });
    return { ok: true };
  });
