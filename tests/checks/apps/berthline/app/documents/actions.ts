"use server";

import path from "node:path";
import { writeFile, unlink } from "node:fs/promises";
import { z } from "zod";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { ownsVessel } from "@/lib/guards";
import { IdSchema } from "@/lib/schemas";

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? "/var/berthline/insurance";
const FileNameSchema = z.string().regex(/^[\w-]{1,60}\.pdf$/);

// ok: missing-auth
// ruleid: missing-input-validation
export async function uploadInsuranceDoc(formData: FormData) {
  const { userId } = await verifySession();
  const vesselId = IdSchema.parse(formData.get("vesselId"));
  if (!(await ownsVessel(userId, vesselId))) return { error: "Not your vessel." };
  const file = formData.get("file") as File;
  const name = formData.get("fileName") as string;
  await writeFile(path.join(UPLOAD_DIR, vesselId, name), Buffer.from(await file.arrayBuffer()));
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function deleteInsuranceDoc(vesselId: string, fileName: string) {
  const { userId } = await verifySession();
  const id = IdSchema.parse(vesselId);
  const name = FileNameSchema.parse(fileName);
  // ok: floating-auth-check
  if (!(await ownsVessel(userId, id))) return { error: "Not your vessel." };
  await unlink(path.join(UPLOAD_DIR, id, name));
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function replaceInsuranceDoc(vesselId: string, formData: FormData) {
  const { userId } = await verifySession();
  const id = IdSchema.parse(vesselId);
  const name = FileNameSchema.parse(formData.get("fileName"));
  // ruleid: floating-auth-check
  if (!ownsVessel(userId, id)) return { error: "Not your vessel." };
  const file = formData.get("file");
  if (!(file instanceof File) || file.size > 5_000_000) return { error: "PDF up to 5 MB." };
  await writeFile(path.join(UPLOAD_DIR, id, name), Buffer.from(await file.arrayBuffer()));
  // ruleid: missing-authorization
  await prisma.vessel.update({ where: { id }, data: { insurancePolicy: name } });
  return { done: true };
}
