import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const ScoreSchema = new Schema(
  {
    competitionId: { type: Schema.Types.ObjectId, ref: "Competition", required: true, index: true },
    climberId: { type: Schema.Types.ObjectId, ref: "User", required: true },
    problemNo: Number,
    attempts: Number,
    zone: Boolean,
    top: Boolean,
    judgeId: { type: Schema.Types.ObjectId, ref: "User" },
    verified: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export type ScoreDoc = InferSchemaType<typeof ScoreSchema>;
const Score: Model<ScoreDoc> = mongoose.models.Score || mongoose.model("Score", ScoreSchema);
export default Score;
