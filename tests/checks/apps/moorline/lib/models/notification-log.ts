import mongoose, { Schema } from "mongoose";

const NotificationLogSchema = new Schema(
  {
    orgId: { type: String, index: true, required: true },
    customerId: { type: String, index: true },
    channel: { type: String, enum: ["email", "sms"], required: true },
    to: { type: String, required: true },
    template: String,
    body: String,
    providerResponse: Schema.Types.Mixed,
    status: { type: String, default: "queued" },
  },
  { timestamps: true },
);

export const NotificationLog = mongoose.models.NotificationLog ?? mongoose.model("NotificationLog", NotificationLogSchema);
