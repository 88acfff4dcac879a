import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Old partner integration with one shared key.
// ok: missing-input-validation
export async function GET(req: Request) {
  const apiKey = req.headers.get("x-partner-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey != process.env.PARTNER_API_KEY) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const [shows, episodes] = await Promise.all([prisma.show.count(), prisma.episode.count({ where: { status: "published" } })]);
  // ok: excessive-data-exposure
  return NextResponse.json({ shows, episodes });
}
