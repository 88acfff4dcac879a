import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const ClassSessionSchema = new Schema(
  {
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true, index: true },
    title: String,
    instructorId: { type: Schema.Types.ObjectId, ref: "User" },
    startsAt: Date,
    capacity: Number,
    priceCents: Number,
    booked: { type: Number, default: 0 },
    cancelled: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export type ClassSessionDoc = InferSchemaType<typeof ClassSessionSchema>;
const ClassSession: Model<ClassSessionDoc> = mongoose.models.ClassSession || mongoose.model("ClassSession", ClassSessionSchema);
export default ClassSession;
