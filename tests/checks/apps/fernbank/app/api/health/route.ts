import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch {
    // ok: information-disclosure
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
