import { NextResponse } from "next/server";
import { withLeague } from "@/lib/with-league";
import { prisma } from "@/lib/db/prisma";

// league-wide admin dashboard numbers
// ok: missing-auth, missing-input-validation
export const GET = withLeague(
  async (_req, { user }) => {
    const [teams, players, unpaid, reports] = await Promise.all([
      prisma.team.count({ where: { leagueId: user.leagueId } }),
      prisma.player.count({ where: { leagueId: user.leagueId } }),
      prisma.registration.count({ where: { leagueId: user.leagueId, status: "pending" } }),
      prisma.matchReport.count({ where: { matchId: { not: "" } } }),
    ]);
    // ok: excessive-data-exposure
    return NextResponse.json({ teams, players, unpaid, reports });
  },
  { role: "league_admin" },
);
