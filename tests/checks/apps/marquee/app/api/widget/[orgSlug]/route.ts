import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";

// Embeddable "upcoming shows" widget for organisers' own sites. Public data only.
// ok: missing-auth, missing-input-validation
export async function GET(_req: NextRequest, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  if (!/^[a-z0-9-]{2,60}$/.test(orgSlug)) return NextResponse.json({ error: "bad slug" }, { status: 400 });
  const events = await prisma.event.findMany({
    where: { organizer: { slug: orgSlug }, status: "published", startsAt: { gt: new Date() } },
    select: { slug: true, title: true, startsAt: true, tiers: { select: { name: true, priceCents: true } } },
    take: 20,
  });
  // ok: excessive-data-exposure
  return NextResponse.json({ events }, { headers: { "access-control-allow-origin": "*", "cache-control": "s-maxage=60" } });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: NextRequest, { params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { theme, accent } = z_theme(await req.json());
  await prisma.organizer.update({ where: { slug: orgSlug }, data: { widgetTheme: { theme, accent } } });
  return NextResponse.json({ ok: true });
}

function z_theme(body: unknown): { theme: "light" | "dark"; accent: string } {
  const b = body as { theme?: unknown; accent?: unknown };
  if ((b.theme !== "light" && b.theme !== "dark") || typeof b.accent !== "string" || !/^#[0-9a-f]{6}$/i.test(b.accent)) {
    throw new Error("Invalid theme");
  }
  return { theme: b.theme, accent: b.accent };
}
