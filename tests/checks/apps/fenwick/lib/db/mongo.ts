import mongoose from "mongoose";

const MONGODB_URI = process.env.MONGODB_URI as string;

declare global {
  // eslint-disable-next-line no-var
  var __mongoose: Promise<typeof mongoose> | undefined;
}

export function connectMongo() {
  if (!global.__mongoose) {
    global.__mongoose = mongoose.connect(MONGODB_URI, { bufferCommands: false });
  }
  return global.__mongoose;
}
