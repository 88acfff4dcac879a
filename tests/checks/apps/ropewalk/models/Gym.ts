import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const GymSchema = new Schema(
  {
    slug: { type: String, unique: true },
    name: { type: String, required: true },
    city: String,
    address: String,
    timezone: { type: String, default: "America/Denver" },
    doorControllerId: String,
    doorSecret: { type: String, select: false },
    walls: [{ wallId: String, name: String, style: String }],
    ownerId: { type: Schema.Types.ObjectId, ref: "User" },
  },
  { timestamps: true },
);

export type GymDoc = InferSchemaType<typeof GymSchema>;
const Gym: Model<GymDoc> = mongoose.models.Gym || mongoose.model("Gym", GymSchema);
export default Gym;
