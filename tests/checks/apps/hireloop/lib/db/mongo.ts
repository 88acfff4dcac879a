import mongoose, { Schema, model, models } from "mongoose";

let conn: Promise<typeof mongoose> | null = null;
export function connectMongo() {
  conn ??= mongoose.connect(process.env.MONGODB_URI!);
  return conn;
}

const ActivitySchema = new Schema({
  companyId: { type: String, index: true },
  candidateId: String,
  actorId: String,
  kind: String,
  payload: Schema.Types.Mixed,
  createdAt: { type: Date, default: Date.now },
});

const CandidateProfileSchema = new Schema({
  candidateId: { type: String, unique: true },
  companyId: String,
  email: String,
  resumeText: String,
  portalToken: String,
  gdprDeletedAt: Date,
});

export const Activity = models.Activity ?? model("Activity", ActivitySchema);
export const CandidateProfile = models.CandidateProfile ?? model("CandidateProfile", CandidateProfileSchema);
