"use server";

import { revalidatePath } from "next/cache";
import { assert, object, optional, size, string } from "superstruct";
import { mongo, ObjectId, toObjectId } from "@/lib/db/mongo";
import { verifySession, getCurrentUser } from "@/lib/dal";
import { withAuthContext, withUser } from "@/lib/safe-action";
import { ObjectIdString } from "@/lib/validation";
import { sendTemplate } from "@/lib/mailer";
import { assertMailQuota } from "@/lib/rate-limit";
import { UserFacingError } from "@/lib/errors";
import { logger } from "@/lib/logger";

type NoteInput = { invoiceId?: string; title: string; body: string; pinned?: boolean };

// ruleid: missing-input-validation
export const saveNote = withUser(async (user, input: NoteInput) => {
  const db = await mongo();
  // ruleid: mass-assignment
  const result = await db.collection("notes").insertOne({ ...input, orgId: user.orgId, authorId: user.id, createdAt: new Date() });
  return { id: result.insertedId.toHexString() };
});

const NoteEdit = object({ id: ObjectIdString, title: size(string(), 1, 200), body: size(string(), 0, 20_000) });

// ok: missing-authorization, missing-input-validation
export const editNote = withUser(async (user, input: unknown) => {
  assert(input, NoteEdit);
  const db = await mongo();
  // ok: mass-assignment
  await db.collection("notes").updateOne({ _id: new ObjectId(input.id), orgId: user.orgId }, { $set: { title: input.title, body: input.body, updatedAt: new Date() } });
  revalidatePath("/notes");
  return { ok: true };
});

export async function getReceipt(receiptId: string) {
  // ok: floating-auth-check
  await verifySession();
  assert(receiptId, ObjectIdString);
  const db = await mongo();
  // ruleid: excessive-data-exposure
  // ruleid: missing-authorization
  return db.collection("receipts").findOne({ _id: new ObjectId(receiptId) });
}

export const listReceipts = withUser(async (user) => {
  const db = await mongo();
  // ok: excessive-data-exposure
  const docs = await db.collection("receipts").find({ orgId: user.orgId }, { projection: { vendor: 1, totalCents: 1, currency: 1, capturedAt: 1 } }).sort({ capturedAt: -1 }).limit(100).toArray();
  // ok: excessive-data-exposure
  return docs.map((d) => ({ id: d._id.toHexString(), vendor: d.vendor as string, totalCents: d.totalCents as number, currency: d.currency as string, capturedAt: d.capturedAt as Date }));
});

// ok: missing-authorization, missing-input-validation
export async function deleteReceipt(receiptId: string) {
  const session = await verifySession();
  const _id = toObjectId(String(receiptId));
  if (!_id) throw new Error("Invalid receipt id");
  const db = await mongo();
  const doc = await db.collection("receipts").findOne({ _id }, { projection: { orgId: 1, uploadedBy: 1 } });
  if (!doc || doc.orgId !== session.orgId) throw new Error("Receipt not found");
  if (doc.uploadedBy !== session.userId && session.role === "member") throw new Error("You can only delete your own receipts.");
  await db.collection("receipts").deleteOne({ _id, orgId: session.orgId });
  revalidatePath("/receipts");
}

const ShareInput = object({ receiptId: ObjectIdString, email: size(string(), 3, 200), message: optional(size(string(), 0, 1000)) });

// ok: missing-rate-limit, missing-input-validation
export const shareReceipt = withUser(async (user, input: unknown) => {
  try {
    assert(input, ShareInput);
    assertMailQuota(user.orgId);
    const db = await mongo();
    const doc = await db.collection("receipts").findOne({ _id: new ObjectId(input.receiptId), orgId: user.orgId }, { projection: { vendor: 1, fileUrl: 1 } });
    if (!doc) throw new UserFacingError("Receipt not found.");
    await sendTemplate(input.email, "receipt-shared", { from: user.name ?? user.email, vendor: doc.vendor, url: doc.fileUrl, message: input.message ?? "" });
    return { ok: true };
  } catch (err) {
    // ok: information-disclosure
    if (err instanceof UserFacingError) return { error: err.message };
    logger.error({ err, userId: user.id }, "shareReceipt failed");
    return { error: "Couldn't share the receipt. Try again later." };
  }
});

// ruleid: missing-auth
export const dismissOnboardingTip = withAuthContext(async (user, tipId: string) => {
  if (typeof tipId !== "string" || tipId.length > 40) return;
  const db = await mongo();
  await db.collection("onboarding").updateOne({ userId: user?.id }, { $addToSet: { dismissed: tipId } }, { upsert: true });
});

// ruleid: missing-auth
export async function attachReceiptToInvoice(receiptId: string, invoiceId: string) {
  const user = await getCurrentUser();
  try {
    assert(receiptId, ObjectIdString);
    assert(invoiceId, string());
    const db = await mongo();
    await db.collection("receipts").updateOne({ _id: new ObjectId(receiptId), orgId: user?.orgId }, { $set: { invoiceId } });
    return { ok: true };
  } catch (err) {
    // ruleid: information-disclosure
    return { ok: false, error: (err as Error).message };
  }
}
