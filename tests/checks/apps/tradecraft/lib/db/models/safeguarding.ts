import mongoose, { Schema } from "mongoose";

const SafeguardingReportSchema = new Schema(
  {
    orgId: { type: String, required: true, index: true },
    apprenticeId: { type: String, required: true },
    raisedBy: { type: String, required: true },
    category: { type: String, enum: ["wellbeing", "prevent", "abuse", "neglect", "other"] },
    summary: String,
    details: String,
    disclosureNotes: String,
    status: { type: String, default: "open" },
    assignedOfficer: String,
  },
  { timestamps: true },
);

export const SafeguardingReport =
  mongoose.models.SafeguardingReport || mongoose.model("SafeguardingReport", SafeguardingReportSchema);
