import mongoose, { Schema } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}

const DamageReportSchema = new Schema({
  rentalId: { type: String, required: true, index: true },
  companyId: { type: String, required: true },
  authorId: { type: String, required: true },
  photos: [String],
  aiDraft: String,
  finalText: String,
  reviewerToken: String,
  status: { type: String, default: "draft" },
});

const PhotoSchema = new Schema({
  claimId: String,
  companyId: String,
  uploaderId: String,
  storageKey: String,
  contentType: String,
});

export const DamageReport = mongoose.models.DamageReport ?? mongoose.model("DamageReport", DamageReportSchema);
export const ClaimPhoto = mongoose.models.ClaimPhoto ?? mongoose.model("ClaimPhoto", PhotoSchema);
