import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { canEditTicket } from "@/lib/dal";
import { PHOTO_BUCKET } from "@/lib/storage";
import { uuid } from "@/lib/validation/tickets";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = uuid.safeParse((await params).ticketId);
  if (!parsed.success) return NextResponse.json({ error: "Bad ticket" }, { status: 400 });
  if (!(await canEditTicket(user.id, parsed.data))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });

  const form = await req.formData();
  const file = form.get("photo");
  if (!(file instanceof File) || !file.type.startsWith("image/") || file.size > 8_000_000) {
    return NextResponse.json({ error: "Invalid photo" }, { status: 400 });
  }
  const path = `${parsed.data}/${randomUUID()}`;
  await supabaseAdmin.storage.from(PHOTO_BUCKET).upload(path, file, { contentType: file.type });
  // ok: missing-authorization, mass-assignment
  await supabaseAdmin.from("ticket_photos").insert({ ticket_id: parsed.data, storage_path: path, uploaded_by: user.id });
  return NextResponse.json({ ok: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ ticketId: string }> }) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const ticketId = uuid.parse((await params).ticketId);
  // ruleid: missing-authorization
  const { data } = await supabaseAdmin.from("ticket_photos").select("id, storage_path, created_at").eq("ticket_id", ticketId);
  // ok: excessive-data-exposure
  return NextResponse.json({ photos: data ?? [] });
}
