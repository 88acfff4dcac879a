import mongoose from "mongoose";

let connecting: Promise<typeof mongoose> | null = null;

export function connectMongo() {
  if (!connecting) connecting = mongoose.connect(process.env.MONGO_URL!);
  return connecting;
}
