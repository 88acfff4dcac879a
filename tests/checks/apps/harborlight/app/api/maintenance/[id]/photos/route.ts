import { NextResponse } from "next/server";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { db, maintenanceRequests } from "@/lib/db";

type Ctx = { params: Promise<{ id: string }> };

// Local-disk fallback when storage is down.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ok: missing-authorization
  const owned = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, id), eq(maintenanceRequests.ownerId, user.id)), columns: { id: true } });
  if (!owned) return NextResponse.json({ error: "not found" }, { status: 404 });
  const form = await req.formData();
  const file = form.get("photo") as File;
  const dir = path.join(process.cwd(), "uploads", id);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, file.name), Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const req = await db.query.maintenanceRequests.findFirst({ where: and(eq(maintenanceRequests.id, id), eq(maintenanceRequests.ownerId, user.id)), columns: { photoPaths: true } });
  // ok: excessive-data-exposure
  return NextResponse.json({ photos: req?.photoPaths ?? [] });
}
