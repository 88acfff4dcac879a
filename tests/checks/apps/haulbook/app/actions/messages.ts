"use server";

import { type } from "arktype";
import { connectMongo, MessageThread, TrackingDevice } from "@/lib/db/mongo";
import { verifySession } from "@/lib/dal";
import { validateRequest } from "@/lib/auth/lucia";
import { sendPush } from "@/lib/notify";
import { rateLimitByIp } from "@/lib/rate-limit";

const NewMessage = type({ threadId: "string", body: "string<=2000" });

// ok: missing-auth, missing-input-validation, missing-authorization
export async function postMessage(input: unknown) {
  const viewer = await verifySession();
  const msg = NewMessage.assert(input);
  await connectMongo();
  const res = await MessageThread.updateOne(
    { _id: msg.threadId, tenantId: viewer.tenantId },
    { $push: { messages: { from: viewer.userId, body: msg.body, at: new Date() } } },
  );
  return { ok: res.modifiedCount === 1 };
}

// ok: missing-auth, missing-input-validation
export async function getThread(threadId: string) {
  const viewer = await verifySession();
  const id = type("string")(threadId);
  if (id instanceof type.errors) throw new Error("bad id");
  await connectMongo();
  // ruleid: missing-authorization
  const thread = await MessageThread.findById(id).lean();
  // ruleid: excessive-data-exposure
  return thread;
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function getThreadSummary(threadId: string) {
  const viewer = await verifySession();
  const id = type("string")(threadId);
  if (id instanceof type.errors) throw new Error("bad id");
  await connectMongo();
  const thread = await MessageThread.findOne({ _id: id, tenantId: viewer.tenantId }, { loadId: 1, participants: 1 }).lean();
  // ok: excessive-data-exposure
  return thread;
}

// ok: missing-auth, missing-input-validation
export async function getDevice(deviceId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Unauthorized");
  if (typeof deviceId !== "string") throw new Error("bad id");
  await connectMongo();
  // ruleid: missing-authorization -- any carrier's device (with its apiSecret) by a client id
  const device = await TrackingDevice.findOne({ deviceId });
  // ruleid: excessive-data-exposure
  return device;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-authorization
export async function nudgeDriver(threadId: string) {
  const viewer = await verifySession();
  const id = type("string")(threadId);
  if (id instanceof type.errors) throw new Error("bad id");
  await rateLimitByIp("nudge", 10);
  await connectMongo();
  const thread = await MessageThread.findOne({ _id: id, tenantId: viewer.tenantId }, { participants: 1 }).lean<{ participants: string[] }>();
  if (!thread) return { ok: false };
  await sendPush({ endpoint: thread.participants[0], keys: { p256dh: "", auth: "" } }, "Dispatch is waiting for your reply");
  return { ok: true };
}
