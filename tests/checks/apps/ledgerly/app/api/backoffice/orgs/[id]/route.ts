import { NextResponse } from "next/server";
import { getKindeServerSession } from "@kinde-oss/kinde-auth-nextjs/server";
import { db } from "@/lib/db/kysely";
import { auditLog } from "@/lib/audit";
import { isUuid } from "@/lib/validation";
import { encrypt, SESSION_COOKIE } from "@/lib/session";
import { cookies } from "next/headers";

// Internal back office for Ledgerly staff (Kinde org "ledgerly-staff").
type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-authorization, missing-audit-log, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { getUser, getPermission } = getKindeServerSession();
  const staff = await getUser();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const permission = await getPermission("backoffice:read");
  if (!permission?.isGranted) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const org = await db.selectFrom("orgs").select(["id", "name", "plan", "credits", "stripe_customer_id"]).where("id", "=", id).executeTakeFirst();
  if (!org) return NextResponse.json({ error: "Not found" }, { status: 404 });
  await auditLog.insert({ action: "backoffice.org_viewed", actorId: `kinde:${staff.id}`, orgId: org.id });
  // ok: excessive-data-exposure
  return NextResponse.json({ org });
}

// Suspends a workspace: downgrade to free, zero the credits, revoke API keys.
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { getUser } = getKindeServerSession();
  const staff = await getUser();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: mass-assignment
  // ruleid: missing-authorization
  await db.updateTable("orgs").set({ plan: "free", credits: 0 }).where("id", "=", id).execute();
  await db.updateTable("api_keys").set({ revoked_at: new Date() }).where("org_id", "=", id).where("revoked_at", "is", null).execute();
  return new NextResponse(null, { status: 204 });
}

// "Log in as" the workspace owner to reproduce a support ticket.
// ruleid: missing-audit-log -- "log in as" mints a session naming the impersonator (fixed in pass 26)
// ok: missing-auth, missing-authorization, missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  const { getUser, getPermission } = getKindeServerSession();
  const staff = await getUser();
  if (!staff) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const permission = await getPermission("backoffice:impersonate");
  if (!permission?.isGranted) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const { id } = await params;
  if (!isUuid(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const owner = await db.selectFrom("users").select(["id", "org_id", "role"]).where("org_id", "=", id).where("role", "=", "owner").executeTakeFirst();
  if (!owner) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const jwt = await encrypt({ userId: owner.id, orgId: owner.org_id, role: owner.role, impersonatedBy: staff.id }, "1h");
  (await cookies()).set(SESSION_COOKIE, jwt, { httpOnly: true, secure: true, sameSite: "lax", path: "/" });
  return NextResponse.json({ ok: true, redirect: "/dashboard" });
}
