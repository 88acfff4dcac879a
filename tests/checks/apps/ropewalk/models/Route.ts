import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const RouteSchema = new Schema(
  {
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true, index: true },
    wallId: String,
    name: String,
    grade: String,
    color: String,
    style: String,
    setterId: { type: Schema.Types.ObjectId, ref: "User" },
    setAt: Date,
    retiredAt: Date,
    status: { type: String, enum: ["draft", "live", "retired"], default: "live" },
    setterNotes: String,
    ascents: { type: Number, default: 0 },
  },
  { timestamps: true },
);

export type RouteDoc = InferSchemaType<typeof RouteSchema>;
const Route: Model<RouteDoc> = mongoose.models.Route || mongoose.model("Route", RouteSchema);
export default Route;
