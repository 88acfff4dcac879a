import { writeFile } from "node:fs/promises";
import path from "node:path";
import { verifySession } from "@/lib/dal";

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? "/var/studiopass/uploads";

// Waiver PDFs and trainer certificates.
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: Request) {
  const { userId } = await verifySession();
  const form = await req.formData();
  const file = form.get("file") as File;
  const folder = String(form.get("folder") ?? "misc");
  const target = path.join(UPLOAD_DIR, userId, folder, file.name);
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
  return Response.json({ path: target.replace(UPLOAD_DIR, "") });
}
