import mongoose, { Schema } from "mongoose";

const NotificationPreferenceSchema = new Schema(
  {
    orgId: { type: String, required: true, index: true },
    userId: { type: String, required: true },
    emailDigest: { type: Boolean, default: true },
    smsAlerts: { type: Boolean, default: false },
    stormWarnings: { type: Boolean, default: true },
    isBillingContact: { type: Boolean, default: false },
  },
  { timestamps: true, strict: false },
);

export const NotificationPreference =
  mongoose.models.NotificationPreference ?? mongoose.model("NotificationPreference", NotificationPreferenceSchema);
