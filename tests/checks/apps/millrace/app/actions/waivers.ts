"use server";

import { writeFile, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { requireMember, requireStaff } from "@/lib/auth";

const WAIVER_DIR = path.join(process.cwd(), "storage", "waivers");

// ok: missing-auth, missing-input-validation
export async function uploadWaiver(formData: FormData) {
  const member = await requireMember();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 2_000_000 || file.type !== "application/pdf") {
    return { error: "PDF under 2MB please" };
  }
  await writeFile(path.join(WAIVER_DIR, `${member.id}.pdf`), Buffer.from(await file.arrayBuffer()));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function readWaiver(fileName: string) {
  await requireStaff();
  const buf = await readFile(path.join(WAIVER_DIR, fileName));
  return buf.toString("base64");
}

// ok: missing-auth, missing-input-validation
export async function deleteWaiver(memberId: string) {
  await requireStaff();
  const id = z.string().uuid().parse(memberId);
  // ok: missing-authorization
  await unlink(path.join(WAIVER_DIR, `${id}.pdf`));
}
