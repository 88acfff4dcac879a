import { NextResponse } from "next/server";
import { withLeague } from "@/lib/with-league";
import { prisma } from "@/lib/db/prisma";
import { teamSchema } from "@/lib/validators";
import { logAudit } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const GET = withLeague(async (_req, { user }) => {
  const teams = await prisma.team.findMany({
    where: { leagueId: user.leagueId },
    select: { id: true, name: true, ageGroup: true, coachId: true },
    orderBy: { name: "asc" },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(teams);
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const POST = withLeague(
  async (req, { user }) => {
    const parsed = teamSchema.safeParse(await req.json());
    if (!parsed.success) return NextResponse.json({ error: "Invalid team" }, { status: 400 });
    const team = await prisma.team.create({ data: { ...parsed.data, leagueId: user.leagueId }, select: { id: true } });
    await logAudit({ leagueId: user.leagueId, actorId: user.id, action: "team.created", target: team.id });
    return NextResponse.json(team, { status: 201 });
  },
  { role: "league_admin" },
);
