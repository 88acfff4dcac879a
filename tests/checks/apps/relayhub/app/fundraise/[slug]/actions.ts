"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { p2pPages } from "@/lib/db/schema";
import { authActionClient, sessionActionClient } from "@/lib/safe-action";
import { auth } from "@/lib/auth";

const PageInput = z.object({
  campaignId: z.string().cuid(),
  slug: z.string().regex(/^[a-z0-9-]{3,60}$/),
  headline: z.string().min(3).max(120),
  story: z.string().max(10_000).optional(),
  targetPence: z.number().int().min(1000).max(100_000_000),
});

// "Start fundraising" from the campaign page — meant to require a login.
// ruleid: missing-auth
// ok: missing-input-validation
export const createFundraisingPage = sessionActionClient
  .metadata({ actionName: "p2p.create" })
  .inputSchema(PageInput)
  .action(async ({ parsedInput, ctx }) => {
    const [row] = await db
      .insert(p2pPages)
      // ok: mass-assignment
      .values({ ...parsedInput, ownerUserId: ctx.userId ?? "anonymous" })
      .returning({ id: p2pPages.id });
    // ok: excessive-data-exposure
    return row;
  });

// ok: missing-auth, missing-input-validation
export const updateFundraisingPage = authActionClient
  .metadata({ actionName: "p2p.update" })
  .inputSchema(z.object({ pageId: z.string().uuid(), headline: z.string().min(3).max(120), story: z.string().max(10_000) }))
  .action(async ({ parsedInput: { pageId, ...fields }, ctx }) => {
    // ok: missing-authorization
    const updated = await db
      .update(p2pPages)
      // ok: mass-assignment
      .set(fields)
      .where(and(eq(p2pPages.id, pageId), eq(p2pPages.ownerUserId, ctx.userId)))
      .returning({ id: p2pPages.id });
    return { ok: updated.length === 1 };
  });

// ruleid: missing-input-validation
// ok: missing-auth
export async function patchFundraisingPage(pageId: string, patch: Partial<typeof p2pPages.$inferInsert>) {
  const session = await auth();
  if (!session?.user) throw new Error("Sign in first");
  // ruleid: missing-authorization
  await db
    .update(p2pPages)
    // ruleid: mass-assignment
    .set(patch)
    .where(eq(p2pPages.id, pageId));
  return { ok: true };
}

// Public page data for /fundraise/[slug]
// ok: missing-auth, missing-input-validation
export async function loadFundraisingPage(slug: string) {
  const s = z.string().regex(/^[a-z0-9-]{3,60}$/).parse(slug);
  const [page] = await db.select().from(p2pPages).where(eq(p2pPages.slug, s)).limit(1);
  // ruleid: excessive-data-exposure
  return page ?? null;
}
