import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: String(e) }, { status: 503 });
  }
}
