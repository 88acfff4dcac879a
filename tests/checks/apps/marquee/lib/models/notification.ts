import { Schema, model, models, type Model } from "mongoose";

export interface NotificationDoc {
  userId: string;
  channel: "email" | "sms";
  subject: string;
  body: string;
  readAt?: Date;
}

const NotificationSchema = new Schema<NotificationDoc>(
  {
    userId: { type: String, required: true, index: true },
    channel: { type: String, enum: ["email", "sms"], required: true },
    subject: String,
    body: String,
    readAt: Date,
  },
  { timestamps: true },
);

export const Notification: Model<NotificationDoc> =
  models.Notification ?? model<NotificationDoc>("Notification", NotificationSchema);
