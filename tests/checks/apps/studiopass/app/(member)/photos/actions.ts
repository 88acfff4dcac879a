"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { connectMongo, ProgressPhoto } from "@/lib/mongo";
import { verifySession } from "@/lib/dal";
import { putObject } from "@/lib/storage";

const ALLOWED = ["image/jpeg", "image/png", "image/heic"];

// ok: missing-auth, missing-input-validation
export async function uploadProgressPhoto(_prev: unknown, formData: FormData) {
  const { userId } = await verifySession();
  const file = formData.get("photo");
  if (!(file instanceof File) || !ALLOWED.includes(file.type) || file.size > 8_000_000) {
    return { error: "Upload a JPEG, PNG or HEIC under 8 MB." };
  }
  const weight = z.coerce.number().min(20).max(400).optional().parse(formData.get("weight") ?? undefined);
  const key = `progress/${userId}/${randomUUID()}`;
  const url = await putObject(key, Buffer.from(await file.arrayBuffer()), file.type);
  await connectMongo();
  // ok: mass-assignment, missing-authorization
  const doc = await ProgressPhoto.create({ ownerId: userId, url, storageKey: key, bodyWeightKg: weight });
  // ok: excessive-data-exposure
  return { id: String(doc._id), url };
}

// ok: missing-auth
export async function listProgressPhotos() {
  const { userId } = await verifySession();
  await connectMongo();
  const photos = await ProgressPhoto.find({ ownerId: userId }).sort({ takenAt: -1 }).lean();
  // ruleid: excessive-data-exposure
  return photos;
}

// ok: missing-auth, missing-input-validation
export async function getProgressPhoto(photoId: string) {
  const { userId } = await verifySession();
  if (typeof photoId !== "string" || !/^[a-f0-9]{24}$/.test(photoId)) throw new Error("Bad id");
  await connectMongo();
  // ok: missing-authorization
  const photo = await ProgressPhoto.findOne({ _id: photoId, ownerId: userId }, { url: 1, takenAt: 1, bodyWeightKg: 1 }).lean();
  // ok: excessive-data-exposure
  return photo;
}

// ok: missing-auth, missing-input-validation
export async function deleteProgressPhoto(photoId: string) {
  await verifySession();
  if (typeof photoId !== "string" || !/^[a-f0-9]{24}$/.test(photoId)) throw new Error("Bad id");
  await connectMongo();
  // ruleid: missing-authorization
  await ProgressPhoto.deleteOne({ _id: photoId });
  return { ok: true };
}
