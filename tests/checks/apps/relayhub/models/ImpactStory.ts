import mongoose, { Schema, models, model } from "mongoose";

const ImpactStorySchema = new Schema(
  {
    charityId: { type: String, required: true, index: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    subjectName: String,
    subjectContact: String,
    photoUrl: String,
    photoConsent: { type: Boolean, default: false },
    consentFormUrl: String,
    published: { type: Boolean, default: false },
    authorId: String,
  },
  { timestamps: true },
);

export const ImpactStory = models.ImpactStory || model("ImpactStory", ImpactStorySchema);
export type ImpactStoryDoc = mongoose.InferSchemaType<typeof ImpactStorySchema>;
