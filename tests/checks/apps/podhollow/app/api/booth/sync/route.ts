import { NextResponse } from "next/server";
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import * as v from "valibot";
import { boothSessionOptions, type BoothSession } from "@/lib/auth/booth";
import { boothDb, markSynced } from "@/lib/db/booth-cache";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getIronSession<BoothSession>(await cookies(), boothSessionOptions);
  if (!session.deviceId || !session.networkId) return NextResponse.json({ error: "Pair the booth first" }, { status: 401 });
  const { episodeId } = v.parse(v.object({ episodeId: v.pipe(v.string(), v.maxLength(40)) }), await req.json());
  // ok: missing-authorization
  const ep = await prisma.episode.findFirst({ where: { id: episodeId, networkId: session.networkId }, select: { id: true } });
  if (!ep) return NextResponse.json({ error: "Unknown episode" }, { status: 404 });
  // ok: sql-injection
  const takes = boothDb.prepare("SELECT id, file_path FROM takes WHERE episode_id = ? AND synced = 0").all(ep.id) as { id: string; file_path: string }[];
  markSynced(takes.map((t) => t.id));
  return NextResponse.json({ synced: takes.length });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function GET() {
  const session = await getIronSession<BoothSession>(await cookies(), boothSessionOptions);
  // ok: sql-injection
  const rows = boothDb.prepare("SELECT * FROM takes WHERE synced = 0").all();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ device: session.deviceId ?? null, rows });
}
