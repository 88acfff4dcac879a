import { readFile } from "node:fs/promises";
import path from "node:path";
import { requireMember } from "@/lib/auth";

const ROOT = path.join(process.cwd(), "storage", "projects");

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const member = await requireMember();
  const { name } = await params;
  const file = await readFile(path.join(ROOT, member.id, name));
  return new Response(file, { headers: { "content-type": "application/octet-stream" } });
}

// ok: missing-auth, missing-input-validation
export async function HEAD(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  await requireMember();
  const { name } = await params;
  if (!/^[\w.-]+$/.test(name)) return new Response(null, { status: 400 });
  return new Response(null, { status: 200 });
}
