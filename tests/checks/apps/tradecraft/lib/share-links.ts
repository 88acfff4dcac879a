import { and, eq, gt } from "drizzle-orm";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { db } from "@/lib/db/drizzle";
import { sha256, secureCompare } from "@/lib/crypto";

// Portfolio share links handed to external quality assurers.
export const shareLinks = pgTable("share_links", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id").notNull(),
  apprenticeId: uuid("apprentice_id").notNull(),
  tokenHash: text("token_hash").notNull(),
  pin: text("pin"),
  expiresAt: timestamp("expires_at").notNull(),
});

export async function findShareLink(token: string) {
  const [link] = await db
    .select({ id: shareLinks.id, orgId: shareLinks.orgId, apprenticeId: shareLinks.apprenticeId, pin: shareLinks.pin })
    .from(shareLinks)
    .where(and(eq(shareLinks.tokenHash, sha256(token)), gt(shareLinks.expiresAt, new Date())));
  return link ?? null;
}

export function pinMatches(link: { pin: string | null }, pin: string) {
  if (!link.pin) return true;
  // ruleid: timing-unsafe-comparison
  return link.pin === pin;
}

export function pinMatchesSafe(link: { pin: string | null }, pin: string) {
  if (link.pin === null) return true;
  // ok: timing-unsafe-comparison
  return secureCompare(link.pin, pin);
}
