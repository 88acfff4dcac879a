import { Schema, models, model } from "mongoose";

const SegmentSchema = new Schema(
  {
    charityId: { type: String, required: true },
    name: String,
    prompt: String,
    criteria: Schema.Types.Mixed,
    donorIds: [String],
    createdBy: String,
    shareToken: String,
  },
  { timestamps: true },
);

export const Segment = models.Segment || model("Segment", SegmentSchema);
