import { NextResponse } from "next/server";
import { pg } from "@/lib/db";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    await pg`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: e }, { status: 503 });
  }
}
