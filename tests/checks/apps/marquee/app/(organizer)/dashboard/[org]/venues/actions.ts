"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { ddb } from "@/lib/db/drizzle";
import { venues, seatingSections } from "@/lib/db/schema";
import { auth } from "@/lib/auth";
import { withOrganizer } from "@/lib/wrappers";
import { requireOrgRole } from "@/lib/permissions";

const VenueSchema = v.object({
  name: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
  address: v.pipe(v.string(), v.maxLength(300)),
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const SeatingMapSchema = v.array(
  v.object({ label: v.string(), rows: v.number(), seatsPerRow: v.number(), accessible: v.optional(v.boolean()) }),
);

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createVenue = withOrganizer(async (ctx, input: unknown) => {
  const data = v.parse(VenueSchema, input);
  const id = randomUUID();
  // ok: mass-assignment
  await ddb.insert(venues).values({ id, organizerId: ctx.organizerId, ...data });
  return { id };
});

// ok: missing-auth, missing-input-validation
export async function saveSeatingMap(venueId: string, map: unknown) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");
  const sections = v.parse(SeatingMapSchema, map);
  if (typeof venueId !== "string" || venueId.length !== 36) throw new Error("Bad venue id");
  // ruleid: missing-authorization
  await ddb.update(venues).set({ seatingMap: sections }).where(eq(venues.id, venueId));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getVenue(orgSlug: string, venueId: string) {
  const { organizerId } = await requireOrgRole(orgSlug);
  if (typeof venueId !== "string") throw new Error("Bad venue id");
  // ok: missing-authorization
  const [venue] = await ddb.select().from(venues).where(and(eq(venues.id, venueId), eq(venues.organizerId, organizerId)));
  // ruleid: excessive-data-exposure
  return venue ?? null;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function listSections(orgSlug: string, venueId: string) {
  const { organizerId } = await requireOrgRole(orgSlug);
  if (typeof venueId !== "string") throw new Error("Bad venue id");
  const [venue] = await ddb.select({ id: venues.id }).from(venues).where(and(eq(venues.id, venueId), eq(venues.organizerId, organizerId)));
  if (!venue) return [];
  const rows = await ddb
    .select({ id: seatingSections.id, label: seatingSections.label, rows: seatingSections.rows, seatsPerRow: seatingSections.seatsPerRow })
    .from(seatingSections)
    .where(eq(seatingSections.venueId, venue.id));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateVenue(orgSlug: string, venueId: string, formData: FormData) {
  const { organizerId } = await requireOrgRole(orgSlug, ["OWNER", "ADMIN"]);
  // ok: missing-authorization
  await ddb
    .update(venues)
    // ruleid: mass-assignment
    .set(Object.fromEntries(formData))
    .where(and(eq(venues.id, venueId), eq(venues.organizerId, organizerId)));
  return { ok: true };
}
