import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const BookingSchema = new Schema(
  {
    classId: { type: Schema.Types.ObjectId, ref: "ClassSession", required: true, index: true },
    userId: { type: Schema.Types.ObjectId, ref: "User", required: true, index: true },
    guests: { type: Number, default: 0 },
    status: { type: String, enum: ["booked", "cancelled", "attended", "no_show"], default: "booked" },
    paidCents: Number,
    notes: String,
  },
  { timestamps: true },
);

export type BookingDoc = InferSchemaType<typeof BookingSchema>;
const Booking: Model<BookingDoc> = mongoose.models.Booking || mongoose.model("Booking", BookingSchema);
export default Booking;
