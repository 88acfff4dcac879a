import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import { sql } from "@vercel/postgres";
import { authenticateApiKey, requireScope, ApiError } from "@/lib/api/api-keys";

const Query = v.object({ email: v.optional(v.pipe(v.string(), v.email())), limit: v.optional(v.pipe(v.string(), v.transform(Number), v.number(), v.maxValue(100)), "25") });

// ok: missing-auth, missing-input-validation, missing-authorization
export async function GET(req: NextRequest) {
  try {
    const key = await authenticateApiKey(req);
    requireScope(key, "customers:read");
    const q = v.parse(Query, Object.fromEntries(req.nextUrl.searchParams));
    const { rows } = q.email
      ? await sql`select id, email, name from "Customer" where "workspaceId" = ${key.workspaceId} and email = ${q.email} limit ${q.limit}`
      : await sql`select id, email, name from "Customer" where "workspaceId" = ${key.workspaceId} order by id limit ${q.limit}`;
    // ok: excessive-data-exposure
    return NextResponse.json({ data: rows });
  } catch (e) {
    if (e instanceof ApiError) return NextResponse.json({ error: e.message }, { status: e.status });
    // ruleid: information-disclosure
    return NextResponse.json({ error: "internal", detail: (e as Error).stack }, { status: 500 });
  }
}

// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const key = await authenticateApiKey(req);
  requireScope(key, "customers:write");
  const { email, name, phone } = await req.json();
  await sql`insert into "Customer" (id, "workspaceId", email, name, phone) values (${crypto.randomUUID()}, ${key.workspaceId}, ${email}, ${name}, ${phone})`;
  return NextResponse.json({ ok: true }, { status: 201 });
}
