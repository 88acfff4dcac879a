import { NextResponse } from "next/server";

// ok: missing-auth, missing-input-validation
export async function GET() {
  return NextResponse.json({ ok: true, at: new Date().toISOString() });
}
