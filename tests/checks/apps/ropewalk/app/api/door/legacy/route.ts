import { NextResponse, type NextRequest } from "next/server";
import dbConnect from "@/lib/db";
import CheckIn from "@/models/CheckIn";
import { hmacHex } from "@/lib/secure-compare";

// Old controllers at the Foundry location still post here (firmware 2.x).
// ok: missing-input-validation, missing-rate-limit, missing-audit-log
export async function POST(req: NextRequest) {
  const raw = await req.text();
  const signature = req.headers.get("x-signature");
  const digest = hmacHex(process.env.LEGACY_DOOR_SECRET!, raw);
  // ruleid: timing-unsafe-comparison
  if (signature !== digest) return new NextResponse("forbidden", { status: 403 });
  const body = JSON.parse(raw) as { userId?: unknown; gymId?: unknown };
  if (typeof body.userId !== "string" || typeof body.gymId !== "string") return new NextResponse("bad request", { status: 400 });
  await dbConnect();
  await CheckIn.create({ userId: body.userId, gymId: body.gymId, method: "pin" });
  return NextResponse.json({ ok: true });
}
