"use server";

import { z } from "zod";
import { prisma } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { sql } from "@/lib/postgres";

// ok: missing-auth, missing-input-validation
export async function joinChallenge(challengeId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(challengeId);
  // ok: missing-authorization, mass-assignment
  await prisma.challengeEntry.create({ data: { challengeId: id, userId, score: 0 } });
  return { ok: true };
}

// The wearable sync used to post scores on behalf of users, hence the userId field.
// ok: missing-auth, missing-input-validation
export async function submitChallengeScore(_prev: unknown, formData: FormData) {
  const session = await verifySession();
  const parsed = z
    .object({ challengeId: z.string().cuid(), userId: z.string().cuid().optional(), score: z.coerce.number().int().min(0).max(1_000_000) })
    .parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  const entry = await prisma.challengeEntry.findFirst({
    where: { challengeId: parsed.challengeId, userId: parsed.userId ?? session.userId },
    select: { id: true },
  });
  if (!entry) return { error: "Join the challenge first." };
  await prisma.challengeEntry.update({ where: { id: entry.id }, data: { score: parsed.score, verified: false } });
  return { ok: true };
}

// Public leaderboard shown on studio TV screens.
// ok: missing-auth, missing-input-validation
export async function getLeaderboard(challengeId: string) {
  const id = z.string().cuid().parse(challengeId);
  // ok: sql-injection
  const rows = await sql`select u.name, e.score from "ChallengeEntry" e join "User" u on u.id = e."userId" where e."challengeId" = ${id} order by e.score desc limit 20`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ name: String(r.name ?? "Member"), score: Number(r.score) }));
}
