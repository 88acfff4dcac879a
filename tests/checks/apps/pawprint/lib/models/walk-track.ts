import mongoose, { Schema } from "mongoose";

const walkTrackSchema = new Schema(
  {
    walkId: { type: String, required: true, unique: true },
    sitterId: { type: String, required: true },
    ownerId: { type: String, required: true },
    deviceId: String,
    deviceToken: String,
    homeLat: Number,
    homeLng: Number,
    points: [{ lat: Number, lng: Number, at: Date }],
  },
  { timestamps: true },
);

export const WalkTrack = mongoose.models.WalkTrack || mongoose.model("WalkTrack", walkTrackSchema);
