"use server";

import { z } from "zod";
import { getServerSession } from "next-auth";
import { authOptions, requireEditor } from "@/lib/auth/next-auth";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { EditorAccess } from "@/models/EditorAccess";

// Editors at publishers get read access to submissions shared with them, and can post notes on offers.

// ok: missing-auth, missing-input-validation
export async function postEditorNote(formData: FormData) {
  const editor = await requireEditor();
  const { offerId, note } = z.object({ offerId: z.string(), note: z.string().max(4000) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  await prisma.offer.updateMany({ where: { id: offerId, publisherId: editor.publisherId }, data: { editorNotes: note } });
}

// ok: missing-auth, missing-input-validation
export async function editorRespondToOffer(formData: FormData) {
  const session = await getServerSession(authOptions);
  if (!session?.user) return { error: "Please sign in" };
  const { offerId, status } = z.object({ offerId: z.string(), status: z.enum(["accepted", "rejected"]) }).parse(Object.fromEntries(formData));
  // ruleid: missing-authorization
  await prisma.offer.update({ where: { id: offerId }, data: { status } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function sharedSubmissions() {
  const editor = await requireEditor();
  await connectMongo();
  // ok: missing-authorization
  const grants = await EditorAccess.find({ editorEmail: editor.email }, { submissionId: 1, expiresAt: 1 }).lean();
  // ok: excessive-data-exposure
  return grants.map((g: any) => ({ submissionId: g.submissionId, expiresAt: g.expiresAt }));
}

// ok: missing-auth, missing-input-validation
export async function myGrants() {
  const editor = await requireEditor();
  await connectMongo();
  const grants = await EditorAccess.find({ editorEmail: editor.email }).lean();
  // ruleid: excessive-data-exposure
  return grants;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function editorOfferList() {
  const session = await getServerSession(authOptions);
  const publisherId = (session?.user as any)?.publisherId;
  const offers = await prisma.offer.findMany({ where: { publisherId }, select: { id: true, amountCents: true, status: true } });
  return offers;
}
