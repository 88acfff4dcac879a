"use server";

import { z } from "zod";
import { portalActionClient } from "@/lib/legacy-action";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";

// Partner portal (resellers, hotel concierges) — built on the prototype client.

// why: portalActionClient's middleware never rejects a missing session, so this write is unauthenticated
// ruleid: missing-auth
// ok: missing-input-validation
export const updateCommission = portalActionClient
  .schema(z.object({ bookingId: z.string().cuid(), note: z.string().max(200) }))
  .action(async ({ parsedInput }) => {
    await prisma.booking.update({ where: { id: parsedInput.bookingId }, data: { status: `partner:${parsedInput.note}` } });
  });

// why: same prototype client; reads another org's bookings with no session check
// ruleid: missing-auth
// ok: missing-input-validation
export const partnerBookings = portalActionClient
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    const rows = await prisma.booking.findMany({ where: { trip: { orgId: parsedInput.orgId } }, select: { id: true, seats: true, status: true } });
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const partnerProfile = authActionClient
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const org = await prisma.organization.findFirst({ where: { id: parsedInput.orgId, memberships: { some: { userId: ctx.userId } } }, select: { name: true, slug: true, plan: true } });
    // ok: excessive-data-exposure
    return org;
  });

// ok: missing-auth, missing-input-validation
export const lookupOrg = authActionClient
  .schema(z.object({ orgId: z.string().cuid() }))
  .action(async ({ parsedInput }) => {
    // why: reads any organization (webhookSecret, stripeAccount) by id with no membership check
    // ruleid: missing-authorization
    const org = await prisma.organization.findUnique({ where: { id: parsedInput.orgId } });
    // why: whole Organization row (webhookSecret, stripeAccount) returned without select
    // ruleid: excessive-data-exposure
    return org;
  });
