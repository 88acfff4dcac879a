"use server";

import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { verifySession } from "@/lib/auth/dal";
import { requireWineryRole } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function myPoints(wineryId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(wineryId);
  // ok: sql-injection, missing-authorization
  const rows = await sql`SELECT la.points FROM loyalty_accounts la JOIN "Member" m ON m.id = la.member_id WHERE m."userId" = ${userId} AND m."wineryId" = ${id}`;
  return { points: Number(rows[0]?.points ?? 0) };
}

// ok: missing-auth, missing-input-validation
export async function awardPoints(wineryId: string, memberId: string, points: number) {
  const input = z.object({ wineryId: z.string().cuid(), memberId: z.string().cuid(), points: z.number().int().min(1).max(5000) }).parse({ wineryId, memberId, points });
  await requireWineryRole(input.wineryId, ["OWNER", "CLUB_MANAGER", "TASTING_ROOM"]);
  const m = await prisma.member.findFirst({ where: { id: input.memberId, wineryId: input.wineryId }, select: { id: true } });
  if (!m) throw new Error("Not found");
  // ok: sql-injection, missing-authorization
  await sql`UPDATE loyalty_accounts SET points = points + ${input.points} WHERE member_id = ${m.id}`;
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function pointsLeaderboard(wineryId: string, orderBy: string) {
  const id = z.string().cuid().parse(wineryId);
  await requireWineryRole(id, ["OWNER", "CLUB_MANAGER"]);
  const col = z.string().max(30).parse(orderBy);
  // ruleid: sql-injection
  return sql.unsafe(`SELECT m.id, la.points FROM loyalty_accounts la JOIN "Member" m ON m.id = la.member_id WHERE m."wineryId" = $1 ORDER BY ${col} DESC LIMIT 20`, [id]);
}

// ok: missing-auth, missing-input-validation
export async function setPoints(memberId: string, points: number) {
  await verifySession();
  const input = z.object({ memberId: z.string().cuid(), points: z.number().int().nonnegative() }).parse({ memberId, points });
  // ruleid: missing-authorization
  await sql`UPDATE loyalty_accounts SET points = ${input.points} WHERE member_id = ${input.memberId}`;
  return { success: true };
}
