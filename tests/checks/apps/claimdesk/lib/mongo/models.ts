import mongoose, { Schema } from "mongoose";

const TelematicsTripSchema = new Schema({
  tenantId: { type: String, index: true },
  policyId: { type: String, index: true },
  deviceId: String,
  startedAt: Date,
  harshBrakes: Number,
  maxSpeedKph: Number,
  gpsTrace: [{ lat: Number, lng: Number, t: Date }],
  deviceSecret: String,
});

const ChatTranscriptSchema = new Schema({
  tenantId: String,
  claimId: String,
  participants: [String],
  messages: [{ from: String, body: String, at: Date }],
  accessToken: String,
});

export const TelematicsTrip = mongoose.models.TelematicsTrip ?? mongoose.model("TelematicsTrip", TelematicsTripSchema);
export const ChatTranscript = mongoose.models.ChatTranscript ?? mongoose.model("ChatTranscript", ChatTranscriptSchema);

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}
