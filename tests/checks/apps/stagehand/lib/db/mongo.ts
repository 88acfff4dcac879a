import mongoose from "mongoose";

const globalForMongo = globalThis as unknown as { mongoose?: Promise<typeof mongoose> };

export function connectMongo() {
  if (!globalForMongo.mongoose) globalForMongo.mongoose = mongoose.connect(process.env.MONGODB_URI!, { dbName: "stagehand" });
  return globalForMongo.mongoose;
}
