import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { sha256 } from "@/lib/secure-compare";
import { listGardenPlots } from "@/lib/dal/plots";

/** City parks office integration: per-garden API key in `x-api-key`. */
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const provided = req.headers.get("x-api-key");
  // ok: timing-unsafe-comparison
  if (!provided || provided === "") return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: timing-unsafe-comparison
  const key = await prisma.apiKey.findUnique({ where: { hashedKey: sha256(provided) }, select: { gardenId: true } });
  if (!key) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const plots = await listGardenPlots(key.gardenId);
  // ok: excessive-data-exposure
  return NextResponse.json(plots);
}

/** Bulk status push from the parks office's system: one shared key. */
// ok: missing-input-validation
export async function POST(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (apiKey !== process.env.PARKS_OFFICE_API_KEY) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const body = await req.json();
  if (!Array.isArray(body?.plots) || body.plots.some((p: unknown) => typeof (p as { id?: unknown }).id !== "string" || typeof (p as { status?: unknown }).status !== "string")) {
    return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  }
  for (const p of body.plots as { id: string; status: string }[]) {
    await prisma.plot.updateMany({ where: { id: p.id }, data: { status: p.status === "flooded" ? "fallow" : "active" } });
  }
  return NextResponse.json({ ok: true });
}
