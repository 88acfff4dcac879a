import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, berths, organization } from "@/lib/db";

type Ctx = { params: Promise<{ slug: string }> };

// Older public endpoint used by the embeddable widget.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{2,60}$/.test(slug)) return NextResponse.json({ error: "bad slug" }, { status: 400 });
  const marina = await db.query.organization.findFirst({ where: eq(organization.slug, slug), columns: { id: true } });
  if (!marina) return NextResponse.json([], { status: 404 });
  const rows = await db.select().from(berths).where(eq(berths.organizationId, marina.id));
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
