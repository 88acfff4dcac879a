import mongoose, { Schema, type InferSchemaType } from "mongoose";

const clauseTemplateSchema = new Schema(
  {
    workspaceId: { type: String, required: true, index: true },
    title: { type: String, required: true },
    category: { type: String, required: true },
    body: { type: String, required: true },
    fallbackPositions: [{ label: String, body: String }],
    isPublic: { type: Boolean, default: false },
    approved: { type: Boolean, default: false },
    createdBy: { type: String, required: true },
    ownerId: { type: String, required: true },
    internalNotes: String,
  },
  { timestamps: true },
);

export type ClauseTemplate = InferSchemaType<typeof clauseTemplateSchema>;
export const ClauseTemplateModel =
  mongoose.models.ClauseTemplate || mongoose.model("ClauseTemplate", clauseTemplateSchema);
