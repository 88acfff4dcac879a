"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { authedProcedure, networkProcedure } from "@/lib/zsa";
import { hashToken } from "@/lib/secure-compare";
import { logActivity } from "@/lib/audit";

// Listener creates their personal premium feed token (shown once).
// ok: missing-auth, missing-input-validation
export const createFeedToken = authedProcedure
  .createServerAction()
  .input(z.object({ showId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const sub = await prisma.subscription.findFirst({ where: { listenerId: ctx.userId, showId: input.showId, status: "active" }, select: { id: true } });
    if (!sub) throw new Error("Subscribe first");
    const token = randomBytes(24).toString("base64url");
    // ok: mass-assignment, missing-authorization
    await prisma.feedToken.create({ data: { listenerId: ctx.userId, showId: input.showId, tokenHash: hashToken(token) } });
    await logActivity({ actorId: ctx.userId, action: "feed_token.create", target: input.showId });
    // ok: excessive-data-exposure
    return { token };
  });

// ok: missing-auth, missing-input-validation
export const revokeFeedToken = authedProcedure
  .createServerAction()
  .input(z.object({ tokenId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const res = await prisma.feedToken.updateMany({ where: { id: input.tokenId, listenerId: ctx.userId }, data: { revokedAt: new Date() } });
    await logActivity({ actorId: ctx.userId, action: "feed_token.revoke", target: input.tokenId });
    return { revoked: res.count };
  });

// ok: missing-auth, missing-input-validation
export const listMyFeedTokens = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const tokens = await prisma.feedToken.findMany({ where: { listenerId: ctx.userId, revokedAt: null } });
  // ruleid: excessive-data-exposure
  return tokens;
});

// Producer view of who holds premium tokens for a show.
// ok: missing-auth, missing-input-validation
export const listShowFeedTokens = networkProcedure
  .createServerAction()
  .input(z.object({ showId: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: missing-authorization
    const rows = await prisma.feedToken.findMany({
      where: { showId: input.showId },
      select: { id: true, listenerId: true, revokedAt: true, listener: { select: { email: true } } },
    });
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth
// ruleid: missing-input-validation // todook: missing-audit-log -- (gap judge: ambiguous, pass 38) rotating a feed token: rule 9 names API keys, a private-feed URL token sits between a key and a share link
export async function rotateFeedToken(tokenId: string, listenerId: string) {
  const session = await auth();
  if (!session) throw new Error("Not signed in");
  const token = randomBytes(24).toString("base64url");
  // client-supplied listenerId beats the session
  // ruleid: missing-authorization
  await prisma.feedToken.updateMany({ where: { id: tokenId, listenerId }, data: { tokenHash: hashToken(token) } });
  return { token };
}

// ok: missing-auth, missing-input-validation // todook: missing-audit-log -- (gap judge: ambiguous, pass 38) as rotateFeedToken
export async function rotateMyFeedToken(tokenId: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  if (typeof tokenId !== "string" || tokenId.length > 40) throw new Error("Bad token id");
  const token = randomBytes(24).toString("base64url");
  // ok: missing-authorization
  const res = await prisma.feedToken.updateMany({ where: { id: tokenId, listenerId: session.user.id }, data: { tokenHash: hashToken(token) } });
  if (res.count === 0) return { error: "Not found" };
  return { token };
}
