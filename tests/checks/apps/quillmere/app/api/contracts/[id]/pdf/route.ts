import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextResponse } from "next/server";
import { requireAuthor } from "@/lib/auth/better-auth";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const author = await requireAuthor();
  const { id } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const contract = await prisma.contract.findFirst({ where: { id, authorId: author.id }, select: { id: true } });
  if (!contract) return NextResponse.json({ error: "not found" }, { status: 404 });
  const pdf = await readFile(path.join(process.cwd(), "storage/contracts", `${contract.id}.pdf`));
  return new NextResponse(pdf, { headers: { "content-type": "application/pdf" } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const author = await requireAuthor();
  const { id } = await params;
  const { file } = await req.json();
  // ok: missing-authorization
  const contract = await prisma.contract.findFirst({ where: { id, authorId: author.id }, select: { id: true } });
  if (!contract) return NextResponse.json({ error: "not found" }, { status: 404 });
  const pdf = await readFile(path.join(process.cwd(), "storage/attachments", file));
  return new NextResponse(pdf);
}
