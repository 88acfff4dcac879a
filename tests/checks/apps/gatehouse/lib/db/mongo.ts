import mongoose, { Schema, model, models, type InferSchemaType } from "mongoose";

let connecting: Promise<typeof mongoose> | null = null;

export function connectMongo() {
  if (!connecting) connecting = mongoose.connect(process.env.MONGODB_URI!, { dbName: "gatehouse" });
  return connecting;
}

const surveySchema = new Schema(
  {
    eventId: { type: String, required: true, index: true },
    email: { type: String, required: true },
    phone: String,
    ipAddress: String,
    userAgent: String,
    rating: { type: Number, min: 1, max: 5 },
    comments: String,
    verifiedAttendee: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export type AttendeeSurveyDoc = InferSchemaType<typeof surveySchema>;
export const AttendeeSurvey = models.AttendeeSurvey || model("AttendeeSurvey", surveySchema);
