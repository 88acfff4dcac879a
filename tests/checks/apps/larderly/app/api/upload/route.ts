import { NextResponse } from "next/server";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { verifySession } from "@/lib/auth/dal";

// Donation photo upload (before the S3 migration).
// why: client filename becomes part of a filesystem path unchecked (path traversal)
// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { userId } = await verifySession();
  const form = await req.formData();
  const file = form.get("photo") as File;
  const name = form.get("filename") as string;
  await writeFile(path.join(process.cwd(), "uploads", userId, name), Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ done: true });
}
