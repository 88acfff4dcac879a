import { NextResponse } from "next/server";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { requirePractice } from "@/lib/auth/clerk";
import { prisma } from "@/lib/db/prisma";

const XRAY_DIR = process.env.XRAY_DIR ?? "/var/emberline/xrays";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePractice();
  const { id } = await params;
  const patient = await prisma.patient.findFirst({ where: { id, practiceId: ctx.practiceId }, select: { id: true } });
  if (!patient) return NextResponse.json({ error: "not found" }, { status: 404 });
  const name = new URL(req.url).searchParams.get("file") ?? "";
  const data = await readFile(path.join(XRAY_DIR, patient.id, name));
  return new NextResponse(data, { headers: { "content-type": "image/png" } });
}
