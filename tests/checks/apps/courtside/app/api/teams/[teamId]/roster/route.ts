import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getApiUser } from "@/lib/session";
import { db } from "@/lib/db";
import { players } from "@/db/schema";

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const user = await getApiUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const teamId = z.string().uuid().parse((await params).teamId);
  // ruleid: missing-authorization
  const rows = await db.select({ id: players.id, firstName: players.firstName, lastName: players.lastName, dateOfBirth: players.dateOfBirth, guardianId: players.guardianId }).from(players).where(eq(players.teamId, teamId));
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, born: p.dateOfBirth })));
}
