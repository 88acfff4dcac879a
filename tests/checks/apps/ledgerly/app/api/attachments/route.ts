import path from "node:path";
import { mkdir, writeFile } from "node:fs/promises";
import { NextResponse } from "next/server";
import { verifySession } from "@/lib/dal";
import { canEditInvoice } from "@/lib/authz";

const UPLOAD_ROOT = process.env.UPLOAD_DIR ?? "/var/lib/ledgerly/uploads";

// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const session = await verifySession();
  const form = await req.formData();
  const file = form.get("file");
  const invoiceId = form.get("invoiceId") as string;
  if (!(file instanceof File)) return NextResponse.json({ error: "No file" }, { status: 400 });
  // ok: floating-auth-check
  if (!(await canEditInvoice(session.orgId, invoiceId))) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const dir = path.join(UPLOAD_ROOT, session.orgId, invoiceId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, file.name), Buffer.from(await file.arrayBuffer()));
  return NextResponse.json({ ok: true, name: file.name }, { status: 201 });
}
