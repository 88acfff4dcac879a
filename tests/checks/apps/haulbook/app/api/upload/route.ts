import { NextResponse } from "next/server";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { verifySession } from "@/lib/dal";

// driver-side scans before the S3 move; still used by the kiosk app
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const viewer = await verifySession();
  const form = await req.formData();
  const file = form.get("file") as File;
  const name = form.get("name") as string;
  await writeFile(path.join(process.cwd(), "uploads", viewer.tenantId, name), Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ ok: true });
}
