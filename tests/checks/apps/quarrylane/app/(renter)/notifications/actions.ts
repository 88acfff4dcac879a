"use server";

import { z } from "zod";
import { authActionClient } from "@/lib/safe-action";
import { connectMongo } from "@/lib/db/mongo";
import mongoose, { Schema } from "mongoose";

const PrefSchema = new Schema({ userId: { type: String, index: true }, sms: Boolean, email: Boolean, quietHours: String });
const NotificationPref = mongoose.models.NotificationPref ?? mongoose.model("NotificationPref", PrefSchema);

const Prefs = z.object({ sms: z.boolean(), email: z.boolean(), quietHours: z.string().regex(/^\d\d-\d\d$/).optional() });

// ok: missing-auth, missing-input-validation
export const savePrefs = authActionClient.schema(Prefs).action(async ({ parsedInput, ctx }) => {
  await connectMongo();
  await NotificationPref.updateOne(
    // ok: missing-authorization
    { userId: ctx.userId },
    // ok: mass-assignment
    { $set: parsedInput },
    { upsert: true },
  );
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const getPrefs = authActionClient.schema(z.object({})).action(async ({ ctx }) => {
  await connectMongo();
  // ok: missing-authorization
  const doc = await NotificationPref.findOne({ userId: ctx.userId }, { sms: 1, email: 1, quietHours: 1, _id: 0 }).lean();
  // ok: excessive-data-exposure
  return doc;
});

export const savePrefsFor = authActionClient
  .schema(z.object({ userId: z.string(), sms: z.boolean(), email: z.boolean() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput }) => {
    await connectMongo();
    // why: whose preferences are changed is decided by a userId in the input, not the session.
    // ruleid: missing-authorization
    await NotificationPref.updateOne(
      { userId: parsedInput.userId },
      { $set: { sms: parsedInput.sms, email: parsedInput.email } },
    );
  });
