"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { publicLimitedClient, actionClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/mailer";
import { PUBLIC_BERTH_FIELDS } from "@/lib/data/berths";

const visitSchema = z.object({
  marinaSlug: z.string().regex(/^[a-z0-9-]{2,60}$/),
  berthId: z.string().cuid(),
  guestName: z.string().min(1).max(120),
  guestEmail: z.string().email(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
});

/** Visiting yachts request a berth from the public availability map. */
// ok: missing-auth -- M (fixed in pass 26): the berth read under a marina found with isPublic: true
export const requestVisitorBerth = publicLimitedClient
  .metadata({ actionName: "visitorBerth" })
  .inputSchema(visitSchema)
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  .action(async ({ parsedInput }) => {
    const marina = await prisma.marina.findFirst({ where: { slug: parsedInput.marinaSlug, isPublic: true }, select: { id: true, orgId: true } });
    if (!marina) throw new Error("Marina not found");
    const berth = await prisma.berth.findFirst({ where: { id: parsedInput.berthId, marinaId: marina.id, status: "free" }, select: { id: true, dailyRateCents: true } });
    if (!berth) return { error: "That berth was just taken" };
    const { marinaSlug, ...booking } = parsedInput;
    const created = await prisma.booking.create({
      // ok: mass-assignment
      data: { ...booking, marinaId: marina.id, orgId: marina.orgId, totalCents: berth.dailyRateCents, source: "public_map" },
      select: { id: true },
    });
    await sendEmail(parsedInput.guestEmail, "Berth request received", `<p>Request ${created.id} for ${marinaSlug} is pending.</p>`);
    return { requestId: created.id };
  });

/** Public availability for the map widget. */
export const publicBerths = actionClient
  .metadata({ actionName: "publicBerths" })
  .inputSchema(z.object({ marinaSlug: z.string().regex(/^[a-z0-9-]{2,60}$/) }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    const berths = await prisma.berth.findMany({
      where: { marina: { slug: parsedInput.marinaSlug, isPublic: true } },
      select: PUBLIC_BERTH_FIELDS,
    });
    // ok: excessive-data-exposure
    return berths;
  });

/** Old map endpoint the embeddable widget v1 still calls. */
export const publicBerthsV1 = actionClient
  .metadata({ actionName: "publicBerthsV1" })
  .inputSchema(z.object({ marinaSlug: z.string() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    const berths = await prisma.berth.findMany({ where: { marina: { slug: parsedInput.marinaSlug, isPublic: true } } });
    // ruleid: excessive-data-exposure
    return berths;
  });
