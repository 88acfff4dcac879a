"use server";

import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { teams } from "@/db/schema";

// Meant for the Stripe webhook only, but every export of a "use server" module is callable.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function applyPlanChange(teamId: string, plan: string) {
  // ruleid: mass-assignment
  await db.update(teams).set({ plan }).where(eq(teams.id, teamId));
}
