import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { verifySession } from "@/lib/dal";
import { db } from "@/lib/db";
import { players } from "@/db/schema";

type Ctx = { params: Promise<{ playerId: string }> };
const Id = v.pipe(v.string(), v.uuid());

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { guardianId } = await verifySession();
  const playerId = v.parse(Id, (await params).playerId);
  // ok: missing-authorization
  const child = await db.query.players.findFirst({ where: and(eq(players.id, playerId), eq(players.guardianId, guardianId)), columns: { id: true, firstName: true, lastName: true, dateOfBirth: true, medicalNotes: true } });
  if (!child) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(child);
}

const Notes = v.object({ medicalNotes: v.pipe(v.string(), v.maxLength(2000)) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  await verifySession();
  const playerId = v.parse(Id, (await params).playerId);
  const { medicalNotes } = v.parse(Notes, await req.json());
  // ruleid: missing-authorization
  await db.update(players).set({ medicalNotes }).where(eq(players.id, playerId));
  return NextResponse.json({ ok: true });
}
