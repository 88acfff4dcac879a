import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { shareLinks } from "@/db/schema";

// ok: missing-auth -- a public share link, gated by its own password
// ruleid: missing-rate-limit -- (unlabelled until pass 29) the link's password compared inline by anyone, no limit (as studiopass openSharedPlan, quayside documents/shared)
// todoruleid: missing-input-validation -- by design a URL string into an ORM filter or a bound parameter is not flagged (a string by construction)
export async function POST(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { password } = (await req.json()) as { password?: string };
  const link = await db.query.shareLinks.findFirst({
    where: eq(shareLinks.slug, slug),
    columns: { password: true },
    with: { invoice: { columns: { number: true, amountCents: true, status: true } } },
  });
  if (!link) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ruleid: timing-unsafe-comparison
  if (link.password && link.password !== password) {
    return NextResponse.json({ error: "Wrong password" }, { status: 403 });
  }
  // ok: excessive-data-exposure -- columns chosen
  return NextResponse.json({ invoice: link.invoice });
}
