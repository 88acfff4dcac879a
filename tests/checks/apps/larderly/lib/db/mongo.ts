import mongoose, { Schema } from "mongoose";

export async function connectMongo() {
  if (mongoose.connection.readyState === 1) return;
  await mongoose.connect(process.env.MONGO_URL!);
}

const messageSchema = new Schema({
  networkId: { type: String, index: true },
  threadId: String,
  authorId: String,
  body: String,
  internalNote: String,
  createdAt: { type: Date, default: Date.now },
});

const driverLocationSchema = new Schema({
  driverId: String,
  networkId: String,
  lat: Number,
  lng: Number,
  deviceToken: String,
  at: Date,
});

export const Message = mongoose.models.Message ?? mongoose.model("Message", messageSchema);
export const DriverLocation = mongoose.models.DriverLocation ?? mongoose.model("DriverLocation", driverLocationSchema);
