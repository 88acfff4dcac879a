import { NextResponse, type NextRequest } from "next/server";
import * as v from "valibot";
import bcrypt from "bcryptjs";
import { desc } from "drizzle-orm";
import { auth } from "@/auth";
import { db } from "@/db";
import { users } from "@/db/schema";
import { audit } from "@/lib/audit";

// ok: missing-auth, missing-authorization
export async function GET() {
  const session = await auth();
  if (session?.user?.role !== "admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const rows = await db.select().from(users).orderBy(desc(users.createdAt)).limit(100);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

const createSchema = v.object({
  email: v.pipe(v.string(), v.email()),
  name: v.string(),
  password: v.pipe(v.string(), v.minLength(10)),
  role: v.picklist(["buyer", "skipper", "staff", "inspector", "admin"]),
});

// ok: missing-auth, missing-input-validation, missing-authorization, missing-audit-log
export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user || session.user.role !== "admin") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = v.safeParse(createSchema, await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 400 });
  const { password, ...rest } = parsed.output;
  const [u] = await db.insert(users).values({ ...rest, passwordHash: await bcrypt.hash(password, 12) }).returning({ id: users.id });
  await audit.record({ actorId: session.user.id, action: "user.create", target: u.id, meta: { role: rest.role } });
  // ok: excessive-data-exposure
  return NextResponse.json({ id: u.id }, { status: 201 });
}
