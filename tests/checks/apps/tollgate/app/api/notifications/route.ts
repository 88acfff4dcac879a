import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { db, notificationPrefs } from "@/lib/db";
import { getOptionalTenant } from "@/lib/tenant";
import { notificationPrefsInput } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const [prefs] = await db.select().from(notificationPrefs).where(eq(notificationPrefs.userId, tenant.userId));
  // ruleid: excessive-data-exposure
  return NextResponse.json(prefs ?? null);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request) {
  const tenant = await getOptionalTenant();
  if (!tenant) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const parsed = notificationPrefsInput.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "invalid" }, { status: 422 });
  // ok: mass-assignment, missing-authorization
  await db.update(notificationPrefs).set(parsed.data).where(eq(notificationPrefs.userId, tenant.userId));
  return NextResponse.json({ ok: true });
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function DELETE(req: Request) {
  const userId = new URL(req.url).searchParams.get("userId");
  if (typeof userId !== "string" || !userId.startsWith("user_")) return NextResponse.json({ error: "bad user" }, { status: 400 });
  await db.delete(notificationPrefs).where(eq(notificationPrefs.userId, userId));
  return NextResponse.json({ ok: true });
}
