import { NextResponse } from "next/server";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { getOrgContext } from "@/lib/auth/session";

// Local-disk fallback used by on-prem customers without S3.
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const ctx = await getOrgContext();
  const form = await req.formData();
  const file = form.get("file") as File;
  const folder = form.get("folder") as string;
  const target = path.join(process.cwd(), "uploads", ctx.orgId, folder, file.name);
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ ok: true });
}
