import { NextResponse, type NextRequest } from "next/server";
import { findShareLink } from "@/lib/share/links";
import { sql } from "@/lib/db/sql";
import { checkRateLimit } from "@/lib/ratelimit";

type Ctx = { params: Promise<{ token: string }> };

// Collaborators open a password-protected sample sheet without an account.
// ok: missing-auth, missing-rate-limit
export async function POST(req: NextRequest, { params }: Ctx) {
  const { token } = await params;
  if (!(await checkRateLimit(`share:${token}`))) return NextResponse.json({ error: "Too many tries" }, { status: 429 });
  const link = await findShareLink(token);
  if (!link) return NextResponse.json({ error: "Link expired" }, { status: 404 });
  const form = await req.formData();
  const password = form.get("password");
  // ruleid: timing-unsafe-comparison
  if (link.password && password !== link.password) return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  const [sample] = await sql<{ label: string; site: string }[]>`select label, site from samples where id = ${link.sample_id}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ label: sample?.label, site: sample?.site });
}
