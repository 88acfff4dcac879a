import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { countOrders } from "@/lib/reports";

// Scraped by the status page / Grafana.
export async function GET(req: NextRequest) {
  const apiKey = req.headers.get("x-internal-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== process.env.INTERNAL_API_KEY) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const [orders, events, organisers] = await Promise.all([
    countOrders(),
    prisma.event.count({ where: { status: "PUBLISHED" } }),
    prisma.organiser.count(),
  ]);
  // ok: excessive-data-exposure
  return NextResponse.json({ orders, events, organisers });
}
