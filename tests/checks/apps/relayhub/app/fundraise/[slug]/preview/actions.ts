"use server";

import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { db } from "@/lib/db/drizzle";
import { p2pPages } from "@/lib/db/schema";
import { rateLimitByIp } from "@/lib/rate-limit";

// Fundraisers share draft pages with friends using a passcode.
// ok: missing-input-validation
export async function unlockDraftPreview(slug: string, passcode: string) {
  try {
    await rateLimitByIp("p2p-preview", 10);
    if (typeof slug !== "string" || typeof passcode !== "string" || slug.length > 60) return { ok: false };
    const [page] = await db.select({ id: p2pPages.id, previewPasscode: p2pPages.previewPasscode }).from(p2pPages).where(eq(p2pPages.slug, slug));
    // ruleid: timing-unsafe-comparison
    if (!page?.previewPasscode || page.previewPasscode !== passcode) return { ok: false };
    (await cookies()).set(`p2p-preview-${page.id}`, "1", { httpOnly: true, maxAge: 3600 });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: err };
  }
}
