import mongoose, { Schema } from "mongoose";

const ExperimentResultSchema = new Schema(
  {
    orgId: { type: String, index: true },
    experimentId: { type: String, index: true },
    variant: String,
    exposures: Number,
    conversions: Number,
    rawEvents: [Schema.Types.Mixed],
    uploadToken: String,
  },
  { timestamps: true },
);

export const ExperimentResult =
  mongoose.models.ExperimentResult ?? mongoose.model("ExperimentResult", ExperimentResultSchema);
