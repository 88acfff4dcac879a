import { NextResponse } from "next/server";
import { validateRequest } from "@/lib/lucia";
import { prisma } from "@/lib/db/prisma";
import { putObject } from "@/lib/storage";

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const form = await req.formData();
  const inspectionId = form.get("inspectionId") as string;
  const photo = form.get("photo") as File;
  // ok: missing-authorization
  const insp = await prisma.inspection.findFirst({ where: { id: inspectionId, inspectorId: user.id }, select: { id: true } });
  if (!insp) return NextResponse.json({ error: "not found" }, { status: 404 });
  const key = `inspections/${insp.id}/${Date.now()}-${photo.name}`;
  await putObject(key, await photo.arrayBuffer(), photo.type);
  return NextResponse.json({ key });
}
