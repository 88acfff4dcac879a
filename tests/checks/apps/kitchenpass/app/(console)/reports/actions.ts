"use server";

import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { assertVenueAccess } from "@/lib/permissions";
import { searchStaff, topSellers, topSellersSafe, posTotalsForVenues } from "@/lib/reports";

// ok: missing-auth, missing-input-validation
export async function staffSearch(venueId: string, term: string) {
  const { userId } = await verifySession();
  const q = z.object({ venueId: z.string().cuid(), term: z.string().max(40) }).parse({ venueId, term });
  await assertVenueAccess(userId, q.venueId);
  // ok: missing-authorization
  return searchStaff(q.venueId, q.term);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function bestSellers(venueId: string, days: number) {
  const { userId } = await verifySession();
  await assertVenueAccess(userId, venueId);
  // ok: missing-authorization
  return topSellers(venueId, days);
}

// ok: missing-auth, missing-input-validation
export async function bestSellersSafe(venueId: string, days: number) {
  const { userId } = await verifySession();
  const q = z.object({ venueId: z.string().cuid(), days: z.number().int().min(1).max(90) }).parse({ venueId, days });
  await assertVenueAccess(userId, q.venueId);
  // ok: missing-authorization
  return topSellersSafe(q.venueId, q.days);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function groupPosTotals(venueIds: string[]) {
  const ids = z.array(z.string().uuid()).max(20).parse(venueIds);
  return posTotalsForVenues(ids);
}
