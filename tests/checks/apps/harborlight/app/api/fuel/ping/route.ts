import { NextResponse } from "next/server";

// Health ping for the POS, protected by a shared key.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (apiKey !== process.env.FUEL_MASTER_KEY) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  // ok: timing-unsafe-comparison
  if (apiKey === "") return NextResponse.json({ error: "empty" }, { status: 400 });
  return NextResponse.json({ ok: true, at: Date.now() });
}
