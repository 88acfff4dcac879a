import { Schema, models, model } from "mongoose";

const EditorAccessSchema = new Schema(
  {
    editorEmail: { type: String, required: true, index: true },
    publisherId: { type: String, required: true },
    submissionId: { type: String, required: true },
    accessToken: { type: String, required: true },
    passcode: { type: String },
    expiresAt: Date,
  },
  { timestamps: true }
);

export const EditorAccess = models.EditorAccess || model("EditorAccess", EditorAccessSchema);
