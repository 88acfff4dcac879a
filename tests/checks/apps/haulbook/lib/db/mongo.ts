import mongoose, { Schema, model, models } from "mongoose";

let connecting: Promise<typeof mongoose> | null = null;
export function connectMongo() {
  connecting ??= mongoose.connect(process.env.MONGO_URL!);
  return connecting;
}

const TrackingDeviceSchema = new Schema({
  deviceId: { type: String, required: true, unique: true },
  carrierId: String,
  vendor: String,
  apiSecret: String,
  lastPing: Date,
});

const MessageThreadSchema = new Schema({
  tenantId: String,
  loadId: String,
  participants: [String],
  messages: [{ from: String, body: String, at: Date }],
});

export const TrackingDevice = models.TrackingDevice ?? model("TrackingDevice", TrackingDeviceSchema);
export const MessageThread = models.MessageThread ?? model("MessageThread", MessageThreadSchema);
