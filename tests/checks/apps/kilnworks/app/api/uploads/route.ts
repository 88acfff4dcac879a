import { NextResponse } from "next/server";
import { getOptionalSession } from "@/lib/dal";
import { supabaseAdmin } from "@/lib/supabase/admin";

// Avatar upload.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getOptionalSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const form = await req.formData();
  const file = form.get("file");
  if (!(file instanceof File) || !["image/png", "image/jpeg"].includes(file.type) || file.size > 2_000_000) {
    return NextResponse.json({ error: "PNG or JPEG under 2MB" }, { status: 422 });
  }
  const path = `avatars/${session.userId}.${file.type === "image/png" ? "png" : "jpg"}`;
  const { error } = await supabaseAdmin.storage.from("public").upload(path, file, { upsert: true });
  if (error) {
    // ok: information-disclosure
    return NextResponse.json({ error: "Upload failed" }, { status: 500 });
  }
  return NextResponse.json({ path });
}
