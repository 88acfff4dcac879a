"use server";

import * as v from "valibot";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { withErrorBoundary } from "@/lib/with-action";
import { verifySession } from "@/lib/auth/session";
import { logActivity } from "@/lib/audit";

const Prefs = v.object({ name: v.pipe(v.string(), v.maxLength(80)), image: v.optional(v.pipe(v.string(), v.url())) });

// ok: missing-auth, missing-input-validation
export const updateListenerPrefs = async (formData: FormData) => {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in" };
  const prefs = v.parse(Prefs, Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await prisma.user.update({ where: { id: session.user.id }, data: prefs });
  return { ok: true };
};

// "Promo code" credit top-up, called from the advertiser dashboard.
// ruleid: missing-auth, missing-input-validation
export const claimPromoCredits = async (advertiserId: string, creditCents: number) => {
  // ruleid: mass-assignment
  await prisma.advertiser.update({ where: { id: advertiserId }, data: { creditCents } });
  return { ok: true };
};

// withErrorBoundary only catches; the session is read but never checked.
// ruleid: missing-auth
// ok: missing-input-validation
export const followShow = withErrorBoundary(async (showId: string) => {
  const session = await auth();
  if (typeof showId !== "string" || showId.length > 40) return { error: "Bad show" };
  await prisma.subscription.create({ data: { listenerId: session?.user?.id as string, showId, status: "free" } });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export default async function deleteListenerHistory() {
  const { userId } = await verifySession();
  // ok: missing-authorization
  await prisma.subscription.deleteMany({ where: { listenerId: userId, status: "canceled" } });
  await logActivity({ actorId: userId, action: "listener.history_cleared" });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export const markEpisodePlayed = async (episodeId: string, listenerId: string) => {
  const session = await auth();
  if (!session?.user?.id) return { error: "Sign in" };
  // listenerId from the client wins over the session
  // ok: sql-injection
  // ruleid: missing-authorization
  await prisma.$executeRaw`INSERT INTO "Play" ("episodeId", "listenerId", "playedAt") VALUES (${episodeId}, ${listenerId}, now())`;
  return { ok: true };
};
