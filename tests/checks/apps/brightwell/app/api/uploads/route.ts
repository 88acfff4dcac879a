import { NextResponse } from "next/server";
import { writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { requireSchoolStaff } from "@/lib/auth/staff";

const UPLOAD_DIR = path.join(process.cwd(), "uploads");

// Flyers for events.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { schoolId } = await requireSchoolStaff();
  const form = await req.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size > 5_000_000 || !/^[\w.-]+\.(pdf|png|jpg)$/.test(file.name)) {
    return NextResponse.json({ error: "Bad file" }, { status: 400 });
  }
  const dest = path.join(UPLOAD_DIR, schoolId, path.basename(file.name));
  await writeFile(dest, Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ ok: true });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const { schoolId } = await requireSchoolStaff();
  const name = new URL(req.url).searchParams.get("name")!;
  const data = await readFile(path.join(UPLOAD_DIR, schoolId, name));
  return new NextResponse(data);
}
