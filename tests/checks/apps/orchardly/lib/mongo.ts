import mongoose from "mongoose";

let cached: Promise<typeof mongoose> | null = null;

export function connectMongo() {
  if (!cached) cached = mongoose.connect(process.env.MONGODB_URI!, { dbName: "orchardly_shifts" });
  return cached;
}
