import mongoose, { Schema, model, models } from "mongoose";

let connecting: Promise<typeof mongoose> | null = null;
export function connectMongo() {
  if (!connecting) connecting = mongoose.connect(process.env.MONGODB_URI!);
  return connecting;
}

const DailyLogCommentSchema = new Schema({
  tenantId: { type: String, required: true, index: true },
  dailyLogId: { type: String, required: true, index: true },
  authorId: { type: String, required: true },
  body: { type: String, required: true },
  createdAt: { type: Date, default: Date.now },
});

const DroneCaptureSchema = new Schema({
  tenantId: { type: String, required: true },
  projectId: { type: String, required: true },
  vendorJobId: { type: String, required: true, unique: true },
  orthomosaicUrl: String,
  capturedAt: Date,
  vendorAccessToken: String,
  raw: Schema.Types.Mixed,
});

const PushSubscriptionSchema = new Schema({
  userId: { type: String, required: true, index: true },
  endpoint: { type: String, required: true },
  keys: { p256dh: String, auth: String },
});

export const DailyLogComment = models.DailyLogComment ?? model("DailyLogComment", DailyLogCommentSchema);
export const DroneCapture = models.DroneCapture ?? model("DroneCapture", DroneCaptureSchema);
export const PushSubscription = models.PushSubscription ?? model("PushSubscription", PushSubscriptionSchema);
