import { z } from "zod";
import { prisma } from "@/lib/db";

// Public leaderboard for the studio TV screen.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const challengeId = z.string().cuid().parse(new URL(req.url).searchParams.get("challengeId"));
  const entries = await prisma.challengeEntry.findMany({
    where: { challengeId, verified: true },
    orderBy: { score: "desc" },
    take: 20,
    select: { score: true, userId: true },
  });
  const users = await prisma.user.findMany({ where: { id: { in: entries.map((e) => e.userId) } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name ?? "Member"]));
  // ok: excessive-data-exposure
  return Response.json(entries.map((e, i) => ({ rank: i + 1, name: names.get(e.userId), score: e.score })));
}
