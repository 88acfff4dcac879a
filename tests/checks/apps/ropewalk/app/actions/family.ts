"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import dbConnect from "@/lib/db";
import User from "@/models/User";
import { requireUser, getViewer } from "@/lib/session";
import { objectId, email } from "@/lib/validation";
import { sendMail } from "@/lib/mail";

const dependentSchema = z.object({ name: z.string().trim().min(1).max(80), phone: z.string().max(30).optional() });

// ruleid: missing-input-validation
export async function addDependent(formData: FormData) {
  const parent = await requireUser();
  const fields = Object.fromEntries(formData);
  await dbConnect();
  // ruleid: mass-assignment
  await User.create({ ...fields, parentId: parent.id, email: `kid+${Date.now()}@family.ropewalk.invalid` });
  revalidatePath("/account/family");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function updateDependent(dependentId: string, data: { name: string; phone?: string }) {
  await requireUser();
  const id = objectId.parse(dependentId);
  const patch = dependentSchema.parse(data);
  await dbConnect();
  // ruleid: missing-authorization
  await User.updateOne({ _id: id }, { $set: patch });
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function renameDependent(dependentId: string, data: { name: string; phone?: string }) {
  const parent = await requireUser();
  const id = objectId.parse(dependentId);
  const patch = dependentSchema.parse(data);
  await dbConnect();
  // ok: missing-authorization, mass-assignment
  await User.updateOne({ _id: id, parentId: parent.id }, { $set: patch });
}

// ruleid: missing-auth, missing-audit-log
export async function removeDependent(dependentId: string) {
  const viewer = await getViewer();
  const id = objectId.parse(dependentId);
  await dbConnect();
  await User.updateOne({ _id: id, parentId: viewer?.id }, { $set: { deletedAt: new Date() } });
}

// ok: missing-auth, missing-rate-limit, missing-audit-log
export async function listDependents() {
  const parent = await requireUser();
  await dbConnect();
  const kids = await User.find({ parentId: parent.id, deletedAt: null });
  // ruleid: excessive-data-exposure
  return kids.map((k) => k.toObject());
}

// ruleid: missing-rate-limit
export async function inviteCoParent(_prev: unknown, formData: FormData) {
  const parent = await requireUser();
  const to = email.parse(formData.get("email"));
  await sendMail({ to, subject: "Join our family account on Ropewalk", text: `${parent.name} wants to share a family plan: ${process.env.NEXTAUTH_URL}/family/join?from=${parent.id}` });
  return { ok: true };
}
