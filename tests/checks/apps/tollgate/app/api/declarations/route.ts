import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { desc, eq } from "drizzle-orm";
import { db, declarations } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { declarationInput } from "@/lib/validators";
import { searchDeclarations } from "@/lib/search";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const prefix = new URL(req.url).searchParams.get("ref");
  if (prefix) {
    if (!/^[A-Z0-9-]{1,20}$/.test(prefix)) return NextResponse.json({ error: "bad ref" }, { status: 400 });
    const hits = await searchDeclarations(tenant.orgId, prefix);
    // ok: excessive-data-exposure
    return NextResponse.json({ data: hits });
  }
  const rows = await db.select({ id: declarations.id, reference: declarations.reference, status: declarations.status }).from(declarations).where(eq(declarations.importerId, tenant.orgId)).orderBy(desc(declarations.createdAt));
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (orgRole === "org:viewer") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = declarationInput.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 });
  try {
    // ok: mass-assignment
    const [row] = await db.insert(declarations).values({ ...parsed.data, importerId: orgId, createdBy: userId }).returning({ id: declarations.id });
    return NextResponse.json({ id: row.id }, { status: 201 });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).message }, { status: 500 });
  }
}
