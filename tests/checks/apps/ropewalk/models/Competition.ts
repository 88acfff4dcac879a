import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const CompetitionSchema = new Schema(
  {
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true },
    title: String,
    format: { type: String, enum: ["redpoint", "ifsc_boulder", "onsight"], default: "redpoint" },
    startsAt: Date,
    status: { type: String, enum: ["draft", "open", "running", "final"], default: "draft" },
    judgeIds: [{ type: Schema.Types.ObjectId, ref: "User" }],
    judgePin: { type: String, select: false },
    problems: [{ no: Number, routeId: { type: Schema.Types.ObjectId, ref: "Route" }, points: Number }],
    registrants: [{ userId: { type: Schema.Types.ObjectId, ref: "User" }, category: String, bib: Number }],
  },
  { timestamps: true },
);

export type CompetitionDoc = InferSchemaType<typeof CompetitionSchema>;
const Competition: Model<CompetitionDoc> = mongoose.models.Competition || mongoose.model("Competition", CompetitionSchema);
export default Competition;
