import mongoose, { Schema, model, models } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGODB_URI!);
}

const MeterValueSchema = new Schema(
  {
    sessionId: { type: String, index: true },
    chargerId: { type: String, index: true },
    tenantId: String,
    connector: Number,
    energyWh: Number,
    powerW: Number,
    socPercent: Number,
    raw: Schema.Types.Mixed,
    ocppMessageId: String,
  },
  { timestamps: true },
);

const AssistantThreadSchema = new Schema(
  {
    userId: { type: String, index: true },
    anonymousId: String,
    messages: [{ role: String, content: String, at: Date }],
    model: String,
  },
  { timestamps: true },
);

const DriverDeviceSchema = new Schema({
  userId: { type: String, index: true },
  platform: { type: String, enum: ["ios", "android"] },
  pushToken: { type: String, required: true },
  appVersion: String,
});

export const MeterValue = models.MeterValue || model("MeterValue", MeterValueSchema);
export const AssistantThread = models.AssistantThread || model("AssistantThread", AssistantThreadSchema);
export const DriverDevice = models.DriverDevice || model("DriverDevice", DriverDeviceSchema);
